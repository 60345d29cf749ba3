/** Pilot sizing for a paired day-level comparison, and the power curve. */
import { describe, expect, it } from 'vitest';
import { pairedPower, pilotSize } from '../../sim/stats/power.ts';

describe('pilotSize', () => {
  it('σ_d = 1, δ = 0.5: ((1.959964 + 0.841621)·1/0.5)² = 5.603170² = 31.3955 → 32 days', () => {
    const p = pilotSize({ sdDailyDifference: 1, difference: 0.5, ordersPerDay: 160 });
    expect(p.zAlpha).toBeCloseTo(1.959963984540054, 14);
    expect(p.zPower).toBeCloseTo(0.8416212335729143, 14);
    expect(p.days).toBe(32);
    expect(p.orders).toBe(32 * 160);
  });

  it('the textbook two-sample case: σ = 1 per group, δ = 0.5 → σ_d² = 2 → 2·31.3955 = 62.79 → 63 days (per group)', () => {
    expect(pilotSize({ sdDailyDifference: Math.SQRT2, difference: 0.5 }).days).toBe(63);
  });

  it('t-corrected: n = 32 → (t.975(31) + t.8(31))²·4 = (2.0395 + 0.8534)²·4 = 33.5 → 34 → stays 34', () => {
    expect(pilotSize({ sdDailyDifference: 1, difference: 0.5 }).daysTCorrected).toBe(34);
  });

  it('the sign of δ does not matter; bigger σ needs more days; at least 2 days', () => {
    expect(pilotSize({ sdDailyDifference: 1, difference: -0.5 }).days).toBe(32);
    expect(pilotSize({ sdDailyDifference: 2, difference: 0.5 }).days).toBe(126); // 4·31.3955 = 125.58
    expect(pilotSize({ sdDailyDifference: 0.01, difference: 0.5 }).days).toBe(2);
    expect(pilotSize({ sdDailyDifference: 0, difference: 0.5 }).days).toBe(2);
  });

  it('other levels: α = 1%, power 90% → ((2.575829 + 1.281552)·2)² = 59.52 → 60', () => {
    expect(pilotSize({ sdDailyDifference: 1, difference: 0.5, alpha: 0.01, power: 0.9 }).days).toBe(60);
  });

  it('δ = 0 is never detectable: null days and orders', () => {
    const p = pilotSize({ sdDailyDifference: 1, difference: 0, ordersPerDay: 100 });
    expect(p.days).toBeNull();
    expect(p.orders).toBeNull();
    expect(p.daysTCorrected).toBeNull();
    expect(p.curve.every((pt) => Math.abs(pt.power - 0.05) < 1e-6)).toBe(true);
  });

  it('the curve rises with days and crosses 80% at the answer', () => {
    const p = pilotSize({ sdDailyDifference: 1, difference: 0.5 });
    expect(p.curve[0]!.days).toBe(1);
    expect(p.curve.at(-1)!.days).toBe(64); // max(30, 2·32)
    for (let i = 1; i < p.curve.length; i++) expect(p.curve[i]!.power).toBeGreaterThan(p.curve[i - 1]!.power);
    expect(p.curve.find((pt) => pt.days === 31)!.power).toBeLessThan(0.8);
    expect(p.curve.find((pt) => pt.days === 32)!.power).toBeGreaterThanOrEqual(0.8);
  });

  it('long curves are thinned to at most ~400 points and end at maxDays', () => {
    const p = pilotSize({ sdDailyDifference: 1, difference: 0.01, maxDays: 2000 });
    expect(p.curve.length).toBeLessThanOrEqual(401);
    expect(p.curve.at(-1)!.days).toBe(2000);
  });

  it('rejects bad arguments', () => {
    expect(() => pilotSize({ sdDailyDifference: -1, difference: 0.5 })).toThrow(RangeError);
    expect(() => pilotSize({ sdDailyDifference: 1, difference: 0.5, power: 1 })).toThrow(RangeError);
    expect(() => pilotSize({ sdDailyDifference: 1, difference: 0.5, maxDays: 0 })).toThrow(RangeError);
  });
});

describe('pairedPower', () => {
  it('Φ(0.5·√32 − 1.959964) + Φ(−0.5·√32 − 1.959964) = Φ(0.8685) + Φ(−4.788) = 0.80743 (scipy)', () => {
    expect(pairedPower(32, { sdDailyDifference: 1, difference: 0.5 })).toBeCloseTo(0.8074304194325572, 7);
  });
  it('is α with no days or no difference', () => {
    expect(pairedPower(0, { sdDailyDifference: 1, difference: 0.5 })).toBeCloseTo(0.05, 7);
    expect(pairedPower(50, { sdDailyDifference: 1, difference: 0 })).toBe(0.05);
  });
});
