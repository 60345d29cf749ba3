/**
 * The history report (`compare --history`) in a real browser: Debian's chromium via
 * playwright-core opens it from file:// at 1280 and 390 px wide; every chart is drawn, the
 * page never scrolls sideways, nothing is logged as an error and no request leaves the page.
 * The report is built in-process from the synthetic history in test/fixtures/history.
 * Chromium is required (a missing browser fails, see test/browser/report.test.ts).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyCommand } from '../../sim/cli/analyze.ts';
import { ROOT } from '../helpers/cli.ts';
import { ALL_DRAWN, CHROMIUM, CHROMIUM_ARGS } from '../helpers/browser.ts';

const STATE = `({
  width: document.documentElement.scrollWidth,
  view: window.innerWidth,
  charts: [...document.querySelectorAll('.vis')].map((e) => ({
    id: e.id,
    rendered: e.getAttribute('data-rendered') === 'true',
    marks: [...e.querySelectorAll('svg g.role-mark')].reduce((n, g) => n + g.children.length, 0),
  })),
})`;

let context: BrowserContext | null = null;
let profile = '';
let scratch = '';
let index = '';

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'routelab-history-report-'));
  const out = join(scratch, 'history');
  await historyCommand(
    join(ROOT, 'test', 'fixtures', 'history'),
    { switch: '2026-07-13', pilotStates: 'NY,NJ', out },
    ROOT,
  );
  index = join(out, 'index.html');
  if (!existsSync(CHROMIUM)) return;
  profile = mkdtempSync(join(tmpdir(), 'routelab-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  for (const dir of [profile, scratch]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each([1280, 390])('the history report in chromium, %i px wide', (width) => {
  it('draws every chart, fits the width, logs no error and makes no request', { timeout: 60_000 }, async () => {
    expect(context, `${CHROMIUM} is missing: apt-get install -y chromium`).not.toBeNull();
    const page = await context!.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.setViewportSize({ width, height: 900 });
    await page.goto(pathToFileURL(index).href);
    await page.waitForFunction(ALL_DRAWN, null, { timeout: 20_000 });
    const s = (await page.evaluate(STATE)) as {
      width: number;
      view: number;
      charts: { id: string; rendered: boolean; marks: number }[];
    };
    expect(s.charts.map((c) => c.id)).toEqual([
      'vis-history-rate-mix',
      'vis-history-parallel-trends',
      'vis-history-trends',
    ]);
    for (const c of s.charts) {
      expect(c.rendered, c.id).toBe(true);
      expect(c.marks, c.id).toBeGreaterThan(20);
    }
    expect(s.width, 'the page scrolls sideways').toBeLessThanOrEqual(s.view);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const shot = join(tmpdir(), `routelab-history-${width}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(50_000);
    await page.close();
  });
});
