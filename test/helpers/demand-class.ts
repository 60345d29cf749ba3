/** A demand class for the DLP tests: one unit of each sku, region 0, arrival rate `lambda`, one order, whole boxes. */
import type { DemandClass } from '../../sim/lp/demand.ts';

export const demandClass = (skus: number[], lambda: number): DemandClass => ({
  skus: Int32Array.from(skus),
  qty: new Float64Array(skus.length).fill(1),
  region: 0,
  lambda,
  orders: Int32Array.of(0),
  boxShare: 1,
});
