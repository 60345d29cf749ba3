/**
 * Node days: ship days, cutoffs, daily capacity and active windows, worked by hand. WH: New
 * York, 14:00 cutoff, Mon-Fri; ST: New York, 16:00 cutoff, Mon-Sat, one package a day,
 * active to Friday 10 July. Monday 6 July 2026 is a Monday.
 */
import { describe, expect, it } from 'vitest';
import { Capacity } from '../../sim/engine/capacity.ts';
import type { RunStats } from '../../sim/engine/outcomes.ts';
import { dayLabel } from '../../sim/time/day-label.ts';
import { buildModel } from '../../sim/pipeline/index.ts';
import { line, nodesCsv, ordersCsv, scenarioWith, SKUS, stock } from '../helpers/cases.ts';
import { tinyFiles, tinyScenario } from '../helpers/tiny.ts';

const model = buildModel(
  tinyScenario(scenarioWith('  - name: closest-with-stock\n')),
  tinyFiles({
    nodes: nodesCsv({ id: 'WH', lat: 2 }, { id: 'ST', type: 'store', lat: 0.5, capacity: 1, active_to: '2026-07-10' }),
    skus: SKUS,
    orders: ordersCsv(line('O1', '06T10:00', 'A', 1)),
    inventory: stock('WH,A,1'),
  }),
).model;
const WH = model.nodes.ids.indexOf('WH'),
  ST = model.nodes.ids.indexOf('ST');
const D = model.calendar.days;
/** UTC ms of a July 2026 EDT time `DDTHH:MM`. */
const at = (s: string) => Date.parse(`2026-07-${s}:00-04:00`);
/** Day index of a July 2026 date. */
const day = (dd: string) => Array.from({ length: D }, (_, d) => d).find((d) => dayLabel(model, d) === `2026-07-${dd}`)!;
const newStats = (): RunStats => ({
  overweightPackages: 0,
  failedPicks: 0,
  backorderedUnits: 0,
  replenishedUnits: 0,
  reviews: 0,
  longestCapacityWaitDays: 0,
  pastHorizonPackages: 0,
});

describe('Capacity', () => {
  it('finds the first ship day after the cutoff, skipping days the node does not ship', () => {
    const c = new Capacity(model, newStats());
    const label = (d: number) => dayLabel(model, d);
    expect(label(c.findShipDay(WH, at('06T10:00'), -1, true))).toBe('2026-07-06'); // before 14:00
    expect(label(c.findShipDay(WH, at('06T15:00'), -1, true))).toBe('2026-07-07'); // after: Tuesday
    expect(label(c.findShipDay(WH, at('10T15:00'), -1, true))).toBe('2026-07-13'); // Friday after: Monday
    expect(label(c.findShipDay(WH, at('11T10:00'), -1, true))).toBe('2026-07-13'); // Saturday: WH ships Mon-Fri
    expect(label(c.findShipDay(ST, at('11T10:00'), -1, false))).toBe('2026-07-11'); // ST ships Saturdays
    expect(label(c.findShipDay(WH, at('06T10:00'), day('08'), true))).toBe('2026-07-08'); // not before minDay
  });

  it('books packages against the daily capacity; a full day pushes the next package to the next ship day', () => {
    const c = new Capacity(model, newStats());
    const mon = day('06');
    expect(c.load(ST, mon)).toBe(0);
    expect(c.book(ST, mon)).toBe(true); // the one slot: the day is full
    expect(c.load(ST, mon)).toBe(1);
    expect(c.findShipDay(ST, at('06T09:00'), -1, true)).toBe(day('07'));
    expect(c.findShipDay(ST, at('06T09:00'), -1, false)).toBe(mon); // ignoring capacity
    expect(c.book(WH, mon)).toBe(false); // WH is unlimited: never full
    expect(c.load(WH, mon)).toBe(0);
    expect(c.load(ST, -1)).toBe(0);
    expect(c.load(ST, D)).toBe(0);
  });

  it("knows each node's active window", () => {
    const c = new Capacity(model, newStats());
    expect([c.windowed[WH], c.windowed[ST]]).toEqual([0, 1]);
    expect([c.activeOn(ST, day('10')), c.activeOn(ST, day('11'))]).toEqual([true, false]);
    expect(c.shipsWhileActive(ST, at('10T10:00'), -1)).toBe(true); // ships Friday
    expect(c.shipsWhileActive(ST, at('10T17:00'), -1)).toBe(false); // would ship Saturday
  });

  it("counts a backlog past the day tables as leaving on the node's last ship day there", () => {
    const stats = newStats();
    const c = new Capacity(model, stats);
    let last = -1;
    for (let d = 0; d < D; d++)
      if (model.calendar.shipDay[ST * D + d]) {
        c.book(ST, d);
        last = d;
      }
    expect(c.findShipDay(ST, at('06T09:00'), -1, true)).toBe(-1);
    expect(c.planShipDay(ST, at('06T09:00'), -1, true)).toBe(D - 1); // planning: as late as possible
    expect(stats.pastHorizonPackages).toBe(0);
    expect(c.shipDayFor(ST, at('06T09:00'), -1, false)).toBe(day('06')); // without capacity it fits
    expect(c.shipDayFor(ST, at('06T09:00'), -1, true)).toBe(last);
    expect(stats.pastHorizonPackages).toBe(1);
  });
});
