/**
 * Weight brackets missing from one zone of a rate card. A package is priced at the row with
 * the smallest `max_weight_lb` at or above its billable weight, so a zone lacking brackets
 * that the other zones of the same carrier service have prices those packages at the next
 * row up (or, above its heaviest row, at that row): silently wrong, so it is bad input.
 */
import type { RateRow } from '../parse/types.ts';

/** One run of missing brackets in one zone of a carrier service. */
export interface WeightGap {
  /** `carrier/service`. */
  service: string;
  zone: number;
  /** The missing `max_weight_lb` values, lightest first (consecutive brackets of the service). */
  missing: number[];
  /** The zone's row just below the gap, or `null` when the gap is below its lightest row. */
  below: { lb: number; line: number } | null;
  /** The zone's row just above the gap (the one its packages are priced at), or `null` above its heaviest. */
  above: { lb: number; line: number } | null;
}

/**
 * Every run of brackets that one zone lacks and another zone of the same carrier service
 * has, by service, zone and weight. A zone with no rows at all is not a gap here (it has
 * its own message).
 * @example
 * // zones 1–8 have 1, 5 and 20 lb rows, but zone 5 lacks 5 lb:
 * weightGaps(rows) // [{ service: 'C/G', zone: 5, missing: [5], below: { lb: 1, … }, above: { lb: 20, … } }]
 */
export function weightGaps(rates: readonly RateRow[]): WeightGap[] {
  const byService = new Map<string, Map<number, RateRow[]>>();
  for (const r of rates) {
    const name = `${r.carrier}/${r.service}`;
    let zones = byService.get(name);
    if (!zones) byService.set(name, (zones = new Map()));
    let rows = zones.get(r.zone);
    if (!rows) zones.set(r.zone, (rows = []));
    rows.push(r);
  }
  const gaps: WeightGap[] = [];
  for (const name of [...byService.keys()].sort()) {
    const zones = byService.get(name)!;
    const brackets = [
      ...new Set(rates.filter((r) => `${r.carrier}/${r.service}` === name).map((r) => r.maxWeightLb)),
    ].sort((a, b) => a - b);
    for (const zone of [...zones.keys()].sort((a, b) => a - b)) {
      const rows = [...zones.get(zone)!].sort((a, b) => a.maxWeightLb - b.maxWeightLb || a.line - b.line);
      const has = new Set(rows.map((r) => r.maxWeightLb));
      let run: number[] = [];
      const close = () => {
        if (run.length === 0) return;
        const lo = run[0]!,
          hi = run[run.length - 1]!;
        const below = rows.filter((r) => r.maxWeightLb < lo).at(-1);
        const above = rows.find((r) => r.maxWeightLb > hi);
        gaps.push({
          service: name,
          zone,
          missing: run,
          below: below ? { lb: below.maxWeightLb, line: below.line } : null,
          above: above ? { lb: above.maxWeightLb, line: above.line } : null,
        });
        run = [];
      };
      for (const lb of brackets) {
        if (has.has(lb)) close();
        else run.push(lb);
      }
      close();
    }
  }
  return gaps;
}
