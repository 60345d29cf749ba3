/**
 * The history report page (`compare --history`): one self-contained index.html in the
 * decision report's shell (its stylesheet, inlined vega, the same CSP and chart boot), with
 * before/after at the pre mix, the rate/mix split, the difference in differences with its
 * placebo check, weekly trends, the outcome columns found and the measures left out. Pure.
 */
import type { HistoryComparison } from '../../analytics/history.ts';
import type { HistoryReportInput } from '../../analytics/replay-vs-history.ts';
import { escapeHtml } from '../../format/html.ts';
import { groupThousands } from '../../format/number.ts';
import { historyWords } from '../../messages.ts';
import type { ReportChart } from '../charts/common.ts';
import { BOOT, figure, inlineScript, scriptJson, sha256, STYLE, type Libraries } from '../html.ts';
import { parallelTrendsChart } from './charts/parallel.ts';
import { rateMixChart } from './charts/rate-mix.ts';
import { trendsChart } from './charts/trends.ts';
import { cohortName, measureDef } from './format.ts';
import { METRICS } from '../../metrics/metrics.ts';

/** A row's name: a measure's label over its metric name, or a column's name as code. */
const rowName = (c: string) =>
  METRICS.some((m) => m.name === c)
    ? `${e(measureDef(c).label)}<span class="name">${e(c)}</span>`
    : `<code>${e(c)}</code>`;
import {
  beforeAfterTable,
  columnsTable,
  didTable,
  replayReasons,
  replayTable,
  shipmentColumnsNote,
  unavailableLines,
  type TextTable,
} from './tables.ts';

const e = escapeHtml;

/** This page's additions to the shared stylesheet: vega-embed makes its container inline-block, which would let a chart widen the page on a phone. */
const HISTORY_STYLE =
  '.vis.vega-embed { display: block; max-width: 100%; overflow-x: auto; } td.text { min-width: 12rem; }';

/** The history report's charts, in page order. */
export function historyCharts(h: HistoryComparison): ReportChart[] {
  return [rateMixChart(h), parallelTrendsChart(h), trendsChart(h)].filter((c): c is ReportChart => c !== null);
}

function table(t: TextTable, textCols = 1): string {
  const cls = (i: number) => (i < textCols ? ' class="text"' : '');
  return `<div class="table-wrap"><table><thead><tr>${t.header.map((h, i) => `<th scope="col"${cls(i)}>${e(h)}</th>`).join('')}</tr></thead><tbody>
${t.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${rowName(c)}</th>` : `<td${cls(i)}>${e(c)}</td>`)).join('')}</tr>`).join('\n')}
</tbody></table></div>`;
}

