/**
 * The guards on a replay's outcomes, on tiny cases: WH holds only A, ST holds A and B.
 * warehouse-only cancels every B; closest-with-stock ships B from ST.
 */
import { describe, expect, it } from 'vitest';
import {
  GUARD_CODES,
  MAX_BASELINE_CANCEL,
  MAX_POLICY_DROP,
  MIN_BASELINE_FILL,
  runGuards,
} from '../../sim/analytics/guards.ts';
import { line, nodesCsv, ordersCsv, runCase, scenarioWith, stock } from '../helpers/cases.ts';

const nodes = nodesCsv({ id: 'WH', lat: 2 }, { id: 'ST', type: 'store', lat: 0.5 });
const scenario = scenarioWith(
  '  - name: warehouse-only\n    node: WH\n  - name: closest-with-stock\nbaseline: warehouse-only\n',
);
const inventory = stock('WH,A,99', 'ST,A,99', 'ST,B,99');
const NO_REPLENISHMENT =
  'the scenario has no `replenishment:` and receipts.csv brings no stock, so stock only runs down';
const MISSING_RECEIPTS = 'receipts (purchase orders, transfers) missing from receipts.csv';

describe('runGuards', () => {
  // O1: A × 1 (ships), O2: B × 1 (warehouse-only cancels it): fill 1/2 = 50%, a cancel on 1 of 2 orders = 50%
  const r = runCase({
    nodes,
    scenario,
    inventory,
    orders: ordersCsv(line('O1', '06T10:00', 'A', 1), line('O2', '06T10:01', 'B', 1)),
  });

  it('warns about a baseline that fills under 95% and cancels on over 5% of orders, naming the likely causes', () => {
    const g = runGuards(r);
    expect(g.map((p) => [p.severity, p.code, p.file, p.field])).toEqual([
      ['warning', 'baseline-implausible', 'scenario.yaml', 'baseline'],
    ]);
    expect(g[0]!.message).toBe(
      'the baseline "warehouse-only" fills 50.0% of units (under 95.0%) and cancels a unit on 50.0% of orders (over 5.0%): a replay this far from a working business prices the wrong problem, so no pilot verdict is given',
    );
    expect(g[0]!.hint).toBe(
      `likely causes: ${NO_REPLENISHMENT}; ${MISSING_RECEIPTS}; fix the scenario or the data and run again`,
    );
  });

  it('names stale inventory among the causes', () => {
    const g = runGuards(r, 'warehouse-only', ['inventory.csv counted on 2026-07-10']);
    expect(g[0]!.hint).toBe(
      `likely causes: ${NO_REPLENISHMENT}; the starting stock is not the period's (inventory.csv counted on 2026-07-10); ${MISSING_RECEIPTS}; fix the scenario or the data and run again`,
    );
  });

  it('against a reference that fills: warns about each policy more than 5 points worse', () => {
    const g = runGuards(r, 'closest-with-stock');
    // closest-with-stock fills 100% and cancels on 0%: warehouse-only is 50 points worse on both
    expect(g.map((p) => [p.code, p.field, p.message])).toEqual([
      [
        'policy-service-drop',
        'warehouse-only',
        '"warehouse-only" fills 50.0% of units, 50.0 points fewer and cancels on 50.0% of orders, 50.0 points more than "closest-with-stock"',
      ],
    ]);
    expect(g.every((p) => GUARD_CODES.has(p.code))).toBe(true);
  });

  // 19 orders of A and one of B: warehouse-only fills 19/20 = 0.95 and cancels on 1/20 = 0.05 of orders;
  // closest-with-stock fills 20/20 and cancels on none: exactly 5 points better on both
  const edgeRows = [
    ...Array.from({ length: 19 }, (_, i) => line(`A${String(i).padStart(2, '0')}`, '06T10:00', 'A', 1)),
    line('B00', '06T10:00', 'B', 1),
  ];
  const edge = runCase({ nodes, scenario, inventory, orders: ordersCsv(...edgeRows) });

  it('a baseline exactly at the limits (fill 95%, a cancel on 5% of orders) is no warning', () => {
    expect(runGuards(edge)).toEqual([]);
  });

  // Was a bug: 1 − 0.95 = 0.050000000000000044 in floating point, so a policy exactly 5 points
  // worse on fill is warned about ("fills 95.0% of units, 5.0 points fewer"), against the rule "more than 5 points".
  it('a policy exactly 5 points worse than the reference is no warning', () => {
    expect(runGuards(edge, 'closest-with-stock')).toEqual([]);
  });

  it('a run that fills everything has no guards', () => {
    const fine = runCase({ nodes, scenario, inventory, orders: ordersCsv(line('O1', '06T10:00', 'A', 1)) });
    expect(runGuards(fine)).toEqual([]);
  });

  it('the limits', () => {
    expect([MIN_BASELINE_FILL, MAX_BASELINE_CANCEL, MAX_POLICY_DROP]).toEqual([0.95, 0.05, 0.05]);
  });
});
