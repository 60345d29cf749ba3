/**
 * The decision report page: one self-contained index.html that opens from disk with no
 * network. vega, vega-lite and vega-embed are inlined; the charts' specs (with their data
 * and the map shapes) sit in a JSON script block. Pure: the library code comes in as text.
 *
 * Safety: every user-supplied string goes through `escapeHtml` in markup and through
 * `scriptJson` inside script blocks (`<`, `>`, `&`, U+2028/2029 escaped, so `</script>` cannot
 * end the block). A Content-Security-Policy allows only the page's own scripts (by hash),
 * no network, and vega runs with its expression interpreter instead of eval.
 */
import { createHash } from 'node:crypto';
import { METRICS, type MetricDefinition } from '../metrics/metrics.ts';
import { dayLabel } from '../time/day-label.ts';
import type { PolicyRun } from '../metrics/runs.ts';
import { reportCharts, type ReportChart } from './charts/index.ts';
import type { StateShape } from './charts/map.ts';
import { segmentLabel } from './charts/segments.ts';
import { cancelledSkus } from '../metrics/cancelled-skus.ts';
import { baselineRun } from '../metrics/runs.ts';
import { direction } from '../metrics/direction.ts';
import { segmentRows } from '../metrics/segments.ts';
import { formatDelta, formatMetric } from '../format/metric-value.ts';
import { groupThousands } from '../format/number.ts';
import { money, roundMoney } from '../format/money.ts';
import { msg, paybackLabel } from '../messages.ts';
import { outcomesFile, type OutcomesForm } from './outcomes.ts';
import { escapeHtml } from '../format/html.ts';
import { deltaInterval, levelLabel, type ReportInput } from './input.ts';
import { moneyFacts, storeText } from './decision-text.ts';
import { policiesInView } from './policy-order.ts';
import { GUARD_CODES } from '../analytics/guards.ts';
import { assumptions, methodNotes, type NoteItem } from './notes.ts';
import { ladderSection } from './ladder-text.ts';
import { verdict, type Verdict } from './verdict.ts';
import { dataQualityHtml, toDataQuality } from './data-quality.ts';

export { escapeHtml } from '../format/html.ts';

/**
 * JSON that is safe inside a `<script>` block: `<`, `>`, `&` and the JavaScript line
 * terminators U+2028/U+2029 become \u escapes (the parsed value is unchanged).
 * @example scriptJson({ sku: '</script>' }) // '{"sku":"\\u003c/script\\u003e"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The browser builds inlined into the page. */
export interface Libraries {
  vega: string;
  vegaLite: string;
  vegaEmbed: string;
}

/** Library code as a script block; refuses code that could end the block early. */
export function inlineScript(code: string, what: string): string {
  if (/<\/script|<!--/i.test(code)) throw new Error(`${what} contains "</script" or "<!--" and cannot be inlined`);
  return code;
}

/** A script's CSP hash source, `'sha256-…'`. */
export const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/**
 * Runs in the page: draws every chart from the JSON block with vega-embed, without eval, and
 * gives each SVG its natural width (`--natural`): on a phone a chart is drawn at no less than
 * 80% of it, scrolling sideways inside its box, so its 11 px labels stay readable.
 */
export const BOOT = `(function () {
  var charts = JSON.parse(document.getElementById('routelab-charts').textContent);
  var opts = { renderer: 'svg', ast: true, expr: vega.expressionInterpreter, actions: { export: true, source: false, compiled: false, editor: false } };
  charts.forEach(function (c) {
    var el = document.getElementById('vis-' + c.id);
    if (!el) return;
    el.textContent = '';
    vegaEmbed(el, c.spec, opts).then(function () {
      var svg = el.querySelector('svg');
      if (svg) svg.style.setProperty('--natural', svg.getAttribute('width') + 'px');
      el.setAttribute('data-rendered', 'true');
    }).catch(function (e) {
      el.textContent = 'This chart could not be drawn (' + e.message + '); the SVG and PNG files below have it.';
      console.error(e);
    });
  });
})();`;

