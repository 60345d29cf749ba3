/** Metric sums per placement day: the unit of the day-block bootstrap and of pilot sizing. */
import type { OrderOutcomes } from '../engine/outcomes.ts';
import { addOrder, emptySums, type MetricSums } from '../metrics/metrics.ts';
import type { Model } from '../model/types.ts';

/**
 * One MetricSums per day index from the first to the last placement day of the model
 * (days without orders have empty sums). Sums are additive, so any set of days can be
 * recombined into metrics.
 */
export function daySums(model: Model, out: OrderOutcomes): MetricSums[] {
  const { orders } = model;
  if (orders.count === 0) return [];
  const first = orders.placedDay[0]!;
  const last = orders.placedDay[orders.count - 1]!;
  const days = Array.from({ length: last - first + 1 }, emptySums);
  for (let o = 0; o < orders.count; o++) addOrder(model, out, o, days[orders.placedDay[o]! - first]!);
  return days;
}
