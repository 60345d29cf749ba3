/**
 * A zone of a rate card missing weight brackets its other zones have is bad input: its
 * packages in the gap would be priced at the next row up. TINY_RATES has 1, 5 and 20 lb rows
 * in zones 1–8 (lines 2–25: zone z's 1 lb row is line 3z − 1).
 */
import { describe, expect, it } from 'vitest';
import { weightGaps } from '../../sim/model/rate-gaps.ts';
import { illustrativeRateCard, illustrativeTransit } from '../../sim/generate/rate-card.ts';
import { fromCSV } from '../../sim/parse/csv.ts';
import { parseRates } from '../../sim/parse/rates.ts';
import { buildModel } from '../../sim/pipeline/index.ts';
import { InputError, Problems } from '../../sim/problems.ts';
import { tinyFiles, tinyScenario, TINY_RATES } from '../helpers/tiny.ts';

const rows = (text: string) => parseRates(fromCSV(text, 'rate_card.csv', new Problems())!, new Problems());
const without = (...drop: string[]) =>
  TINY_RATES.split('\n')
    .filter((l) => !drop.includes(l))
    .join('\n');
const ORDERS = 'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nO1,2026-07-06T10:00:00-04:00,A,1,0,0\n';
const INVENTORY = 'node_id,sku,on_hand\nWH,A,5\n';

/** The errors a tiny scenario with these rates stops on. */
function errors(rates: string, transit?: string) {
  try {
    buildModel(tinyScenario(), tinyFiles({ orders: ORDERS, inventory: INVENTORY, rates, transit }));
  } catch (e) {
    if (e instanceof InputError) return e.problems.filter((p) => p.severity === 'error');
    throw e;
  }
  return [];
}

describe('rate card weight gaps', () => {
  it('finds none in the tiny card, nor in the bundled illustrative card (2 services × 8 zones × 1–70 lb)', () => {
    expect(weightGaps(rows(TINY_RATES))).toEqual([]);
    expect(weightGaps(rows(illustrativeRateCard()))).toEqual([]);
  });

  it('zone 5 without its 5 lb row: one gap between its 1 lb row (line 14) and its 20 lb row (line 15, once 15 is gone)', () => {
    expect(weightGaps(rows(without('C,G,5,5,25')))).toEqual([
      { service: 'C/G', zone: 5, missing: [5], below: { lb: 1, line: 14 }, above: { lb: 20, line: 15 } },
    ]);
  });

  it('a gap at the bottom or the top of a zone, and two services apart', () => {
    const text = without('C,G,2,1,12', 'C,G,7,20,47') + 'D,X,1,1,9\nD,X,1,2,10\nD,X,2,2,11\n';
    expect(weightGaps(rows(text))).toEqual([
      // one line fewer from line 5 on: zone 2 starts at its 5 lb row, now line 5
      { service: 'C/G', zone: 2, missing: [1], below: null, above: { lb: 5, line: 5 } },
      // zone 7 stops at its 5 lb row: line 21 − 1
      { service: 'C/G', zone: 7, missing: [20], below: { lb: 5, line: 20 }, above: null },
      // D/X (lines 24–26, after the 22 C/G rows left) zone 2 lacks the 1 lb row zone 1 has
      { service: 'D/X', zone: 2, missing: [1], below: null, above: { lb: 2, line: 26 } },
    ]);
  });

  it('stops the replay at the row where the gap starts, saying which weights are missing and what they would cost', () => {
    // the illustrative shape: zone 5 jumps from 10 lb to 31 lb while the other zones have every pound
    const card = illustrativeRateCard()
      .split('\n')
      .filter((l) => {
        const [, service, zone, lb] = l.split(',');
        return !(service === 'Ground' && zone === '5' && Number(lb) >= 11 && Number(lb) <= 30);
      })
      .join('\n');
    // Ground zone 5's 10 lb row: after the header, 4 zones × 70 rows, then 10 rows: line 1 + 280 + 10
    const found = errors(card, illustrativeTransit());
    expect(found.map((e) => [e.file, e.line, e.column, e.field, e.code])).toEqual([
      ['rate_card.csv', 291, 4, 'max_weight_lb', 'rate-card-weight-gap'],
    ]);
    const [e] = found;
    expect(e!.message).toBe(
      'ILLUSTRATIVE/Ground zone 5 jumps from 10 lb (this row) to 31 lb (line 292): it has no rows for max_weight_lb 11 to 30, ' +
        'which other zones of ILLUSTRATIVE/Ground have, so its packages over 10 lb up to 30 lb would be priced at the 31 lb rate',
    );
    expect(e!.hint).toBe(
      "add the missing rows for zone 5 (max_weight_lb 11 to 30) from the carrier's price list; " +
        "if the carrier really prices those weights as one bracket in this zone, write that bracket's price on each of them",
    );
  });

  it('words a gap at the bottom and at the top', () => {
    const [bottom, top] = errors(without('C,G,2,1,12', 'C,G,7,20,47'));
    expect([bottom!.line, bottom!.message]).toEqual([
      5,
      'C/G zone 2 starts at 5 lb (this row): it has no row for max_weight_lb 1, which other zones of C/G have, so its packages up to 1 lb would be priced at the 5 lb rate',
    ]);
    expect([top!.line, top!.message]).toEqual([
      20,
      'C/G zone 7 stops at 5 lb (this row): it has no row for max_weight_lb 20, which other zones of C/G have, so its packages over 5 lb would be priced at the 5 lb rate',
    ]);
  });
});