/** The report pages' stylesheet (the decision report's; the history report reuses it). */
export const STYLE = `
:root { --ink: #1d232a; --muted: #5b6770; --line: #dde2e6; --better: #1a7f45; --worse: #b3261e; --warn-bg: #fff6e0; --warn: #8a5a00; }
* { box-sizing: border-box; }
.decision { border: 1px solid var(--line); border-radius: 6px; padding: 12px 18px; margin: 16px 0; }
.decision h2 { margin: 4px 0 8px; font-size: 19px; border-top: 0; padding-top: 0; }
.decision ul { padding-left: 18px; }
.decision .answer.yes { color: var(--better); font-weight: 600; }
.decision .answer.no { color: var(--worse); font-weight: 600; }
.decision .answer.unknown { color: var(--warn); font-weight: 600; }
.decision .facts li { color: var(--muted); }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink); margin: 0; background: #f7f8f9; }
main { max-width: 86rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; background: #fff; }
h1 { font-size: 1.7rem; margin: .2rem 0 .4rem; } h2 { font-size: 1.3rem; margin: 2.4rem 0 .6rem; padding-top: .6rem; border-top: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0 0 .2rem; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: var(--muted); margin: 0; }
.meta, .caption, figcaption p, .small { color: var(--muted); font-size: .9rem; }
.verdict { border-left: 6px solid var(--better); background: #eef7f1; padding: .9rem 1.1rem; margin: 1.2rem 0; font-size: 1.08rem; }
.verdict.keep { border-color: #5b6770; background: #f1f3f5; }
.verdict p { margin: .2rem 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .75rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; }
.card .k { font-size: .8rem; color: var(--muted); } .card .v { font-size: 1.15rem; font-weight: 600; }
nav ol { columns: 2; padding-left: 1.2rem; margin: .4rem 0; font-size: .92rem; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; }
th, td { padding: .35rem .5rem; border-bottom: 1px solid var(--line); text-align: right; vertical-align: top; }
th[scope=row], thead th:first-child, td.text, th.text { text-align: left; }
thead th { font-weight: 600; background: #f3f5f7; position: sticky; top: 0; }
th.focus, td.focus { background: #f2f8f4; }
thead th.focus { background: #dcefe2; }
td .d { display: block; font-size: .78rem; }
table.kpi { font-size: .84rem; }
table.kpi th, table.kpi td { padding: .3rem .4rem; }
table.kpi th[scope=row] { min-width: 8.5rem; max-width: 13rem; position: sticky; left: 0; z-index: 1; background: #fff; }
table.kpi thead th:first-child { position: sticky; left: 0; z-index: 2; }
table.kpi td { min-width: 5.5rem; }
table.kpi td.focus { min-width: 7rem; }
.better { color: var(--better); } .worse { color: var(--worse); } .same, .na { color: var(--muted); }
.ci { display: block; font-size: .72rem; color: var(--muted); } .nw { white-space: nowrap; }
th .name { display: block; font-weight: normal; font-size: .75rem; color: var(--muted); font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
figure.chart { margin: 1.4rem 0; max-width: 100%; }
.vis, .vis.vega-embed { display: block; max-width: 100%; min-height: 2rem; }
.vis svg, .vis img, .vis canvas { max-width: 100%; height: auto; }
.files-line { font-size: .8rem; color: var(--muted); margin: .2rem 0 0; }
.warn { background: var(--warn-bg); border-left: 4px solid #e0a800; padding: .5rem .8rem; margin: .4rem 0; }
.guard { border-left: 6px solid var(--worse); font-size: 1.02rem; } .guard ul { margin: .3rem 0; padding-left: 1.2rem; }
ul.notes { padding-left: 1.2rem; } ul.notes li { margin: .3rem 0; }
.problem { margin: .6rem 0; } .problem code, td code { font-size: .82rem; }
.sev { display: inline-block; font-size: .72rem; text-transform: uppercase; padding: 0 .35rem; border-radius: 3px; background: #e9ecef; margin-right: .3rem; }
.sev.warning { background: #ffe8a3; } .sev.error { background: #f8c9c5; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
footer { margin-top: 3rem; font-size: .8rem; color: var(--muted); }
@media (max-width: 40rem) {
  main { padding: 1rem .6rem 2rem; }
  nav ol { columns: 1; }
  table.kpi { font-size: .78rem; }
  table.kpi th, table.kpi td { padding: .25rem .3rem; }
  table.kpi th[scope=row] { min-width: 6.5rem; max-width: 8rem; }
  table.kpi th .code { display: none; }
  table.kpi td { min-width: 4.5rem; }
  table.kpi td.focus { min-width: 6rem; }
  .vis { overflow-x: auto; }
  .vis svg { max-width: none; width: max(100%, calc(var(--natural, 100%) * .8)); }
}
@media print { nav, .files-line { display: none; } main { max-width: none; } }
`;

