/**
 * A run's data quality, end to end in process: a stale-inventory data set (stock counted
 * 2026-06-01, 35 days before the period start 2026-07-06) goes through the run pipeline,
 * and validate's findings, in validate's ranking, reach run's warnings, the terminal,
 * summary.md, run.json and the report's data-quality section, with the same counts.
 *
 * The data (tiny scenario, period 2026-07-06 … 2026-07-19, rate card):
 *   orders.csv     lines 2–11 O1…O10, one A each · line 12 O11, one C  → 11 orders, 11 lines, 11 units
 *   skus.csv       line 2 A with dimensions · line 3 C without
 *   nodes.csv      line 2 WH (warehouse) · line 3 ST (store, inventory_accuracy empty)
 *   inventory.csv  line 2 WH A 8 · line 3 ST A −2 · line 4 WH C 5, all counted 2026-06-01
 *
 * The baseline ships from WH: 8 of the 10 A and the C, so it fills 9 of 11 units (81.8%)
 * and cancels on 2 of 11 orders (18.2%): the guard fires, naming the stale stock as a cause.
 * validate's findings: stale inventory (3 rows, every order: 100%), negative inventory (1 row,
 * the 10 orders of A: 90.9%), both serious, inventory first; C without dimensions (1 of 11
 * orders, 9.1%: not serious); ST's accuracy defaulted (no share). 7 warnings in 5 findings.
 */
import { describe, expect, it } from 'vitest';
import { line, ordersCsv } from '../helpers/cases.ts';
import { scenarioWith, tinyFiles, tinyScenario } from '../helpers/tiny.ts';
import { checkData } from '../../sim/pipeline/check.ts';
import { buildModel, preparePolicies, runPolicies, runWarnings } from '../../sim/pipeline/index.ts';
import { analyzeDecision, readinessOf } from '../../sim/pipeline/decide.ts';
import { dataFindings } from '../../sim/validate/serious.ts';
import { replicateFromRun } from '../../sim/analytics/replicates.ts';
import { Problems } from '../../sim/problems.ts';
import {
  dataQualityMarkdown,
  dataQualityTerminal,
  qualityCounts,
  qualityItems,
  qualityProblems,
} from '../../sim/report/data-quality.ts';
import { reportPage, type Libraries } from '../../sim/report/html.ts';
import { runInfo } from '../../sim/report/run-info.ts';
import { summaryMarkdown } from '../../sim/report/summary.ts';

const LIBS: Libraries = { vega: '', vegaLite: '', vegaEmbed: '' };
const SCENARIO = scenarioWith(
  '  - name: warehouse-only\n    node: WH\n  - name: closest-with-stock\nbaseline: warehouse-only\n',
  { name: 'stale' },
);
const NODES = `node_id,type,lat,lon,timezone,cutoff,ship_days,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy
WH,warehouse,2,0,America/New_York,14:00,Mon-Fri,3,0.5,1
ST,store,0.5,0,America/New_York,16:00,Mon-Sat,6,1,
`;
const SKUS = 'sku,weight_lb,length_in,width_in,height_in\nA,1,4,4,4\nC,1,,,\n';
const ORDERS = ordersCsv(
  ...Array.from({ length: 10 }, (_, i) => line(`O${i + 1}`, '06T10:00', 'A', 1, { lat: i / 100 })),
  line('O11', '07T10:00', 'C', 1),
);
const INVENTORY = 'node_id,sku,on_hand,as_of\nWH,A,8,2026-06-01\nST,A,-2,2026-06-01\nWH,C,5,2026-06-01\n';
const files = () => tinyFiles({ nodes: NODES, skus: SKUS, orders: ORDERS, inventory: INVENTORY });

/** The run pipeline as `run` drives it, up to its warnings. */
function stale() {
  const scenario = tinyScenario(SCENARIO);
  const problems = new Problems();
  const { model, data } = buildModel(scenario, files(), problems);
  const policies = preparePolicies(model, scenario, problems, data);
  const run = runPolicies(model, scenario, policies);
  const findings = dataFindings(data, scenario.config, problems.list);
  const loaded = { path: '', name: 'stale', scenario, model, data, policies, problems, hashes: [], findings };
  return { run, loaded, quality: runWarnings(run, readinessOf(loaded)) };
}

/** The keys of the items, in the order shown. */
const keys = (q: ReturnType<typeof stale>['quality']) => qualityItems(q).map((i) => i.finding.key);
const RANKED = [
  'warning:scenario.yaml:baseline-implausible',
  'inventory-stale',
  'negative-on-hand',
  'dims-missing',
  'store-accuracy-unknown',
];
const COUNTS = '7 warnings in 5 findings, most important first as validate ranks them.';

