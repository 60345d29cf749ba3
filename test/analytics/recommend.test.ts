/**
 * The decided-on policy on tiny cases. Customers at 0°N; WH at 2°N (zone 2, 1 lb $14.20,
 * pick $3.00), ST and S2 at 0.5°N (zone 1, $13.10; pick $1.00 and $2.00). Each entry ships
 * from one node. Per order: wh $17.20, st $14.10 (saves $3.10), s2 $15.10 (saves $2.10).
 */
import { describe, expect, it } from 'vitest';
import {
  alternatives,
  decidedOn,
  GUARDRAILS,
  keepsService,
  worsenedGuardrails,
} from '../../sim/analytics/recommend.ts';
import { line, nodesCsv, ordersCsv, runCase, runOf, scenarioWith, stock } from '../helpers/cases.ts';

const nodes = nodesCsv({ id: 'WH', lat: 2 }, { id: 'ST', lat: 0.5, pick: 1 }, { id: 'S2', lat: 0.5, pick: 2 });
const entry = (name: string, node: string) => `  - { name: ${name}, use: warehouse-only, node: ${node} }\n`;
const orders = ordersCsv(line('O1', '06T10:00', 'A', 1), line('O2', '06T10:01', 'A', 1));
const run = (entries: string, inventory = stock('WH,A,9', 'ST,A,9', 'S2,A,9'), extra?: string) =>
  runCase({ nodes, orders, inventory, scenario: scenarioWith(`${entries}baseline: wh\n`, extra ? { extra } : {}) });

describe('alternatives and decidedOn', () => {
  const r = run(entry('wh', 'WH') + entry('s2', 'S2') + entry('st', 'ST'));

  it('lists every other policy, largest saving first, each qualifying when it saves and keeps service', () => {
    const alts = alternatives(r);
    expect(alts.map((a) => [a.policy, a.worsens, a.qualifies])).toEqual([
      ['st', [], true],
      ['s2', [], true],
    ]);
    expect(alts[0]!.saving.total).toBeCloseTo(3.1, 9); // 17.20 − 14.10
    expect(alts[1]!.saving.total).toBeCloseTo(2.1, 9); // 17.20 − 15.10
  });

  it('decides on the largest saving that keeps service', () => {
    expect(decidedOn(r)).toEqual({ policy: 'st', rule: 'largest saving that keeps service' });
  });

  it('against another entry: the saving is measured from it', () => {
    // against st, wh costs $3.10 more and s2 $1.00 more: nothing saves
    const alts = alternatives(r, 'st');
    expect(alts.map((a) => [a.policy, a.qualifies])).toEqual([
      ['s2', false],
      ['wh', false],
    ]);
    expect(alts[0]!.saving.total).toBeCloseTo(-1, 9);
    expect(decidedOn(r, 'st')).toEqual({ policy: 's2', rule: 'largest saving, but it does not qualify' });
  });

  it('takes roi.policy when it names another entry that ran', () => {
    const named = run(entry('wh', 'WH') + entry('s2', 'S2') + entry('st', 'ST'), undefined, 'roi: { policy: s2 }');
    expect(decidedOn(named)).toEqual({ policy: 's2', rule: 'named in roi.policy' });
    // roi.policy naming the reference itself is passed over
    const self = run(entry('wh', 'WH') + entry('st', 'ST'), undefined, 'roi: { policy: wh }');
    expect(decidedOn(self)).toEqual({ policy: 'st', rule: 'largest saving that keeps service' });
  });

  it('with only the reference: the reference', () => {
    expect(alternatives(run(entry('wh', 'WH')))).toEqual([]);
    expect(decidedOn(run(entry('wh', 'WH')))).toEqual({ policy: 'wh', rule: 'only the reference ran' });
  });

  it('breaks a tie in saving by name', () => {
    const tie = run(entry('wh', 'WH') + entry('zz', 'ST') + entry('aa', 'ST'));
    expect(alternatives(tie).map((a) => a.policy)).toEqual(['aa', 'zz']);
    expect(decidedOn(tie).policy).toBe('aa');
  });
});

describe('guardrails', () => {
  // ST holds one A: st ships O1 and cancels O2 (a cancel on 1 of 2 orders; wh cancels none)
  const r = run(entry('wh', 'WH') + entry('st', 'ST'), stock('WH,A,9', 'ST,A,1'));

  it('are on-time delivery and cancellations', () => {
    expect(GUARDRAILS).toEqual(['on_time_delivery_rate', 'cancel_rate']);
  });

  it('a policy that cancels more does not keep service and does not qualify', () => {
    expect(runOf(r, 'st').metrics.cancel_rate).toBe(0.5);
    expect(worsenedGuardrails(runOf(r, 'st'), runOf(r, 'wh'))).toContain('cancel_rate');
    expect(keepsService(runOf(r, 'st'))).toBe(false);
    expect(alternatives(r)[0]!.qualifies).toBe(false);
    expect(decidedOn(r).rule).toBe('largest saving, but it does not qualify');
  });

  it('the reference against itself worsens nothing', () => {
    expect(worsenedGuardrails(runOf(r, 'wh'), runOf(r, 'wh'))).toEqual([]);
    expect(keepsService(runOf(r, 'wh'))).toBe(true);
  });
});
