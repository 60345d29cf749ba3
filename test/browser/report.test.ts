/**
 * The report in a real browser: Debian's chromium driven by playwright-core opens the demo
 * report from file:// and must draw every chart (an svg with marks each), log no console
 * error, make no network request (anything not file: is aborted and counted) and render
 * within 5 seconds; at 1280 and 390 px wide the page must not scroll sideways and the KPI
 * table must show the baseline and the recommended policy side by side (screenshots of both
 * in a temp folder); a screenshot is saved beside the report. A report from a tiny data set
 * with a SKU named `<img src=x onerror=alert(1)>` must show it as text and run nothing.
 *
 * Chromium is required: when /usr/bin/chromium is missing this fails (CI installs it, see
 * .ci/run; locally: `apt-get install -y chromium`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportLibraries, usStates } from '../../sim/io/report-assets.ts';
import { reportPage } from '../../sim/report/html.ts';
import {
  HOSTILE_NAME,
  HOSTILE_NODE,
  HOSTILE_POLICY,
  HOSTILE_SCENARIO,
  HOSTILE_SKU,
  hostileRun,
} from '../helpers/report.ts';
import { ALL_DRAWN, CHROMIUM, CHROMIUM_ARGS } from '../helpers/browser.ts';
import { ROOT, ROUTELAB } from '../helpers/cli.ts';

const MISSING = `${CHROMIUM} is missing: the browser check needs Debian's chromium (apt-get install -y chromium; .ci/run installs it)`;
const DEMO = join(ROOT, 'reports', 'three-location');

// code run in the page (as text: the project's TypeScript has no DOM types)
const CHARTS = `[...document.querySelectorAll('.vis')].map((e) => ({
  id: e.id,
  rendered: e.getAttribute('data-rendered') === 'true',
  svgs: e.querySelectorAll('svg').length,
  marks: [...e.querySelectorAll('svg g.role-mark')].reduce((n, g) => n + g.children.length, 0),
}))`;

/** How the page fits its viewport: its scroll width, the KPI table's header cells, the widest chart. */
const FIT = `(() => {
  const cols = [...document.querySelectorAll('table.kpi thead th')].map((th) => {
    const r = th.getBoundingClientRect();
    const tag = th.querySelector('.name');
    return { text: th.childNodes[0] ? th.childNodes[0].textContent : '', tag: tag ? tag.textContent : '', focus: th.classList.contains('focus'), left: r.left, right: r.right };
  });
  const charts = [...document.querySelectorAll('.vis')].map((e) => e.getBoundingClientRect().right);
  const text = [...document.querySelectorAll('.vis svg text')].map((t) => t.getBoundingClientRect().height).filter((h) => h > 0).sort((a, b) => a - b);
  return { scrollWidth: document.documentElement.scrollWidth, columns: cols, widestChart: Math.max(0, ...charts), smallText: text[Math.floor(text.length / 10)] };
})()`;
interface Fit {
  scrollWidth: number;
  columns: { text: string; tag: string; focus: boolean; left: number; right: number }[];
  widestChart: number;
  /** The 10th percentile of the charts' label heights on screen, in px. */
  smallText: number;
}

let context: BrowserContext | null = null;
let profile = '';
let scratch = '';

interface Visit {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
  /** ms from navigation to every chart drawn. */
  ms: number;
}

/** Opens a report page and waits until every chart has been drawn (or failed). */
async function visit(file: string): Promise<Visit> {
  if (!context) throw new Error(MISSING);
  const page = await context.newPage();
  const v: Visit = { page, errors: [], requests: [], dialogs: [], ms: 0 };
  page.on('console', (m) => {
    if (m.type() === 'error') v.errors.push(m.text());
  });
  page.on('pageerror', (e) => v.errors.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    v.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    v.requests.push(url);
    return route.abort();
  });
  const started = Date.now();
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(ALL_DRAWN, null, { timeout: 20_000 });
  v.ms = Date.now() - started;
  return v;
}

/** Per chart: whether vega-embed finished, and how many marks its svg holds. */
function charts(page: Page): Promise<{ id: string; rendered: boolean; svgs: number; marks: number }[]> {
  return page.evaluate(CHARTS);
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'routelab-report-'));
  if (!existsSync(CHROMIUM)) return; // the first test fails with MISSING
  // the demo report, exactly as `npm run demo` writes it
  const r = spawnSync(process.execPath, [ROUTELAB, 'run', 'three-location', '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 100_000,
  });
  if (r.status !== 0) throw new Error(`npm run demo failed (${r.status}):\n${r.stderr}`);
  profile = mkdtempSync(join(tmpdir(), 'routelab-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  for (const dir of [profile, scratch]) if (dir) rmSync(dir, { recursive: true, force: true });
});

it("has Debian's chromium to run the check with (a missing browser fails the check, it does not skip it)", () => {
  expect(existsSync(CHROMIUM), MISSING).toBe(true);
});