describe("a run's warnings are validate's findings, ranked as validate ranks them", () => {
  const { run, quality } = stale();

  it('lists the guard first, then the findings in the order validate gives them', () => {
    expect(keys(quality)).toEqual(RANKED);
    const validate = checkData({ files: files(), scenario: tinyScenario(SCENARIO) });
    expect(quality.findings.map((f) => f.key)).toEqual(validate.findings.map((f) => f.key));
    expect(quality.findings.map((f) => [f.key, f.count, f.serious])).toEqual([
      ['inventory-stale', 3, true],
      ['negative-on-hand', 1, true],
      ['dims-missing', 1, false],
      ['store-accuracy-unknown', 1, false],
    ]);
    // the guard names the stale stock as a likely cause
    expect(quality.guards[0]!.fix).toContain(
      "the starting stock is not the period's (inventory as_of 2026-06-01 is 35 days before the period start 2026-07-06",
    );
  });

  it("counts once: 1 guard + 3 + 1 + 1 + 1 problems are 7 warnings in 5 findings, the run's warning list", () => {
    expect(qualityCounts(quality)).toEqual({ warnings: 7, notes: 0, findings: 5 });
    const list = qualityProblems(quality);
    expect(list.map((p) => [p.file, p.line ?? null, p.code])).toEqual([
      ['scenario.yaml', null, 'baseline-implausible'],
      ['inventory.csv', 2, 'inventory-stale'],
      ['inventory.csv', 3, 'inventory-stale'],
      ['inventory.csv', 4, 'inventory-stale'],
      ['inventory.csv', 3, 'negative-on-hand'],
      ['skus.csv', 3, 'dims-missing'],
      ['nodes.csv', 3, 'node-defaulted'],
    ]);
  });

  it('prints them on the terminal numbered in that order, with the counts', () => {
    const lines = dataQualityTerminal(quality);
    expect(lines[0]).toBe(
      '7 warnings in 5 findings (the run went ahead), most important first as validate ranks them; more locations in summary.md:',
    );
    const heads = lines.filter((l) => /^ {2}\d+\. /.test(l));
    expect(heads).toEqual([
      expect.stringMatching(/^ {2}1\. \[check first\] the baseline "warehouse-only" fills 81\.8% of units/),
      '  2. [serious warning] Stale inventory (as_of more than 7 days before the period start): 3 inventory rows',
      '  3. [serious warning] Negative inventory: 1 inventory row',
      '  4. [warning] SKUs without dimensions: 1 sku',
      '  5. [warning] Stores whose inventory accuracy is unknown (defaulted): 1 store',
    ]);
    expect(lines).toContain('     at inventory.csv:2:4, inventory.csv:3:4, inventory.csv:4:4');
    expect(lines).toContain('     touches 11 of 11 orders (100.0%), 11 of 11 lines (100.0%), 11 of 11 units (100.0%)');
  });

  it('writes them to summary.md in the same order and words', () => {
    const md = summaryMarkdown(run, quality);
    const notes = md.slice(md.indexOf('## Data notes'));
    expect(notes).toContain(COUNTS);
    expect(notes).toBe(`## Data notes\n\n${dataQualityMarkdown(quality)}\n`);
    const at = [
      '1. **check first**: the baseline "warehouse-only" fills 81.8% of units',
      '2. **serious warning**: Stale inventory (as\\_of more than 7 days before the period start): 3 inventory rows',
      '   - inventory as\\_of 2026-06-01 is 35 days before the period start 2026-07-06',
      '3. **serious warning**: Negative inventory: 1 inventory row',
      '4. **warning**: SKUs without dimensions: 1 sku',
      '5. **warning**: Stores whose inventory accuracy is unknown (defaulted): 1 store',
    ].map((t) => notes.indexOf(t));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("shows them in the report's data-quality section in rank order, with the same counts", () => {
    const html = reportPage({ run, warnings: qualityProblems(quality), dataQuality: quality }, [], LIBS).html;
    const section = html.slice(html.indexOf('id="data-quality"'), html.indexOf('id="assumptions"'));
    expect(section).toContain(`<p>${COUNTS} The run went ahead; check whether they matter for the decision.</p>`);
    expect([...section.matchAll(/data-key="([^"]+)"/g)].map((m) => m[1])).toEqual(RANKED);
    expect(section).toContain(
      '<span class="sev warning">serious warning</span> <strong>Stale inventory (as_of more than 7 days before the period start): 3 inventory rows</strong>',
    );
    expect(section).toContain('<li>at <code>inventory.csv:3:3</code></li>');
  });

  it('records the counts and the ranking in run.json', () => {
    const env = { routelab: '0', node: '20', libraries: {} };
    const info = runInfo(run, [], env, quality) as {
      warnings: number;
      notes: number;
      findings: { rank: number; key: string; count: number; serious: boolean }[];
    };
    expect([info.warnings, info.notes]).toEqual([7, 0]);
    expect(info.findings.map((f) => [f.rank, f.key, f.count])).toEqual(
      RANKED.map((k, i) => [i + 1, k, [1, 3, 1, 1, 1][i]]),
    );
  });
});

describe('the shares, when the run replayed fewer orders than the data has', () => {
  it("says what they are of (validate's count of orders.csv) and how many were replayed", () => {
    const { quality } = stale();
    const fewer = { ...quality, replayed: 9 };
    const said =
      'Shares are of the 11 orders in orders.csv, as validate counts them; 9 were replayed (the notes say why not the others).';
    expect(dataQualityTerminal(fewer)[1]).toBe(`  ${said}`);
    expect(dataQualityMarkdown(fewer)).toContain(said);
    expect(dataQualityTerminal(quality)[1]).not.toContain('Shares are of');
  });
});

describe("the decision's guard names the same cause as run's warnings", () => {
  // was a bug: the decision passed every serious finding's words as the stale-stock causes
  it('names the stale stock, not the other serious findings', () => {
    const { run, quality, loaded } = stale();
    const readiness = readinessOf(loaded);
    const a = analyzeDecision(loaded, run, [replicateFromRun(run)], readiness, 'closest-with-stock');
    expect(a.decision.guards[0]!.hint).toBe(quality.guards[0]!.fix);
    expect(a.decision.guards[0]!.hint).not.toContain('Negative inventory');
  });
});
