/** HTML escaping for the report page. */
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../sim/report/html.ts';

describe('escapeHtml', () => {
  it('neutralizes a tag', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml('</script><script>alert(1)</script>')).toBe(
      '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    );
  });

  it('escapes quotes and ampersands', () => {
    expect(escapeHtml(`"Tom & Jerry's"`)).toBe('&quot;Tom &amp; Jerry&#39;s&quot;');
    expect(escapeHtml('x" onmouseover="alert(1)')).toBe('x&quot; onmouseover=&quot;alert(1)');
  });

  it('escapes an ampersand that already starts an entity', () => {
    expect(escapeHtml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('leaves other text alone', () => {
    expect(escapeHtml('')).toBe('');
    expect(escapeHtml('Warehouse → Store, 93.4% on time — ok')).toBe('Warehouse → Store, 93.4% on time — ok');
  });
});

import { createHash } from 'node:crypto';
import { reportPage, scriptJson, type Libraries } from '../../sim/report/html.ts';
import type { ReportInput } from '../../sim/report/input.ts';
import type { Problem } from '../../sim/problems.ts';
import {
  analyticsFor,
  HOSTILE_NAME,
  HOSTILE_NODE,
  HOSTILE_POLICY,
  HOSTILE_SCENARIO,
  HOSTILE_SKU,
  hostileRun,
  reportRun,
} from '../helpers/report.ts';

/** Stand-ins for the inlined browser builds (the real ones are tested in the browser check). */
const LIBS: Libraries = { vega: '/* vega */', vegaLite: '/* vega-lite */', vegaEmbed: '/* vega-embed */' };

/** The page's script blocks: [attributes, content]. */
const scripts = (html: string) =>
  [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => [m[1]!, m[2]!] as const);
/** The page outside its script blocks. */
const markup = (html: string) => html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '');

describe('scriptJson', () => {
  it('escapes what could end a script block or break a JavaScript string, and parses back the same', () => {
    const value = { sku: '</script><script>alert(1)</script>', name: 'a & b <!-- c -->', sep: 'x\u2028y\u2029z' };
    const text = scriptJson(value);
    expect(text).toBe(
      '{"sku":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e","name":"a \\u0026 b \\u003c!-- c --\\u003e","sep":"x\\u2028y\\u2029z"}',
    );
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('reportPage: a pure function of its input', () => {
  const run = reportRun();
  const input: ReportInput = { run, warnings: [] };

  it('gives the same bytes for the same input', () => {
    expect(reportPage(input, [], LIBS).html).toBe(reportPage({ run: reportRun(), warnings: [] }, [], LIBS).html);
  });

  it('shows the verdict, the KPI table with — for empty metrics, every chart, the notes and the file links', () => {
    const { html, charts } = reportPage(input, [], LIBS);
    expect(html).toContain('<strong>Switch to store-pilot.</strong> It saves $1.14 per order against warehouse-only');
    for (const c of charts) {
      expect(html).toContain(`<div class="vis" id="vis-${c.id}"`);
      expect(html).toContain(`<a href="charts/${c.id}.svg">SVG</a> · <a href="charts/${c.id}.png">PNG</a>`);
    }
    for (const f of ['summary.md', 'metrics.csv', 'outcomes.csv', 'run.json'])
      expect(html).toContain(`<a href="${f}">${f}</a>`);
    expect(html).toContain('▼ −$1.14 (better)');
    expect(html).toContain('<li class="warn"><strong>No intervals:</strong>');
    expect(html).not.toContain('95% CI');
    for (const id of ['roi-cash-flow', 'tornado', 'pilot-sizing', 'pre-post']) expect(html).not.toContain(`vis-${id}`);
    // the page's chart list is the JSON block the boot script embeds
    const json = scripts(html).find(([attrs]) => attrs.includes('application/json'))![1];
    expect((JSON.parse(json) as { id: string }[]).map((c) => c.id)).toEqual(charts.map((c) => c.id));
  });

  it('puts the recommended policy right after the baseline in the KPI table, shaded and tagged', () => {
    // store-pilot is the scenario's last policy and the recommended one
    const html = reportPage(input, [], LIBS).html;
    const head = html.slice(
      html.indexOf('<table class="kpi">'),
      html.indexOf('</thead>', html.indexOf('<table class="kpi">')),
    );
    const cols = [
      ...head.matchAll(/<th scope="col"( class="focus")?>(.*?)(?:<span class="name">(.*?)<\/span>)?<\/th>/g),
    ].map((m) => [m[2]!.replace(/<wbr>/g, ''), m[3] ?? '', m[1] ? 'shaded' : '']);
    expect(cols).toEqual([
      ['metric', '', ''],
      ['warehouse-only', 'baseline', ''],
      ['store-pilot', 'recommended · pilot', 'shaded'],
      ['closest-with-stock', '', ''],
      ['store-for-local', '', ''],
    ]);
    // every body row has its cells in the same order: the shaded cell is the third
    const row = html.split('\n').find((l) => l.includes('<span class="name code">fulfillment_'))!;
    expect(row.split('<td')[2]).toMatch(/^ class="focus">/);
    expect(html).toContain('The shaded column, next to the baseline, is store-pilot, the recommended policy.');
  });

  it('shows — for a metric without a value', () => {
    const r = reportRun();
    r.runs[1]!.metrics.on_time_delivery_rate = null;
    r.runs[1]!.deltas.find((d) => d.metric === 'on_time_delivery_rate')!.delta = null;
    const html = reportPage({ run: r, warnings: [] }, [], LIBS).html;
    const row = html
      .split('\n')
      .find((l) => l.includes('<span class="name code">on_<wbr>time_<wbr>delivery_<wbr>rate</span>'))!;
    expect(row).toContain('>—<span class="d na">—</span></td>');
  });

  it('adds intervals, payback and the analytics charts when the analytics are there', () => {
    const { html, charts } = reportPage({ ...input, analytics: analyticsFor(run, 'store-pilot') }, [], LIBS);
    expect(charts.map((c) => c.id)).toEqual(
      expect.arrayContaining(['roi-cash-flow', 'tornado', 'pilot-sizing', 'pre-post']),
    );
    expect(html).toContain('95% CI $0.56 to $1.72');
    expect(html).toContain('Payback: 3.6 months.');
    expect(html).toMatch(
      /<span class="ci">95% CI <span class="nw">−\$[\d.]+<\/span> to <span class="nw">−\$[\d.]+<\/span><\/span>/,
    );
    expect(html).toContain(
      '<strong>Intervals:</strong> confidence intervals of the changes come from paired day-block bootstrap.',
    );
    expect(html).not.toContain('No intervals:');
  });

  it("shows the effect ladder: every step with its saving and interval, a network step priced with its node's costs", () => {
    const { html, charts } = reportPage({ ...input, analytics: analyticsFor(run, 'store-pilot') }, [], LIBS);
    expect(charts.map((c) => c.id)).toContain('effect-ladder');
    const section = html.slice(
      html.indexOf('<section id="ladder">'),
      html.indexOf('</section>', html.indexOf('<section id="ladder">')),
    );
    expect(section).toContain('<h2>Effect ladder</h2>');
    // store-pilot's ladder (made up in helpers/report.ts) climbs through closest-with-stock, then adds NEW-STORE
    expect(section).toContain(
      '<tr class="focus"><th scope="row" class="text">store-pilot</th><td class="text">warehouse-only → closest-with-stock</td>',
    );
    expect(section).toContain('<td class="text">closest-with-stock → store-pilot</td>');
    expect(section).toMatch(
      /Adding NEW-STORE: its fixed costs: NEW-STORE rent \$1,200 a month, NEW-STORE opening \$8,000 once; the step nets [^;]+ a month: NPV [^ ]+ over 24 months/,
    );
    expect(section).toContain('id="vis-effect-ladder"');
    expect(html).toContain('<li><a href="#ladder">Effect ladder</a></li>');
  });

  it('has no ladder section without the analytics', () => {
    expect(reportPage(input, [], LIBS).html).not.toContain('id="ladder"');
  });

  it('lists data-quality warnings as findings, with their locations and hints', () => {
    const warnings: Problem[] = [
      {
        severity: 'warning',
        code: 'zip-repaired',
        file: 'orders.csv',
        line: 3,
        column: 5,
        field: 'customer_zip',
        message: 'ZIP "2134" lost its leading zero',
        hint: 'keep ZIPs as text',
      },
      {
        severity: 'warning',
        code: 'zip-repaired',
        file: 'orders.csv',
        line: 9,
        column: 5,
        field: 'customer_zip',
        message: 'ZIP "2135" lost its leading zero',
        hint: 'keep ZIPs as text',
      },
      { severity: 'note', code: 'extra-columns', file: 'orders.csv', line: 1, message: 'columns ignored: x', hint: '' },
    ];
    const html = reportPage({ run, warnings }, [], LIBS).html;
    // without validate's findings each kind of problem is a finding of its own, in the order given, notes last
    expect(html).toContain('2 warnings in 1 finding and 1 note, most important first as validate ranks them.');
    expect(html).toContain(
      '<span class="sev warning">warning</span> <strong>ZIP &quot;2134&quot; lost its leading zero (2 like this)</strong>',
    );
    expect(html).toContain('<li>at <code>orders.csv:3:5</code>, <code>orders.csv:9:5</code></li>');
    expect(html).toContain('<span class="sev note">note</span> <strong>columns ignored: x</strong>');
  });

  it('reports a single policy without comparisons, and leaves out pilots when there are none', () => {
    const alone = { ...run, runs: run.runs.filter((p) => p.policy === run.baseline) };
    const { html, charts } = reportPage({ run: alone, warnings: [] }, [], LIBS);
    expect(html).toContain('<strong>Only warehouse-only was replayed.</strong>');
    expect(html).not.toContain('class="cards"');
    expect(charts.map((c) => c.id)).toEqual([
      'weekly-trends',
      'node-mix',
      'node-utilization',
      'destination-map',
      'reasons',
    ]);
    expect(html).toContain('<p>Only one policy was replayed.</p>');
    expect(html).not.toContain('href="#segments"');
  });

  it('refuses library code that would end its script block', () => {
    expect(() => reportPage(input, [], { ...LIBS, vega: 'var s = "</script>";' })).toThrow(/cannot be inlined/);
  });
});

describe('reportPage: hostile names', () => {
  const run = hostileRun();
  const warnings: Problem[] = [
    {
      severity: 'warning',
      code: 'no-weight',
      file: 'skus.csv',
      line: 3,
      field: 'weight_lb',
      message: `sku "${HOSTILE_SKU}" has no weight`,
      hint: 'add it',
    },
  ];
  const { html, charts } = reportPage({ run, warnings, analytics: analyticsFor(run, HOSTILE_POLICY) }, [], LIBS);

  it('never puts a hostile string in the page as markup', () => {
    for (const bad of [HOSTILE_SKU, HOSTILE_NODE, HOSTILE_POLICY, HOSTILE_SCENARIO, HOSTILE_NAME])
      expect(html).not.toContain(bad);
    const text = markup(html);
    // no tag or attribute from the hostile names: they show only as escaped text
    expect(text).not.toMatch(/<(img|svg|b)[\s>]/i);
    expect(text).not.toMatch(/<[^>]*\son(error|load|mouseover)=/i);
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain(`<title>RouteLab: ${escapeHtml(HOSTILE_SCENARIO)}</title>`);
    expect(text).toContain(`<h1>${escapeHtml(HOSTILE_SCENARIO)}</h1>`);
    expect(text).toContain(`<code>${escapeHtml(HOSTILE_NODE)}</code>`);
    expect(text).toContain(`<code>${escapeHtml(HOSTILE_SKU)}</code>`);
    expect(text).toContain(escapeHtml(HOSTILE_NAME));
  });

  it('keeps script blocks closed where the page closes them, with the names intact inside the chart JSON', () => {
    const blocks = scripts(html);
    expect(blocks).toHaveLength(5);
    expect(html.match(/<\/script/gi)).toHaveLength(5);
    const [attrs, json] = blocks[0]!;
    expect(attrs).toBe(' type="application/json" id="routelab-charts"');
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const parsed = JSON.stringify(JSON.parse(json));
    for (const bad of [HOSTILE_NODE, HOSTILE_POLICY]) expect(parsed).toContain(JSON.stringify(bad).slice(1, -1));
    expect(charts.length).toBeGreaterThan(5);
  });

  it('allows only its own scripts, by hash, and no network', () => {
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)![1]!;
    expect(csp).toMatch(
      /^default-src 'none'; script-src 'sha256-[^']+' 'sha256-[^']+' 'sha256-[^']+' 'sha256-[^']+'; style-src 'unsafe-inline'; img-src data: blob:;/,
    );
    const hashes = [...csp.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]);
    const executable = scripts(html).filter(([attrs]) => !attrs.includes('application/json'));
    expect(executable.map(([, code]) => createHash('sha256').update(code, 'utf8').digest('base64'))).toEqual(hashes);
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).not.toMatch(/https?:/);
  });
});

import { reportAnalytics } from '../../sim/report/from-analysis.ts';
import { money, rounded, roundMoney } from '../../sim/format/money.ts';
import { analysisOf, losingRun } from '../helpers/report.ts';
import type { DecisionModel } from '../../sim/analytics/analyze.ts';

/** Every way a number of the decision model may be shown: cents, whole dollars, a headline's round figure (signed or not). */
function shownForms(d: DecisionModel): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'number') {
      for (const x of [v, -v]) for (const s of [money(x, 2), money(x, 0), roundMoney(x), rounded(x)]) out.add(s);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(d);
  return out;
}

describe('the decision figures: one model behind the headline, the cards and the decision box', () => {
  for (const [name, make] of [
    ['a change that saves', reportRun],
    ['a change that loses money', losingRun],
  ] as const) {
    it(`every money figure traces to the decision model (${name})`, () => {
      const run = make();
      const a = analysisOf(run, name === 'a change that saves' ? undefined : 'store-for-local');
      const html = reportPage({ run, warnings: [], analytics: reportAnalytics(a, [], []) }, [], LIBS).html;
      const top = markup(html).slice(
        html.indexOf('<section class="verdict'),
        html.indexOf('<nav aria-label="contents">'),
      );
      expect(top).toContain('id="decision"');
      const figures = [...top.matchAll(/[−+]?\$[\d,]+(?:\.\d+)?/g)].map((m) => m[0].replace(/^\+/, ''));
      expect(figures.length).toBeGreaterThan(10);
      const forms = shownForms(a.decision);
      for (const f of figures) expect(forms.has(f), `${f} is not a figure of the decision model`).toBe(true);
      // the same saving per order in the headline, the first card and the decision box
      const saving = money(a.decision.saving.total);
      expect(top).toContain(`<div class="v">${saving}</div>`);
      expect(top).toContain(`Saving per order against warehouse-only: ${saving}`);
      // the fixture's baseline cancels on 42.9% of orders: no pilot verdict, figures still stated
      expect(top).toContain('<strong>Check the data first.</strong>');
      if (a.decision.saving.total < 0) {
        expect(top).toContain(`would cost ${money(-a.decision.saving.total)} more per order`);
        expect(top).toContain(
          '<div class="k">Payback</div><div class="v">never (not within the 24 months projected)</div>',
        );
        expect(top).toContain('Break-even volume: none (it saves nothing per order).');
        expect(top).not.toMatch(/payback (in|after) \d|payback \d/i);
      } else {
        expect(top).toContain(`would save ${saving} per order`);
      }
    });
  }
});
