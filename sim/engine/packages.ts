/**
 * Packages of one run: the per-node package being formed from one allocation (units, weight,
 * volume, and whether a pick at the node failed), and shipping one — price it, draw any
 * transit delay, log it and add it to its order's outcome. Reused typed arrays; nothing is
 * allocated per package but the log's occasional growth.
 */
import { addBusinessDays } from '../model/day-tables.ts';
import type { Model } from '../model/types.ts';
import { addNode } from './node-set.ts';
import type { KeyedDraw } from '../random/rng.ts';
import type { OrderOutcomes, PackageLog, RunStats } from './outcomes.ts';
import { newQuote, pickCost, quotePackage } from '../model/pricing.ts';

export class Packages {
  /** Per node: units in the package being formed. */
  readonly units: Int32Array;
  /** Per node: its weight in lb. */
  readonly weight: Float64Array;
  /** Per node: its volume in cubic inches. */
  readonly volume: Float64Array;
  /** Per node: 1 when a pick there failed in this allocation. */
  readonly failed: Uint8Array;
  /** Per node: 1 when the allocation added units or a failed pick there; `marked` lists those nodes (`markedCount`). */
  private readonly isMarked: Uint8Array;
  private readonly marked: Int32Array;
  private markedCount = 0;
  private readonly quote = newQuote();

  /** Packages of `model` logged to `log` and `out`; `delayDraw` draws transit delays, `stats` counts overweight packages. */
  constructor(
    private readonly model: Model,
    private readonly log: PackageLog,
    private readonly out: OrderOutcomes,
    private readonly stats: RunStats,
    private readonly delayDraw: KeyedDraw,
  ) {
    const N = model.nodes.count;
    this.units = new Int32Array(N);
    this.weight = new Float64Array(N);
    this.volume = new Float64Array(N);
    this.failed = new Uint8Array(N);
    this.isMarked = new Uint8Array(N);
    this.marked = new Int32Array(N);
  }

  /** Starts forming a new allocation's packages: every node empty, no failed picks (only the nodes the last one touched are cleared). */
  reset(): void {
    for (let i = 0; i < this.markedCount; i++) {
      const node = this.marked[i]!;
      this.units[node] = 0;
      this.weight[node] = 0;
      this.volume[node] = 0;
      this.failed[node] = 0;
      this.isMarked[node] = 0;
    }
    this.markedCount = 0;
  }

  /** Lists `node` among the nodes to clear at the next reset. */
  private mark(node: number): void {
    if (this.isMarked[node]) return;
    this.isMarked[node] = 1;
    this.marked[this.markedCount++] = node;
  }

  /** Adds `qty` units of `sku`, picked at `node`, to that node's package. */
  add(node: number, sku: number, qty: number): void {
    const { skus } = this.model;
    this.mark(node);
    this.units[node]! += qty;
    this.weight[node]! += qty * skus.weightLb[sku]!;
    this.volume[node]! += qty * skus.volumeIn3[sku]!;
  }

  /** Notes a failed pick at `node`. */
  markFailed(node: number): void {
    this.mark(node);
    this.failed[node] = 1;
  }

  /** Whether `node` has anything to do for this allocation: units to ship or a failed pick to report. */
  touched(node: number): boolean {
    return this.units[node] !== 0 || this.failed[node] !== 0;
  }

  /**
   * Ships `node`'s package for order `o` on day `shipDay` (`kind` is a PACKAGE_ constant):
   * prices it, draws any transit delay, logs it and updates the order's outcome. Returns
   * the package's index in the log.
   */
  ship(o: number, node: number, shipDay: number, kind: number): number {
    const { model, out, quote } = this;
    const { orders, dests, nodes, shipping } = model;
    const N = nodes.count;
    const units = this.units[node]!;
    const dest = orders.dest[o]!;
    const miles = dests.miles[dest * N + node]!;
    quotePackage(model, o, node, shipDay, units, this.weight[node]!, this.volume[node]!, quote);
    if (quote.overweight) this.stats.overweightPackages++;
    const cost = quote.cost,
      service = quote.service,
      lb = quote.lb,
      zone = dests.zone[dest * N + node]!;
    let transit = quote.transit;
    if (
      shipping.delayProbability > 0 &&
      this.delayDraw(orders.key[o]!, nodes.key[node]!, kind) < shipping.delayProbability
    )
      transit += shipping.delayDays;
    const delivered = addBusinessDays(model.calendar, shipDay, transit);
    const pick = pickCost(model, node, units);

    const log = this.log;
    const p = log.reserve();
    log.order[p] = o;
    log.node[p] = node;
    log.kind[p] = kind;
    log.shipDay[p] = shipDay;
    log.deliveredDay[p] = delivered;
    log.units[p] = units;
    log.billableLb[p] = lb;
    log.zone[p] = zone;
    log.service[p] = service;
    log.shipCost[p] = cost;
    log.pickCost[p] = pick;
    log.miles[p] = miles;

    out.packages[o]++;
    addNode(out.nodeBits, o * out.nodeWords, node);
    out.unitsShipped[o] += units;
    out.shipCost[o] += cost;
    out.pickCost[o] += pick;
    out.milesSum[o] += miles;
    if (nodes.types[node] === 'store') out.storePackages[o]++;
    if (out.firstShipDay[o] < 0 || shipDay < out.firstShipDay[o]!) out.firstShipDay[o] = shipDay;
    if (shipDay > out.lastShipDay[o]!) out.lastShipDay[o] = shipDay;
    if (delivered > out.deliveredDay[o]!) out.deliveredDay[o] = delivered;
    return p;
  }
}