describe('the demo report in chromium', () => {
  let v: Visit;
  beforeAll(async () => {
    v = await visit(join(DEMO, 'index.html'));
  }, 60_000);
  afterAll(async () => v?.page.close());

  it('draws every chart as an svg with marks', async () => {
    const drawn = await charts(v.page);
    expect(drawn.map((c) => c.id)).toEqual([
      'vis-kpi-bars',
      'vis-cost-waterfall',
      'vis-roi-cash-flow',
      'vis-tornado',
      'vis-effect-ladder',
      'vis-weekly-trends',
      'vis-node-mix',
      'vis-node-utilization',
      'vis-destination-map',
      'vis-segments',
      'vis-pre-post',
      'vis-pilot-sizing',
      'vis-reasons',
    ]);
    for (const c of drawn) {
      expect(c.rendered, c.id).toBe(true);
      expect(c.svgs, c.id).toBeGreaterThanOrEqual(1);
      expect(c.marks, c.id).toBeGreaterThan(5);
    }
  });

  it('logs no console error and makes no network request', () => {
    expect(v.errors).toEqual([]);
    expect(v.requests).toEqual([]);
    expect(v.dialogs).toEqual([]);
  });

  it('opens and draws within 5 seconds, and shows the verdict first', async () => {
    expect(v.ms).toBeLessThan(5000);
    const verdict = await v.page.locator('#verdict').innerText();
    expect(verdict).toMatch(
      /^(Switch to|Keep|Run a phased pilot of|Fix the foundation first, then pilot) |is not worth a pilot yet/,
    );
    const size = statSync(join(DEMO, 'index.html')).size;
    expect(size).toBeLessThan(2_000_000);
    console.log(`demo report: ${(size / 1024).toFixed(0)} KB, opened and drawn in ${v.ms} ms`);
  });

  it('fits the page at 1280 and 390 px: no sideways scroll, the baseline and the recommended policy side by side', async () => {
    for (const width of [1280, 390]) {
      await v.page.setViewportSize({ width, height: 900 });
      const fit = (await v.page.evaluate(FIT)) as Fit;
      expect(fit.scrollWidth, `page width at ${width} px`).toBeLessThanOrEqual(width);
      // the recommended (shaded) column comes right after the baseline, wholly on screen
      expect(fit.columns.slice(0, 3).map((c) => c.tag)).toEqual(['', 'baseline', fit.columns[2]!.tag]);
      expect(fit.columns[2]!.tag, 'the shaded column is tagged').toMatch(/^(recommended|decided on)/);
      expect(fit.columns[2]!.focus).toBe(true);
      for (const c of fit.columns.slice(0, 3)) {
        expect(c.left, `${c.text} at ${width} px`).toBeGreaterThanOrEqual(0);
        expect(c.right, `${c.text} at ${width} px`).toBeLessThanOrEqual(width);
      }
      // at 1280 px every column of the demo's table is on screen; at 390 px the rest scroll inside the table
      if (width === 1280) expect(Math.max(...fit.columns.map((c) => c.right))).toBeLessThanOrEqual(width);
      // every chart's box fits; a chart wider than the box scrolls inside it, its labels readable (11 px drawn at ≥ 80%)
      expect(fit.widestChart, `widest chart at ${width} px`).toBeLessThanOrEqual(width);
      expect(fit.smallText, `chart label height at ${width} px`).toBeGreaterThanOrEqual(8);
      const shot = join(scratch, `report-${width}.png`);
      await v.page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size, shot).toBeGreaterThan(50_000);
    }
    await v.page.setViewportSize({ width: 1280, height: 900 });
  });

  it('saves a screenshot beside the report', async () => {
    const shot = join(DEMO, 'screenshot.png');
    await v.page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(50_000);
  });
});

describe('a report with hostile names in chromium', () => {
  let v: Visit;
  beforeAll(async () => {
    if (!context) throw new Error(MISSING);
    const run = hostileRun();
    const warnings = [
      {
        severity: 'warning' as const,
        code: 'no-weight',
        file: 'skus.csv',
        line: 3,
        field: 'weight_lb',
        message: `sku "${HOSTILE_SKU}" has no weight`,
        hint: 'add it',
      },
    ];
    const file = join(scratch, 'index.html');
    writeFileSync(file, reportPage({ run, warnings }, usStates(), reportLibraries()).html);
    v = await visit(file);
  }, 60_000);
  afterAll(async () => v?.page.close());

  it('shows the SKU, node, policy, product and scenario names as text', async () => {
    const text = await v.page.locator('body').innerText();
    for (const s of [HOSTILE_SKU, HOSTILE_NODE, HOSTILE_POLICY, HOSTILE_SCENARIO]) expect(text).toContain(s);
    expect(text).toContain(HOSTILE_NAME.split('\u2028')[0]); // the product name, up to its line separator
    expect(await v.page.title()).toBe(`RouteLab: ${HOSTILE_SCENARIO}`);
    // inside the charts too, as svg text
    const kpi = await v.page.locator('#vis-kpi-bars svg.marks').textContent();
    expect(kpi).toContain(HOSTILE_POLICY);
  });

  it('runs nothing: no dialog, no injected element, no request, no error', async () => {
    expect(v.dialogs).toEqual([]);
    expect(await v.page.locator('img[src="x"], body > svg, b[onmouseover]').count()).toBe(0);
    expect(await v.page.evaluate("document.querySelectorAll('script').length")).toBe(5);
    expect(v.requests).toEqual([]);
    expect(v.errors).toEqual([]);
    const drawn = await charts(v.page);
    for (const c of drawn) expect(c.rendered, c.id).toBe(true);
  });
});
