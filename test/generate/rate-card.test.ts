/** The bundled illustrative rate card and transit table: known prices, shape, and a clean parse. */
import { describe, expect, it } from 'vitest';
import { ILLUSTRATIVE_CARRIER, illustrativeRateCard, illustrativeTransit } from '../../sim/generate/rate-card.ts';
import { fromCSV } from '../../sim/parse/csv.ts';
import { parseRates, parseTransit } from '../../sim/parse/rates.ts';
import { Problems } from '../../sim/problems.ts';

describe('illustrativeRateCard', () => {
  it('prices base + per-lb × (lb − 1) for each zone and service', () => {
    const lines = illustrativeRateCard(2).split('\n');
    expect(lines[0]).toBe('carrier,service,zone,max_weight_lb,price');
    expect(lines[1]).toBe('ILLUSTRATIVE,Ground,1,1,5.60'); // Ground zone 1 base 5.60
    expect(lines[2]).toBe('ILLUSTRATIVE,Ground,1,2,5.90'); // 5.60 + 0.30 × 1
    expect(lines[4]).toBe('ILLUSTRATIVE,Ground,2,2,6.18'); // 5.80 + 0.38
    expect(lines[16]).toBe('ILLUSTRATIVE,Ground,8,2,9.35'); // 8.10 + 1.25
    expect(lines[17]).toBe('ILLUSTRATIVE,2Day,1,1,12.40');
    expect(lines[32]).toBe('ILLUSTRATIVE,2Day,8,2,22.30'); // 19.80 + 2.50
    expect(lines).toHaveLength(34); // header + 2 services × 8 zones × 2 lb + the final empty string
    expect(lines[33]).toBe('');
  });

  it('goes to 70 lb by default: 2 × 8 × 70 = 1120 rows, the heaviest Ground zone 8 at 8.10 + 1.25 × 69 = 94.35', () => {
    const text = illustrativeRateCard();
    const problems = new Problems();
    const rows = parseRates(fromCSV(text, 'rate_card.csv', problems)!, problems);
    expect(problems.list).toEqual([]);
    expect(rows).toHaveLength(1120);
    expect(rows.find((r) => r.service === 'Ground' && r.zone === 8 && r.maxWeightLb === 70)!.price).toBe(94.35);
    expect(rows.every((r) => r.carrier === ILLUSTRATIVE_CARRIER)).toBe(true);
  });

  it('prices rise with zone and with weight', () => {
    const problems = new Problems();
    const rows = parseRates(fromCSV(illustrativeRateCard(5), 'rate_card.csv', problems)!, problems);
    const price = (s: string, z: number, lb: number) =>
      rows.find((r) => r.service === s && r.zone === z && r.maxWeightLb === lb)!.price;
    for (const s of ['Ground', '2Day'])
      for (let z = 1; z <= 8; z++)
        for (let lb = 1; lb <= 5; lb++) {
          if (z > 1) expect(price(s, z, lb)).toBeGreaterThan(price(s, z - 1, lb));
          if (lb > 1) expect(price(s, z, lb)).toBeGreaterThan(price(s, z, lb - 1));
        }
  });

  it('with no weights is only the header', () => {
    expect(illustrativeRateCard(0)).toBe('carrier,service,zone,max_weight_lb,price\n');
  });
});

describe('illustrativeTransit', () => {
  it('gives business days by zone for both services', () => {
    const problems = new Problems();
    const rows = parseTransit(fromCSV(illustrativeTransit(), 'transit.csv', problems)!, problems);
    expect(problems.list).toEqual([]);
    expect(rows.filter((r) => r.service === 'Ground').map((r) => r.businessDays)).toEqual([1, 1, 2, 3, 3, 4, 4, 5]);
    expect(rows.filter((r) => r.service === '2Day').map((r) => r.businessDays)).toEqual([1, 2, 2, 2, 2, 2, 2, 2]);
    expect(rows.map((r) => r.zone)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(illustrativeTransit().split('\n')[1]).toBe('ILLUSTRATIVE,Ground,1,1');
  });
});
