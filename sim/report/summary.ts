/** The comparison table as text: for the terminal, for summary.md, for index.html. */
import { startStockAssumption } from '../compile/start-stock.ts';
import { formatDelta, formatMetric } from '../format/metric-value.ts';
import { mdEscape } from '../format/markdown.ts';
import { METRICS } from '../metrics/metrics.ts';
import type { ScenarioRun } from '../metrics/runs.ts';
import type { Problem } from '../problems.ts';
import { dataQualityMarkdown, toDataQuality, type DataQuality } from './data-quality.ts';
import { dayLabel } from '../time/day-label.ts';
import { REASONS } from '../engine/reasons.ts';
import { reasonCounts } from '../metrics/reasons.ts';
import { policiesInView } from './policy-order.ts';

/**
 * Cells of the comparison: one row per metric; per policy (in display order, `focus` the
 * policy decided on) its value, and against the baseline its change.
 */
export function comparisonCells(r: ScenarioRun, focus?: string | null): { header: string[]; rows: string[][] } {
  const runs = policiesInView(r, focus);
  const header = ['metric', ...runs.map((p) => (p.policy === r.baseline ? `${p.policy} (baseline)` : p.policy))];
  const rows = METRICS.map((m, i) => [
    m.name,
    ...runs.map((p) => {
      const v = formatMetric(m, p.metrics[m.name]);
      if (p.policy === r.baseline || m.unit === 'count') return v;
      const d = p.deltas[i]!;
      const mark = d.verdict === 'better' ? ', better' : d.verdict === 'worse' ? ', worse' : '';
      return `${v} (${formatDelta(m, d.delta)}${mark})`;
    }),
  ]);
  return { header, rows };
}

/** A fixed-width text table. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((s, c) => (c === 0 ? s.padEnd(widths[c]!) : s.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * The table printed on the terminal after a run: the baseline beside at most three other
 * policies per table (the policy decided on, `focus`, in the first), so it fits a terminal however many policies the scenario compares.
 */
export function terminalSummary(r: ScenarioRun, focus?: string | null, perTable = 3): string {
  const { header, rows } = comparisonCells(r, focus);
  const others = header.map((_, c) => c).filter((c) => c > 1);
  const tables: string[] = [];
  for (let i = 0; i < Math.max(1, others.length); i += perTable) {
    const cols = [0, 1, ...others.slice(i, i + perTable)];
    tables.push(
      textTable(
        cols.map((c) => header[c]!),
        rows.map((row) => cols.map((c) => row[c]!)),
      ),
    );
  }
  return tables.join('\n\n');
}

/** Whether the rate card is the bundled illustrative one (flagged in the scenario, or an ILLUSTRATIVE carrier). */
export function illustrative(r: ScenarioRun): boolean {
  const ship = r.scenario.config.shipping;
  return (
    ship.model === 'rate-card' &&
    (ship.illustrative || r.model.shipping.names.some((n) => n.toUpperCase().startsWith('ILLUSTRATIVE')))
  );
}

/** Where zones came from, in words. */
function zoneSource(r: ScenarioRun): string {
  const d = r.model.dests;
  const pairs = d.count * r.model.nodes.count;
  if (d.zonesFromChart === 0) return 'zones from ZIP3-centroid distance bands';
  return `zones from your zone chart for ${d.zonesFromChart} of ${pairs} node–destination pairs, distance bands for the rest`;
}

/** summary.md: what was run, the comparison table, the outcome reasons and the data notes (the run's data quality, ranked). */
export function summaryMarkdown(r: ScenarioRun, warnings: DataQuality | Problem[], focus?: string | null): string {
  const m = r.model;
  const sc = r.scenario.config;
  const { header, rows } = comparisonCells(r, focus);
  const lines: string[] = [];
  lines.push(`# RouteLab: ${mdEscape(sc.name ?? r.scenario.file)}`, '');
  if (sc.description) lines.push(mdEscape(sc.description.trim()), '');
  lines.push(
    `Replayed ${m.orders.count} orders placed ${dayLabel(m, 0)} to ${dayLabel(m, m.calendar.endDay)} from ${m.nodes.count} nodes ` +
      `(${m.nodes.ids.map((id, i) => `${mdEscape(id)}: ${m.nodes.types[i]}`).join(', ')}) under ${r.runs.length} policies, seed ${mdEscape(r.seed)}. ` +
      `Each policy is compared with the baseline, **${mdEscape(r.baseline)}**; changes are in brackets.`,
    '',
  );
  lines.push(
    `| ${header.map(mdEscape).join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
  );
  for (const row of rows) lines.push(`| ${row.map(mdEscape).join(' | ')} |`);
  lines.push('');
  lines.push('## Why orders turned out as they did', '');
  lines.push(
    `| reason | ${r.runs.map((p) => mdEscape(p.policy)).join(' | ')} |`,
    `| --- |${r.runs.map(() => ' ---: ').join('|')}|`,
  );
  const byReason = reasonCounts(r);
  for (const reason of REASONS) {
    const counts = r.runs.map((p) =>
      String(byReason.find((x) => x.policy === p.policy && x.reason === reason.code)!.orders),
    );
    lines.push(`| ${reason.code}: ${reason.text} | ${counts.join(' | ')} |`);
  }
  lines.push('');
  lines.push('## Assumptions', '');
  const ship = sc.shipping;
  const startStock = startStockAssumption(
    r.scenario,
    m.nodes.ids.filter((_, i) => m.nodes.types[i] === 'warehouse'),
  );
  lines.push(
    ship.model === 'rate-card'
      ? `- Shipping: zone rate card${illustrative(r) ? " (**illustrative prices, not a carrier's published rates**)" : ''}, DIM divisor ${ship.dim_divisor}, fuel ${ship.fuel_surcharge_pct}%, residential surcharge $${ship.residential_surcharge.toFixed(2)}; ${zoneSource(r)}.`
      : `- Shipping: linear cost model ($${ship.per_package}/package + $${ship.per_unit}/unit + $${ship.per_unit_mile}/unit-mile + $${ship.per_package_mile}/package-mile).`,
    `- Promise: ${Object.entries(sc.promise.delivery_business_days)
      .map(([s, d]) => `${mdEscape(s)} ${d} business days`)
      .join(', ')} from placement; ship within ${sc.promise.ship_sla_business_days} business day(s).`,
    `- Costs: manual touch $${sc.costs.manual_touch.toFixed(2)}, cancellation $${sc.costs.cancellation_per_order.toFixed(2)} per order + $${sc.costs.cancellation_per_unit.toFixed(2)} per unit.`,
    `- Inventory accuracy (chance a picked line is really there): ${m.nodes.ids.map((id, i) => `${mdEscape(id)} ${(m.nodes.accuracy[i]! * 100).toFixed(1)}%`).join(', ')}.`,
    ...(startStock ? [`- Start stock: ${mdEscape(startStock)}`] : []),
    `- ${sc.replenishment ? `Replenishment every ${sc.replenishment.every_days} days back to the starting level, ${sc.replenishment.lead_time_days} days lead time.` : 'No replenishment beyond receipts.csv.'} ${sc.backorder.max_wait_days > 0 ? `Unfillable units wait up to ${sc.backorder.max_wait_days} days for a receipt.` : 'Unfillable units are cancelled.'}`,
    '',
  );
  lines.push('## Data notes', '', dataQualityMarkdown(toDataQuality(warnings)), '');
  return lines.join('\n');
}
