/**
 * Assumptions a network what-if brings: where an added node's starting stock comes from
 * (copied from another node is an assumption, not a purchase, and its cost is not counted)
 * and whether its fixed costs were entered (`roi.nodes`).
 */
import type { ScenarioRun } from '../metrics/runs.ts';

/** One assumption or method note: a bold label and its text (plain; the page escapes it). */
export interface NoteItem {
  /** Short label in bold. */
  label: string;
  text: string;
  /** Something the reader must know before acting on the numbers. */
  warn?: boolean;
}

/** One item per node added by an entry (the first entry adding it names it), in scenario order. */
export function networkAssumptions(r: ScenarioRun): NoteItem[] {
  const costs = r.scenario.config.roi.nodes;
  const items: NoteItem[] = [];
  const seen = new Set<string>();
  for (const spec of r.scenario.policies) {
    for (const a of spec.network?.add ?? []) {
      if (seen.has(a.node_id)) continue;
      seen.add(a.node_id);
      const share = a.stock_share === 1 ? '' : ` (×${a.stock_share}, rounded down)`;
      const own = a.stock ? Object.keys(a.stock).length : 0;
      const stock =
        a.stock_from !== undefined
          ? `${a.node_id}'s starting stock is copied from ${a.stock_from}${share}${own ? `, with ${own} sku(s) set in the scenario` : ''}: an assumption, not a purchase; what stocking it would cost is not counted.`
          : own
            ? `${a.node_id} starts with the stock set in the scenario (${own} sku(s)); what stocking it would cost is not counted.`
            : `${a.node_id} starts with no stock (give it stock: or stock_from: in the entry's network).`;
      const priced = costs[a.node_id]
        ? ''
        : ` No fixed costs were entered for it (roi.nodes.${a.node_id}: monthly_rent, monthly_labor, opening_cost), so its ROI counts none.`;
      items.push({
        label: `Added node ${a.node_id}`,
        text: `added by ${spec.name}. ${stock}${priced}`,
        warn: a.stock_from !== undefined || priced !== '',
      });
    }
  }
  return items;
}