const e = escapeHtml;
const def = (name: string) => METRICS.find((m) => m.name === name)!;

/** A figure that must not wrap inside itself (e.g. between "−" and "$0.10"). */
const nowrap = (text: string) => `<span class="nw">${e(text)}</span>`;

/** A KPI table cell: the value, and against the baseline its change, marked better or worse. */
function kpiCell(input: ReportInput, p: PolicyRun, m: MetricDefinition, i: number, cls: string): string {
  const v = formatMetric(m, p.metrics[m.name]);
  if (p.policy === input.run.baseline || m.unit === 'count') return `<td${cls}>${e(v)}</td>`;
  const d = p.deltas[i]!;
  let change: string;
  if (d.delta === null) change = '<span class="d na">—</span>';
  else {
    const mark =
      d.verdict === 'better' ? ' better' : d.verdict === 'worse' ? ' worse' : d.verdict === 'same' ? ' same' : '';
    const arrow = d.delta > 0 ? '▲' : d.delta < 0 ? '▼' : '=';
    change = `<span class="d${mark}">${arrow} ${e(formatDelta(m, d.delta))}${mark ? ` (${mark.trim()})` : ''}</span>`;
  }
  const ci = deltaInterval(input, p.policy, m.name);
  const ciText = ci
    ? `<span class="ci">${e(`${levelLabel(ci)} CI`)} ${nowrap(formatDelta(m, ci.low))} to ${nowrap(formatDelta(m, ci.high))}</span>`
    : '';
  return `<td${cls}>${e(v)}${change}${ciText}</td>`;
}

/** A policy name that may wrap after its hyphens, underscores and dots (escaped). */
function breakable(name: string): string {
  return e(name).replace(/([-_.])/g, '$1<wbr>');
}

/**
 * The KPI table: metrics as rows, policies as columns in display order (policy-order.ts).
 */