/** The page for a history comparison; `name` is the scenario's. Same input, same bytes. */
export function historyPage(
  h: HistoryReportInput,
  name: string,
  libraries: Libraries,
): { html: string; charts: ReportChart[] } {
  const charts = historyCharts(h);
  const byId = new Map(charts.map((c) => [c.id, c]));
  const fig = (id: string) => (byId.has(id) ? figure(byId.get(id)!) : '');
  const scripts = [
    inlineScript(libraries.vega, 'vega'),
    inlineScript(libraries.vegaLite, 'vega-lite'),
    inlineScript(libraries.vegaEmbed, 'vega-embed'),
    BOOT,
  ];
  const csp = `default-src 'none'; script-src ${scripts.map(sha256).join(' ')}; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'`;
  const thin = h.results.filter((r) => r.tooFew).map((r) => r.measure);
  const did = didTable(h);
  const replay = replayTable(h);
  const rv = h.replayVsHistory;
  const firstDid = h.results.find((r) => r.did)?.did;
  const unavailable = unavailableLines(h);
  const sections: [string, string, string][] = [
    [
      'before-after',
      'Before and after',
      `<p class="caption">${e(`${cohortName(h)[0]!.toUpperCase()}${cohortName(h).slice(1)}: the rate or mean of each measure before ${h.switchDate} and on or after it, from the orders that have the columns it needs. "Change at the pre mix" reweights the after period's cells (category × census region × order size) to the before period's mix, so a shift of products or destinations is not read as a routing effect. Rate effect + mix effect = the raw change exactly (Kitagawa's symmetric split).`)}</p>
${table(beforeAfterTable(h))}
<p class="small">${e(`The cells behind each row, with their n, are in cohorts.csv. ${historyWords.smallSample(h.minOrders)}`)}</p>
${fig('history-rate-mix')}`,
    ],
    ...(did
      ? [
          [
            'did',
            'Difference in differences',
            `<p class="caption">${e(`The pilot states' change minus the other states' change over the same weeks, on weekly cells (a week of a group is one observation). ${firstDid ? historyWords.didCovers(firstDid.result.confidence) : ''} The placebo check repeats it on the before period alone with a fake switch at its midpoint.`)}</p>
${table(did)}
<p class="small">${e(historyWords.placeboMeaning)}</p>
${fig('history-parallel-trends')}`,
          ] as [string, string, string],
        ]
      : []),
    ...(replay && rv
      ? [
          [
            'replay',
            historyWords.replayTitle,
            `<p class="caption">${e(historyWords.replayIntro(rv.policy, rv.start, rv.baseline))}</p>
${table(replay, 1)}
<p class="small">${e(historyWords.replayReasonsLead)}</p>
<ul class="notes">${replayReasons(h)
              .map((l) => `<li>${e(l)}</li>`)
              .join('')}</ul>`,
          ] as [string, string, string],
        ]
      : []),
    [
      'trends',
      'Week by week',
      fig('history-trends') || `<p>${e(`No week has ${h.minOrders} orders with a value.`)}</p>`,
    ],
    [
      'columns',
      'What the history holds',
      `${table(columnsTable(h), 3)}
${unavailable.length ? `<h3>Not measured from this history</h3>\n<ul class="notes">${unavailable.map((l) => `<li>${e(l)}</li>`).join('')}</ul>` : ''}`,
    ],
    [
      'files',
      'Files',
      `<ul>
<li><a href="summary.md">summary.md</a>: the same figures as Markdown</li>
<li><a href="cohorts.csv">cohorts.csv</a>: every cell (category × region × order size) per measure, with n before and after</li>
<li><a href="history.json">history.json</a>: every figure, as <code>--json</code> prints it</li>
<li>charts/: ${charts.map((c) => `<a href="charts/${c.id}.svg">${c.id}.svg</a> (<a href="charts/${c.id}.png">png</a>)`).join(', ')}</li>
</ul>`,
    ],
  ];
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="RouteLab">
<title>${e(`RouteLab history: ${name}`)}</title>
<style>${STYLE}
${HISTORY_STYLE}</style>
</head>
<body>
<main>
<header>
<p class="eyebrow">RouteLab history report</p>
<h1>${e(name)}</h1>
<p class="meta">${e(`${groupThousands(h.orders)} orders placed ${h.firstDate} to ${h.lastDate}; ${cohortName(h)}: ${groupThousands(h.preOrders)} before the switch on ${h.switchDate}, ${groupThousands(h.postOrders)} on or after it${h.pilotStates ? '; control: every other state' : ''}. Recorded outcomes, not a replay.`)}</p>
</header>
${thin.length ? `<p class="warn" id="small-sample"><strong>Small sample:</strong> ${e(`${thin.join(', ')} ${thin.length === 1 ? 'has' : 'have'} fewer than ${h.minOrders} orders before or after the switch; n is shown instead of a rate.`)}</p>` : ''}
${unavailable.length ? `<p class="warn" id="not-measured"><strong>Not measured:</strong> ${e(`${h.unavailable.map((u) => u.measure).join(', ')} (see "What the history holds").${shipmentColumnsNote(h) ? ` ${shipmentColumnsNote(h)}` : ''}`)}</p>` : ''}
<nav aria-label="contents"><ol>${sections.map(([id, title]) => `<li><a href="#${id}">${e(title)}</a></li>`).join('')}</ol></nav>
${sections.map(([id, title, body]) => `<section id="${id}">\n<h2>${e(title)}</h2>\n${body}\n</section>`).join('\n')}
<footer>Made by RouteLab from the orders' own outcome columns. The same orders give the same report.</footer>
</main>
<script type="application/json" id="routelab-charts">${scriptJson(charts.map((c) => ({ id: c.id, spec: c.spec })))}</script>
${scripts.map((s) => `<script>${s}</script>`).join('\n')}
</body>
</html>
`;
  return { html, charts };
}
