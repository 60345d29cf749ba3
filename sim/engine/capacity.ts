/**
 * Node days of one run: which day a package handed to a node at a given instant leaves
 * (the node's own date, its cutoff, its ship days and its daily order capacity), whether
 * that day is inside the node's active window, and the packages booked per node and day.
 * Typed arrays indexed node * days + day.
 */
import { dayIndexOf } from '../model/day-tables.ts';
import type { Model } from '../model/types.ts';
import type { RunStats } from './outcomes.ts';

export class Capacity {
  /** Packages booked per node × day. */
  readonly used: Int32Array;
  /** Per node: 1 when its active window leaves out some day of the tables (so eligibility needs its ship day). */
  readonly windowed: Uint8Array;
  private readonly days: number;

  /** Empty days for every node of `model`; `stats.pastHorizonPackages` counts backlogs past the day tables. */
  constructor(
    private readonly model: Model,
    private readonly stats: RunStats,
  ) {
    const { nodes } = model;
    const D = (this.days = model.calendar.days);
    this.used = new Int32Array(nodes.count * D);
    this.windowed = new Uint8Array(nodes.count);
    for (let node = 0; node < nodes.count; node++)
      this.windowed[node] = nodes.activeFrom[node]! > 0 || nodes.activeTo[node]! < D - 1 ? 1 : 0;
  }

  /** Whether day `day` (a node-local date) is inside `node`'s active window. */
  activeOn(node: number, day: number): boolean {
    const { nodes } = this.model;
    return day >= nodes.activeFrom[node]! && day <= nodes.activeTo[node]!;
  }

  /** Share of `node`'s daily capacity booked on `day` (0 for unlimited nodes and days outside the tables). */
  load(node: number, day: number): number {
    const cap = this.model.nodes.capacity[node]!;
    return cap > 0 && day >= 0 && day < this.days ? this.used[node * this.days + day]! / cap : 0;
  }

  /**
   * First ship day ≥ minDay on which a package handed over at `t` leaves `node` (with room
   * left that day when `withCapacity`), or -1 when the node's backlog runs past the day tables.
   */
  findShipDay(node: number, t: number, minDay: number, withCapacity: boolean): number {
    const cal = this.model.calendar,
      D = this.days;
    let d = dayIndexOf(cal.nodeMidnight, node * (D + 1), D, t);
    if (d < minDay) d = minDay;
    if (d < 0) d = 0;
    const cap = this.model.nodes.capacity[node]!;
    const base = node * D;
    for (; d < D; d++) {
      if (
        cal.shipDay[base + d] &&
        cal.cutoffUtc[base + d]! > t &&
        (!withCapacity || cap === 0 || this.used[base + d]! < cap)
      )
        return d;
    }
    return -1;
  }

  /**
   * The same; a backlog running past the day tables (HORIZON_DAYS after the period end) is
   * valid input: the package is counted as leaving on the node's last ship day in them.
   */
  shipDayFor(node: number, t: number, minDay: number, withCapacity: boolean): number {
    const d = this.findShipDay(node, t, minDay, withCapacity);
    if (d >= 0) return d;
    if (withCapacity) this.stats.pastHorizonPackages++;
    const shipDay = this.model.calendar.shipDay,
      D = this.days;
    let last = D - 1;
    while (last > 0 && !shipDay[node * D + last]) last--;
    return last;
  }

  /** A planning estimate that never fails: a node whose backlog runs past the tables looks as late as possible. */
  planShipDay(node: number, t: number, minDay: number, withCapacity: boolean): number {
    const d = this.findShipDay(node, t, minDay, withCapacity);
    return d < 0 ? this.days - 1 : d;
  }

  /** Whether a package handed to `node` at `t` would leave inside its active window. */
  shipsWhileActive(node: number, t: number, minDay: number): boolean {
    return this.activeOn(node, this.planShipDay(node, t, minDay, true));
  }

  /** Books one package on `node`'s day `day`; true when it fills the day (a staff alert). */
  book(node: number, day: number): boolean {
    return ++this.used[node * this.days + day]! === this.model.nodes.capacity[node];
  }
}
