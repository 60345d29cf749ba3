/** A plain, self-contained index.html listing the comparison (the full report is built on it later). */
import { comparisonCells } from './summary.ts';
import type { ScenarioRun } from '../pipeline.ts';
import { formatProblems, type Problem } from '../problems.ts';

/**
 * Escapes text for HTML element content and attribute values.
 * @example escapeHtml('<img src=x onerror=alert(1)>') // '&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** index.html: the comparison table, the data notes and links to the files beside it. */
export function indexHtml(r: ScenarioRun, warnings: Problem[]): string {
  const { header, rows } = comparisonCells(r);
  const title = `RouteLab: ${r.scenario.config.name ?? r.scenario.file}`;
  const cell = (s: string, i: number) => {
    const cls = s.endsWith(', better)') ? ' class="better"' : s.endsWith(', worse)') ? ' class="worse"' : '';
    return i === 0 ? `<th scope="row">${escapeHtml(s)}</th>` : `<td${cls}>${escapeHtml(s)}</td>`;
  };
  const notes = warnings.length ? `<pre>${escapeHtml(formatProblems(warnings, 5))}</pre>` : '<p>No warnings: every input row was used as written.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: .35rem .6rem; border-bottom: 1px solid #ddd; text-align: right; white-space: nowrap; }
th[scope=row], thead th:first-child { text-align: left; }
td.better { color: #0a6b2e; } td.worse { color: #a11b1b; }
pre { background: #f6f6f6; padding: 1rem; overflow-x: auto; font-size: 13px; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(`${r.model.orders.count} orders replayed under ${r.runs.length} policies, seed ${r.seed}. Changes are against the baseline, ${r.baseline}.`)}</p>
<table>
<thead><tr>${header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('\n')}
</tbody>
</table>
<h2>Data notes</h2>
${notes}
<h2>Files</h2>
<ul>
<li><a href="summary.md">summary.md</a>: this table with the assumptions</li>
<li><a href="metrics.csv">metrics.csv</a>: every metric per policy</li>
<li><a href="outcomes.csv">outcomes.csv</a>: one row per order per policy</li>
<li><a href="run.json">run.json</a>: seed, input hashes and versions</li>
</ul>
</body>
</html>
`;
}