function kpiTable(input: ReportInput, v: Verdict): string {
  const r = input.run;
  const shaded = v.focus !== v.baseline ? v.focus : null;
  const runs = policiesInView(r, shaded?.policy);
  const cls = (p: PolicyRun) => (p === shaded ? ' class="focus"' : '');
  const tag = (p: PolicyRun) =>
    p.policy === r.baseline
      ? 'baseline'
      : p === shaded
        ? `${v.kind === 'switch' ? 'recommended' : 'decided on'}${p.use !== p.policy ? ` · ${p.use}` : ''}`
        : p.use !== p.policy
          ? p.use
          : '';
  const head = runs
    .map(
      (p) =>
        `<th scope="col"${cls(p)}>${breakable(p.policy)}${tag(p) ? `<span class="name">${e(tag(p))}</span>` : ''}</th>`,
    )
    .join('');
  const rows = METRICS.map(
    (m, i) =>
      `<tr><th scope="row">${e(m.label)}<span class="name code">${breakable(m.name)}</span></th>${runs.map((p) => kpiCell(input, p, m, i, cls(p))).join('')}</tr>`,
  );
  return `<div class="table-wrap kpi-wrap"><table class="kpi">
<thead><tr><th scope="col">metric</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

/** The cards under the headline: the saving per order, per quarter, payback and NPV from the decision model. */
function cards(input: ReportInput, v: Verdict): string {
  if (v.kind === 'alone' || !v.basis) return '';
  const b = v.baseline,
    f = v.focus,
    m = v.basis;
  const card = (k: string, val: string) =>
    `<div class="card"><div class="k">${e(k)}</div><div class="v">${e(val)}</div></div>`;
  const arrow = (name: string) =>
    `${formatMetric(def(name), b.metrics[name as 'orders'])} → ${formatMetric(def(name), f.metrics[name as 'orders'])}`;
  const out = [
    card(`Saving per order, ${f.policy} against ${m.against}`, money(m.saving.total)),
    card('Fulfillment cost per order', arrow('fulfillment_cost_per_order')),
    card('Per quarter', `${m.perQuarter >= 0 ? 'saves' : 'costs'} about ${roundMoney(m.perQuarter)}`),
    card('Delivered by the promise', arrow('on_time_delivery_rate')),
    card('Orders with a cancelled unit', arrow('cancel_rate')),
  ];
  const d = input.analytics?.decision;
  if (d && d.policy === f.policy) {
    out.push(card('Payback', paybackLabel(d.roi.paybackMonth, d.roi.horizonMonths)));
    out.push(card(`NPV over ${d.roi.horizonMonths} months`, money(d.roi.npv, 0)));
  }
  return `<div class="cards">${out.join('')}</div>`;
}

/** The buy/no-buy test, when the analytics ran: verdict, reasons, the three questions, store readiness, the money facts. */
function decisionBox(input: ReportInput): string {
  const d = input.analytics?.decision;
  if (!d) return '';
  const mark = (a: string) => (a === 'yes' ? '✓ yes' : a === 'no' ? '✗ no' : '? unknown');
  const stores = storeText(d);
  return `<section class="decision" id="decision">
<h2>${e(`Should you pilot ${d.policy}${d.against !== input.run.baseline ? ` over ${d.against}` : ''}? ${d.verdict[0]!.toUpperCase()}${d.verdict.slice(1)}.`)}</h2>
<p>${e(d.reasons.join('; '))}.</p>
<ul class="questions">${d.questions.map((q) => `<li><strong>${e(q.question)}</strong> <span class="answer ${e(q.answer)}">${e(mark(q.answer))}</span><br><span class="small">${e(q.evidence)}</span></li>`).join('')}</ul>
${stores ? `<p class="small">${e(stores)}</p>\n` : ''}<ul class="facts">${moneyFacts(d)
    .map((f) => `<li>${e(f)}</li>`)
    .join('')}</ul>
</section>`;
}

/** The guard warnings (implausible baseline, a policy far worse on fill or cancellations), shown before anything else. */
function guardBox(input: ReportInput): string {
  const guards = input.warnings.filter((w) => GUARD_CODES.has(w.code));
  if (guards.length === 0) return '';
  return `<section class="warn guard" id="guards" role="alert">
<p><strong>${e(guards.some((g) => g.code === 'baseline-implausible') ? 'Check the data before reading any figure below.' : 'Check this before acting on the figures below.')}</strong></p>
<ul>${guards.map((g) => `<li>${e(g.message)}.<br><span class="small">${e(`${g.hint[0]!.toUpperCase()}${g.hint.slice(1)}.`)}</span></li>`).join('')}</ul>
</section>`;
}

/** A chart's figure: title, caption, the container vega-embed draws in, links to its files. */
export function figure(c: ReportChart): string {
  return `<figure class="chart" id="chart-${c.id}">
<figcaption><h3>${e(c.title)}</h3><p>${e(c.caption)}</p></figcaption>
<div class="vis" id="vis-${c.id}">Drawing the chart… (it needs JavaScript; the SVG and PNG files below have it too)</div>
<p class="files-line">This chart as a file: <a href="charts/${c.id}.svg">SVG</a> · <a href="charts/${c.id}.png">PNG</a></p>
</figure>`;
}

/** The Files section's line for the outcomes: a link to the file written, or why there is none. */
function outcomesItem(form: OutcomesForm | undefined): string {
  const name = outcomesFile(form);
  if (!name) return `<li>${e(msg.outcomesNotWritten())}</li>\n`;
  return `<li>${msg.outcomesFileItem(`<a href="${name}">${name}</a>`, form === 'gz')}</li>\n`;
}

function notesList(items: NoteItem[]): string {
  return `<ul class="notes">${items.map((n) => `<li${n.warn ? ' class="warn"' : ''}><strong>${e(n.label)}:</strong> ${e(n.text)}</li>`).join('')}</ul>`;
}

function nodeTable(input: ReportInput): string {
  const seen = new Map<string, { p: PolicyRun; k: number }>();
  for (const p of input.run.runs)
    p.model.nodes.ids.forEach((id, k) => {
      if (!seen.has(id)) seen.set(id, { p, k });
    });
  const rows = [...seen].map(([id, { p, k }]) => {
    const n = p.model.nodes;
    const added = !input.run.model.nodes.ids.includes(id) ? ` (added by ${p.policy})` : '';
    return (
      `<tr><td class="text"><code>${e(id)}</code>${e(added)}</td><td class="text">${e(n.names[k] || '')}</td><td class="text">${e(n.types[k]!)}</td>` +
      `<td>${n.capacity[k]! > 0 ? e(groupThousands(n.capacity[k]!)) : 'no limit'}</td><td>$${e(n.pickPerOrder[k]!.toFixed(2))}</td><td>$${e(n.pickPerExtraUnit[k]!.toFixed(2))}</td><td>${e((n.accuracy[k]! * 100).toFixed(1))}%</td></tr>`
    );
  });
  return `<div class="table-wrap"><table><thead><tr><th scope="col">node</th><th scope="col" class="text">name</th><th scope="col" class="text">type</th><th scope="col">packages a day</th><th scope="col">pick/pack per order</th><th scope="col">per extra unit</th><th scope="col">inventory accuracy</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div>`;
}

function segmentTable(input: ReportInput): string {
  const rows = segmentRows(input.run);
  if (rows.length === 0) return '';
  const metrics = ['fulfillment_cost_per_order', 'on_time_delivery_rate', 'cancel_rate'] as const;
  const body = rows.map(
    (s) =>
      `<tr><th scope="row">${e(segmentLabel(s))}</th><td class="text">${e(`${s.from} to ${s.to}`)}</td>${metrics
        .map((name) => {
          const m = def(name);
          const v = s.values[name],
            b = s.baseline[name];
          const d = v === null || b === null ? null : v - b;
          const cls = direction(m, d, 'exact') ?? 'same';
          return `<td>${e(formatMetric(m, v))}<span class="d ${cls}">${e(`vs ${formatMetric(m, b)}: ${formatDelta(m, d)}`)}</span></td>`;
        })
        .join('')}</tr>`,
  );
  return `<div class="table-wrap"><table><thead><tr><th scope="col">policy · segment</th><th scope="col" class="text">orders placed</th>${metrics.map((n) => `<th scope="col">${e(def(n).label)}</th>`).join('')}</tr></thead><tbody>
${body.join('\n')}
</tbody></table></div>
<p class="small">Each segment beside ${e(input.run.baseline)} on the same orders.</p>`;
}

function skuTable(input: ReportInput, v: Verdict): string {
  const base = baselineRun(input.run);
  const top = cancelledSkus(input.run, base, 10);
  const other =
    v.focus !== base
      ? new Map(cancelledSkus(input.run, v.focus, Number.MAX_SAFE_INTEGER).map((s) => [s.sku, s]))
      : null;
  if (top.length === 0 && (!other || other.size === 0))
    return '<p>No order had a cancelled unit under the baseline.</p>';
  const rows = top.map(
    (s) =>
      `<tr><td class="text"><code>${e(s.sku)}</code></td><td class="text">${e(s.name)}</td><td>${e(groupThousands(s.orders))}</td><td>${e(groupThousands(s.units))}</td>${other ? `<td>${e(groupThousands(other.get(s.sku)?.orders ?? 0))}</td>` : ''}</tr>`,
  );
  return `<div class="table-wrap"><table><thead><tr><th scope="col">SKU</th><th scope="col" class="text">name</th><th scope="col">orders with a cancelled unit (${e(base.policy)})</th><th scope="col">units of it on them</th>${other ? `<th scope="col">such orders under ${e(v.focus.policy)}</th>` : ''}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div>
<p class="small">SKUs on the most orders that had a cancelled unit under the baseline (an order counts for each SKU on it, whichever line was short).</p>`;
}

export interface ReportPage {
  html: string;
  charts: ReportChart[];
  verdict: Verdict;
}

/**
 * The report page for an input. `states` are the US outlines for the map; `libraries` the
 * browser builds to inline. Same input, same bytes.
 */
export function reportPage(input: ReportInput, states: StateShape[], libraries: Libraries): ReportPage {
  const v = verdict(input);
  const charts = reportCharts(input, v, states);
  return { html: reportHtml(input, v, charts, libraries), charts, verdict: v };
}

/** The page from a verdict and its charts (see `reportPage`). */
export function reportHtml(input: ReportInput, v: Verdict, charts: ReportChart[], libraries: Libraries): string {
  const r = input.run;
  const m = r.model;
  const sc = r.scenario.config;
  const name = sc.name ?? r.scenario.file;
  const byId = new Map(charts.map((c) => [c.id, c]));
  const fig = (...ids: string[]) =>
    ids
      .map((id) => byId.get(id))
      .filter((c): c is ReportChart => !!c)
      .map(figure)
      .join('\n');
  const scripts = [
    inlineScript(libraries.vega, 'vega'),
    inlineScript(libraries.vegaLite, 'vega-lite'),
    inlineScript(libraries.vegaEmbed, 'vega-embed'),
    BOOT,
  ];
  const csp = `default-src 'none'; script-src ${scripts.map(sha256).join(' ')}; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'`;
  const segments = fig('segments', 'pre-post', 'pilot-sizing');
  const sections: [string, string, string][] = [
    [
      'kpis',
      'Key metrics',
      `<p class="caption">Every contract metric per policy; under each value its change against ${e(r.baseline)}, marked better or worse. — means the metric has no value (e.g. no order delivered).${v.focus !== v.baseline ? ` The shaded column, next to the baseline, is ${e(v.focus.policy)}${v.kind === 'switch' ? ', the recommended policy' : ', the policy decided on'}.` : ''}</p>
${kpiTable(input, v)}
${fig('kpi-bars')}`,
    ],
    ['cost', 'Cost', fig('cost-waterfall', 'roi-cash-flow', 'tornado') || '<p>Only one policy was replayed.</p>'],
    ...(input.analytics?.ladder
      ? [['ladder', 'Effect ladder', `${ladderSection(input)}\n${fig('effect-ladder')}`] as [string, string, string]]
      : []),
    ['trends', 'Week by week', fig('weekly-trends') || '<p>The period is shorter than two weeks.</p>'],
    ['network', 'Nodes and destinations', fig('node-mix', 'node-utilization', 'destination-map')],
    ...(segments
      ? [['segments', 'Pilots and rollouts', `${segments}\n${segmentTable(input)}`] as [string, string, string]]
      : []),
    [
      'exceptions',
      'Exceptions and cancellations',
      `${fig('reasons')}\n<h3>SKUs behind cancellations</h3>\n${skuTable(input, v)}`,
    ],
    ['data-quality', 'Data-quality warnings', dataQualityHtml(input.dataQuality ?? toDataQuality(input.warnings))],
    ['assumptions', 'Assumptions', `${notesList(assumptions(r, v.basis?.orders))}\n${nodeTable(input)}`],
    ['method', 'Method notes', notesList(methodNotes(input))],
    [
      'files',
      'Files',
      `<ul>
<li><a href="summary.md">summary.md</a>: the comparison, reasons and assumptions as Markdown, to paste into an email</li>
<li><a href="metrics.csv">metrics.csv</a>: every metric per policy</li>
${outcomesItem(input.outcomes)}<li><a href="run.json">run.json</a>: seed, input file hashes and versions, to reproduce the run</li>
<li>charts/: ${charts.map((c) => `<a href="charts/${c.id}.svg">${c.id}.svg</a> (<a href="charts/${c.id}.png">png</a>)`).join(', ')}</li>
</ul>`,
    ],
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="RouteLab">
<title>${e(`RouteLab: ${name}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<p class="eyebrow">RouteLab decision report</p>
<h1>${e(name)}</h1>
${sc.description ? `<p>${e(sc.description.trim())}</p>` : ''}
<p class="meta">${e(`${groupThousands(m.orders.count)} orders placed ${dayLabel(m, 0)} to ${dayLabel(m, m.calendar.endDay)}, replayed from ${m.nodes.count} node${m.nodes.count === 1 ? '' : 's'} under ${r.runs.length} polic${r.runs.length === 1 ? 'y' : 'ies'} (seed ${r.seed}). Baseline: ${r.baseline}.`)}</p>
</header>
${guardBox(input)}
<section class="verdict${v.kind === 'switch' ? '' : ' keep'}" id="verdict">
<p><strong>${e(v.lead)}</strong> ${e(v.text)}</p>
</section>
${cards(input, v)}
${decisionBox(input)}
${assumptions(r, v.basis?.orders)
  .filter((n) => n.warn)
  .map((n) => `<p class="warn"><strong>${e(n.label)}:</strong> ${e(n.text)}</p>`)
  .join('\n')}
<nav aria-label="contents"><ol>${sections.map(([id, title]) => `<li><a href="#${id}">${e(title)}</a></li>`).join('')}</ol></nav>
${sections.map(([id, title, body]) => `<section id="${id}">\n<h2>${e(title)}</h2>\n${body}\n</section>`).join('\n')}
<footer>Made by RouteLab from the files listed in run.json. The same inputs and seed give the same report.</footer>
</main>
<script type="application/json" id="routelab-charts">${scriptJson(charts.map((c) => ({ id: c.id, spec: c.spec })))}</script>
${scripts.map((s) => `<script>${s}</script>`).join('\n')}
</body>
</html>
`;
}
