/** The readiness report as terminal text, readiness.md and JSON. */
import { describe, expect, it } from 'vitest';
import { READY_INVENTORY, READY_ORDERS, READY_SKUS, tinyFiles, tinyScenario } from '../helpers/tiny.ts';
import { percent } from '../../sim/format/percent.ts';
import {
  readinessJson,
  readinessMarkdown,
  readinessText,
  touchText,
  type ReadinessSource,
} from '../../sim/report/readiness-report.ts';
import { checkData } from '../../sim/pipeline/check.ts';

const SOURCE: ReadinessSource = { target: 'tiny', kind: 'scenario', scenario: 'scenario.yaml', data: '.' };

const check = (orders = READY_ORDERS, inventory = READY_INVENTORY) =>
  checkData({ files: tinyFiles({ orders, inventory, skus: READY_SKUS }), scenario: tinyScenario() });

describe('percent and touchText', () => {
  it('shows one decimal, and tiny shares as <0.1%', () => {
    expect(percent(1 / 3)).toBe('33.3%');
    expect(percent(0)).toBe('0.0%');
    expect(percent(0.0001)).toBe('<0.1%');
    expect(touchText({ orders: 1, lines: 2, units: 3 }, { orders: 3000, lines: 4, units: 6 })).toBe(
      '1 of 3,000 orders (<0.1%), 2 of 4 lines (50.0%), 3 of 6 units (50.0%)',
    );
  });
});

describe('readinessText', () => {
  it('a clean set: the header, the verdict, what was not checked', () => {
    const text = readinessText(check(), SOURCE);
    expect(text.split('\n').slice(0, 8)).toEqual([
      'RouteLab data readiness: tiny',
      '  scenario  scenario.yaml',
      '  data      .',
      '  period    2026-07-06 … 2026-07-19 (from the scenario)',
      '  read      3 orders, 4 lines, 7 units; 3 skus, 2 nodes, 3 inventory rows',
      '  shipping  rate card',
      '',
      'Verdict: READY — nothing found that would change the results.',
    ]);
    expect(text).not.toContain('What to fix');
    expect(text).toContain('Not checked:\n  - capacity backlogs');
  });

  it('a blocking finding: tag, count, share, example, location and fix', () => {
    const text = readinessText(check(READY_ORDERS.replace(',C,3,', ',c,3,')), SOURCE);
    expect(text).toContain(
      'Verdict: NOT READY — 1 problem blocks a run; fix it first (each is listed with file:line:column).',
    );
    expect(text).toContain(
      [
        '  1. [blocks the run] Unknown SKUs in orders: 1 order line',
        '     touches 1 of 3 orders (33.3%), 1 of 4 lines (25.0%), 3 of 7 units (42.9%)',
        '     sku "c" is not in skus.csv',
        '     at orders.csv:5:3',
        '     → correct the sku in orders.csv, or add it to skus.csv with its weight and dimensions',
      ].join('\n'),
    );
  });

  it('shows three locations on the terminal and counts the rest', () => {
    const text = readinessText(
      check(READY_ORDERS, READY_INVENTORY.replaceAll('2026-07-03', '2026-07-10') + 'ST,A,1,2026-07-10\n'),
      SOURCE,
    );
    expect(text).toContain(
      'Verdict: READY WITH WARNINGS — the data can be replayed, but 1 finding changes what the results mean; 1 of them touches 10% or more of the orders or units: fix it before trusting the results.',
    );
    expect(text).toContain('[serious warning] Inventory counted after the period start');
    expect(text).toContain('     at inventory.csv:2:4, inventory.csv:3:4, inventory.csv:4:4 (+1 more)');
  });
});

describe('readinessMarkdown and readinessJson', () => {
  it('the markdown has the verdict, every location of a finding in code spans, and the fix', () => {
    const md = readinessMarkdown(
      check(READY_ORDERS, READY_INVENTORY.replaceAll('2026-07-03', '2026-07-10') + 'ST,A,1,2026-07-10\n'),
      SOURCE,
    );
    expect(md).toContain('# Data readiness: tiny');
    expect(md).toContain('**Verdict: ready with warnings** — the data can be replayed');
    expect(md).toContain('## What to fix, most important first');
    expect(md).toContain('   - at `inventory.csv:2:4`, `inventory.csv:3:4`, `inventory.csv:4:4`, `inventory.csv:5:4`');
    expect(md).toContain('   - what to do: use a snapshot from the period start');
  });

  it('the JSON lists the findings in rank order with their counts, shares and locations', () => {
    const json = readinessJson(
      check(READY_ORDERS.replace(',C,3,', ',c,3,') + 'O2,2026-07-06T11:00:00-04:00,A,4,43215\n'),
      SOURCE,
    ) as {
      verdict: string;
      findings: {
        rank: number;
        key: string;
        blocking: boolean;
        count: number;
        locations: string[];
        touches: unknown;
      }[];
    };
    expect(json.verdict).toBe('not ready');
    expect(json.findings.map((f) => [f.rank, f.key, f.blocking, f.count, f.locations])).toEqual([
      [1, 'unknown-sku-in-orders', true, 1, ['orders.csv:5:3']],
      [2, 'duplicate-line', false, 1, ['orders.csv:6:3']],
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
