/**
 * scenario.yaml → checked scenario (sim/scenario/parse.ts) and the YAML-with-positions
 * helpers under it (sim/scenario/yaml.ts). Every line and column below was counted by hand
 * on TINY_SCENARIO (test/helpers/tiny.ts), whose layout is pinned by the first test:
 *
 *    1 name: tiny
 *    2 data: .
 *    3 period: { start: 2026-07-06, end: 2026-07-19 }      start value col 18, end value col 35
 *    4 timezone: America/New_York
 *    5 seed: 7                                             value col 7
 *    6 shipping:
 *    7   model: rate-card
 *    8   dim_divisor: 100
 *    9   fuel_surcharge_pct: 10                            key col 3
 *   10   residential_surcharge: 1
 *   11 promise:
 *   12   ship_sla_business_days: 1
 *   13   delivery_business_days: { standard: 3 }
 *   14 costs: { manual_touch: 5, cancellation_per_order: 8, cancellation_per_unit: 1 }
 *   15 policies:
 *   16   - name: warehouse-only                            entry col 5, name value col 11
 *   17     node: WH                                        key col 5, value col 11
 *   18   - name: closest-with-stock
 *   19   - name: fewest-packages
 *   20 baseline: warehouse-only                            value col 11
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Problems, type Problem } from '../../sim/problems.ts';
import { parseScenario, type Scenario } from '../../sim/scenario/parse.ts';
import { POLICIES } from '../../sim/policies/registry.ts';
import { scenarioSchema } from '../../sim/scenario/schema.ts';
import { checkYaml, knownKeys, parseYaml, positionOf, type YamlSource } from '../../sim/scenario/yaml.ts';
import { TINY_SCENARIO } from '../helpers/tiny.ts';

interface Parsed {
  scenario: Scenario | null;
  errors: Problem[];
  all: Problem[];
}

function parse(text: string): Parsed {
  const problems = new Problems();
  const scenario = parseScenario(text, 'scenario.yaml', problems, POLICIES);
  return { scenario, errors: problems.errors, all: problems.list };
}

/** TINY_SCENARIO with each `[from, to]` replaced once; fails loudly when `from` is not there. */
function edit(...pairs: [string, string][]): string {
  let text = TINY_SCENARIO;
  for (const [from, to] of pairs) {
    expect(text, `TINY_SCENARIO should contain ${JSON.stringify(from)}`).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

/** The only error, checked to be the only one. */
function onlyError(text: string): Problem {
  const { scenario, errors } = parse(text);
  expect(scenario).toBeNull();
  expect(errors.map((e) => `${e.line}:${e.column} ${e.code} ${e.message}`)).toHaveLength(1);
  return errors[0]!;
}

/** The error with this field (exactly one). */
function errorAt(errors: Problem[], field: string): Problem {
  const hits = errors.filter((e) => e.field === field);
  expect(
    hits.map((e) => e.message),
    `errors for ${field}`,
  ).toHaveLength(1);
  return hits[0]!;
}

const where = (p: Problem) => ({ file: p.file, line: p.line, column: p.column, field: p.field, code: p.code });

describe('parseScenario: a valid scenario', () => {
  it('TINY_SCENARIO has the layout the positions in this file were counted on', () => {
    const lines = TINY_SCENARIO.split('\n');
    expect(lines[2]).toBe('period: { start: 2026-07-06, end: 2026-07-19 }');
    expect(lines[4]).toBe('seed: 7');
    expect(lines[8]).toBe('  fuel_surcharge_pct: 10');
    expect(lines[11]).toBe('  ship_sla_business_days: 1');
    expect(lines[14]).toBe('policies:');
    expect(lines[15]).toBe('  - name: warehouse-only');
    expect(lines[16]).toBe('    node: WH');
    expect(lines[18]).toBe('  - name: fewest-packages');
    expect(lines[19]).toBe('baseline: warehouse-only');
  });

  it('parses TINY_SCENARIO with no problems, keeping every value as written', () => {
    const { scenario, all } = parse(TINY_SCENARIO);
    expect(all).toEqual([]);
    expect(scenario).not.toBeNull();
    const s = scenario!;
    expect(s.file).toBe('scenario.yaml');
    expect(s.baseline).toBe('warehouse-only');
    expect(s.config.name).toBe('tiny');
    expect(s.config.data).toBe('.');
    expect(s.config.period).toEqual({ start: '2026-07-06', end: '2026-07-19' });
    expect(s.config.timezone).toBe('America/New_York');
    expect(s.config.seed).toBe(7);
    expect(s.config.promise).toEqual({ ship_sla_business_days: 1, delivery_business_days: { standard: 3 } });
    expect(s.config.costs).toEqual({ manual_touch: 5, cancellation_per_order: 8, cancellation_per_unit: 1 });
    expect(
      s.policies.map((p) => ({
        name: p.name,
        use: p.use,
        definition: p.definition.name,
        settings: p.settings,
        position: p.position,
      })),
    ).toEqual([
      {
        name: 'warehouse-only',
        use: 'warehouse-only',
        definition: 'warehouse-only',
        settings: { node: 'WH' },
        position: { line: 16, column: 5 },
      },
      {
        name: 'closest-with-stock',
        use: 'closest-with-stock',
        definition: 'closest-with-stock',
        settings: {},
        position: { line: 18, column: 5 },
      },
      {
        name: 'fewest-packages',
        use: 'fewest-packages',
        definition: 'fewest-packages',
        settings: {},
        position: { line: 19, column: 5 },
      },
    ]);
  });

  it('fills in the documented defaults for everything TINY_SCENARIO leaves out', () => {
    const c = parse(TINY_SCENARIO).scenario!.config;
    expect(c.shipping).toEqual({
      model: 'rate-card',
      rate_card: 'rate_card.csv',
      transit: 'transit.csv',
      dim_divisor: 100,
      fuel_surcharge_pct: 10,
      residential_surcharge: 1,
      illustrative: false,
      services: {},
      transit_delay: { probability: 0, days: 1 },
    });
    expect(c.holidays).toEqual([]);
    expect(c.node_defaults).toEqual({});
    expect(c.default_weight_lb).toBe(1);
    expect(c.backorder).toEqual({ max_wait_days: 0 });
    expect(c.replenishment).toBeUndefined();
  });

  it('defaults promise.ship_sla_business_days to 1 when only the delivery days are given', () => {
    const { scenario, all } = parse(edit(['  ship_sla_business_days: 1\n', '']));
    expect(all).toEqual([]);
    expect(scenario!.config.promise).toEqual({ ship_sla_business_days: 1, delivery_business_days: { standard: 3 } });
  });

  it('defaults promise, costs, timezone, seed and baseline when they are left out entirely', () => {
    const text = edit(
      ['promise:\n  ship_sla_business_days: 1\n  delivery_business_days: { standard: 3 }\n', ''],
      ['costs: { manual_touch: 5, cancellation_per_order: 8, cancellation_per_unit: 1 }\n', ''],
      ['timezone: America/New_York\n', ''],
      ['seed: 7\n', ''],
      ['baseline: warehouse-only\n', ''],
    );
    const { scenario, all } = parse(text);
    expect(all).toEqual([]);
    const c = scenario!.config;
    expect(c.promise).toEqual({ ship_sla_business_days: 1, delivery_business_days: { standard: 5 } });
    expect(c.costs).toEqual({ manual_touch: 0, cancellation_per_order: 0, cancellation_per_unit: 0 });
    expect(c.timezone).toBe('America/New_York');
    expect(c.seed).toBe(1);
    expect(scenario!.baseline).toBe('warehouse-only'); // the first policy
  });

  it('lets two entries use the same policy under different names, and names a later one as baseline', () => {
    const text = edit(
      ['  - name: fewest-packages\n', '  - name: from-store\n    use: warehouse-only\n    node: ST\n'],
      ['baseline: warehouse-only', 'baseline: from-store'],
    );
    const { scenario, all } = parse(text);
    expect(all).toEqual([]);
    expect(scenario!.baseline).toBe('from-store');
    expect(scenario!.policies.map((p) => [p.name, p.use, p.settings])).toEqual([
      ['warehouse-only', 'warehouse-only', { node: 'WH' }],
      ['closest-with-stock', 'closest-with-stock', {}],
      ['from-store', 'warehouse-only', { node: 'ST' }],
    ]);
  });
});

describe('parseScenario: misspelled keys', () => {
  it('names a misspelled top-level key (sead) at its line and column and suggests seed', () => {
    const e = onlyError(edit(['seed: 7', 'sead: 7']));
    expect(where(e)).toEqual({ file: 'scenario.yaml', line: 5, column: 1, field: 'sead', code: 'unknown-key' });
    expect(e.severity).toBe('error');
    expect(e.message).toContain('"sead"');
    expect(e.hint).toBe('did you mean "seed"?');
  });

  it('names a misspelled required top-level key (polices) and suggests policies', () => {
    const { scenario, errors } = parse(edit(['policies:', 'polices:']));
    expect(scenario).toBeNull();
    const e = errorAt(errors, 'polices');
    expect(where(e)).toEqual({ file: 'scenario.yaml', line: 15, column: 1, field: 'polices', code: 'unknown-key' });
    expect(e.message).toContain('"polices"');
    expect(e.hint).toBe('did you mean "policies"?');
  });

  it('names a misspelled nested key with its full path (shipping.fuel_surchage_pct)', () => {
    const e = onlyError(edit(['fuel_surcharge_pct: 10', 'fuel_surchage_pct: 10']));
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 9,
      column: 3,
      field: 'shipping.fuel_surchage_pct',
      code: 'unknown-key',
    });
    expect(e.message).toContain('"fuel_surchage_pct"');
    expect(e.hint).toBe('did you mean "fuel_surcharge_pct"?');
  });

  it('finds a misspelled key inside another nested block (promise.ship_sla_busines_days)', () => {
    const e = onlyError(edit(['ship_sla_business_days', 'ship_sla_busines_days']));
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 12,
      column: 3,
      field: 'promise.ship_sla_busines_days',
      code: 'unknown-key',
    });
    expect(e.hint).toBe('did you mean "ship_sla_business_days"?');
  });

  it('finds a misspelled key inside a flow map, at the key (shipping.transit_delay.probabilty)', () => {
    // line 11: "  transit_delay: { probabilty: 0.1 }" → the key starts at column 20
    const e = onlyError(
      edit(['  residential_surcharge: 1\n', '  residential_surcharge: 1\n  transit_delay: { probabilty: 0.1 }\n']),
    );
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 11,
      column: 20,
      field: 'shipping.transit_delay.probabilty',
      code: 'unknown-key',
    });
    expect(e.hint).toBe('did you mean "probability"?');
  });

  it('finds a misspelled node_defaults setting (node_defaults.store.cutof)', () => {
    // line 7: "  store: { cutof: "15:00" }" → the key starts at column 12
    const e = onlyError(edit(['seed: 7\n', 'seed: 7\nnode_defaults:\n  store: { cutof: "15:00" }\n']));
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 7,
      column: 12,
      field: 'node_defaults.store.cutof',
      code: 'unknown-key',
    });
    expect(e.hint).toBe('did you mean "cutoff"?');
  });

  it('suggests the node type for a misspelled node_defaults type (wearhouse → warehouse)', () => {
    const e = onlyError(edit(['seed: 7\n', 'seed: 7\nnode_defaults:\n  wearhouse: { cutoff: "14:00" }\n']));
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 7,
      column: 3,
      field: 'node_defaults.wearhouse',
      code: 'unknown-key',
    });
    expect(e.message).toContain('"wearhouse"');
    expect(e.hint).toContain('did you mean "warehouse"?');
  });

  it('does not call a rate-card setting under the linear model a typo of itself', () => {
    const text = edit([
      '  model: rate-card\n  dim_divisor: 100\n  fuel_surcharge_pct: 10\n  residential_surcharge: 1\n',
      '  model: linear\n  per_package: 5\n  fuel_surcharge_pct: 10\n',
    ]);
    const e = onlyError(text);
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 9,
      column: 3,
      field: 'shipping.fuel_surcharge_pct',
      code: 'unknown-key',
    });
    // "did you mean the key you wrote?" leaves the reader stuck; the key belongs to the rate-card model
    expect(e.hint).not.toContain('did you mean "fuel_surcharge_pct"');
    expect(e.hint).toMatch(/rate-card/);
  });

  it('offers no suggestion for a key that resembles nothing, and says what to do instead', () => {
    const e = onlyError(edit(['seed: 7', 'xyzzy: 7']));
    expect(where(e)).toEqual({ file: 'scenario.yaml', line: 5, column: 1, field: 'xyzzy', code: 'unknown-key' });
    expect(e.hint).not.toContain('did you mean');
    expect(e.hint).toMatch(/remove it/);
  });
});

describe('parseScenario: wrong values and missing keys', () => {
  it('reports a wrong type (seed: [1]) at the value', () => {
    const e = onlyError(edit(['seed: 7', 'seed: [1]']));
    expect(where(e)).toEqual({ file: 'scenario.yaml', line: 5, column: 7, field: 'seed', code: 'bad-setting' });
    expect(e.message).toMatch(/^seed\b/);
  });

  it('says what a seed must be when it has the wrong type', () => {
    const e = onlyError(edit(['seed: 7', 'seed: [1]']));
    // "seed: Invalid input" does not tell a stranger what to write instead
    expect(`${e.message} ${e.hint}`).toMatch(/whole number|integer/i);
  });

  it('reports a number of the wrong type with what was expected (fuel_surcharge_pct: 10%)', () => {
    const e = onlyError(edit(['fuel_surcharge_pct: 10', 'fuel_surcharge_pct: 10%']));
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 9,
      column: 23,
      field: 'shipping.fuel_surcharge_pct',
      code: 'bad-setting',
    });
    expect(e.message).toMatch(/expected number/);
  });

  it('reports a missing required key (no data:) by name', () => {
    const e = onlyError(edit(['data: .\n', '']));
    expect(where(e)).toEqual({ file: 'scenario.yaml', line: 1, column: 1, field: 'data', code: 'bad-setting' });
    expect(e.message).toBe('data is required');
    expect(e.hint).toMatch(/README/);
  });

  it('reports a missing nested key (period.start) at its parent', () => {
    const e = onlyError(edit(['start: 2026-07-06, ', '']));
    expect(where(e)).toEqual({ file: 'scenario.yaml', line: 3, column: 9, field: 'period.start', code: 'bad-setting' });
    expect(e.message).toBe('period.start is required');
  });

  it('reports a date that is not on the calendar (period.start 2026-02-30) at the value', () => {
    const e = onlyError(edit(['start: 2026-07-06', 'start: 2026-02-30']));
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 3,
      column: 18,
      field: 'period.start',
      code: 'bad-setting',
    });
    expect(e.message).toMatch(/not a calendar date/);
    expect(e.message).toMatch(/YYYY-MM-DD/);
  });

  it('reports a date in another format (period.end: July 19) at the value', () => {
    const e = onlyError(edit(['end: 2026-07-19', 'end: July 19']));
    expect(where(e)).toEqual({ file: 'scenario.yaml', line: 3, column: 35, field: 'period.end', code: 'bad-setting' });
    expect(e.message).toMatch(/YYYY-MM-DD/);
  });

  it('reports period.end before period.start at period.end', () => {
    const e = onlyError(edit(['end: 2026-07-19', 'end: 2026-07-01']));
    expect(where(e)).toEqual({ file: 'scenario.yaml', line: 3, column: 35, field: 'period.end', code: 'bad-period' });
    expect(e.message).toBe('period.end is before period.start');
    expect(e.hint).toMatch(/swap/);
  });

  it('accepts a one-day period (end equal to start)', () => {
    const { scenario, all } = parse(edit(['end: 2026-07-19', 'end: 2026-07-06']));
    expect(all).toEqual([]);
    expect(scenario!.config.period).toEqual({ start: '2026-07-06', end: '2026-07-06' });
  });

  it('reports a bad holiday by its index, at the value', () => {
    // line 6: "holidays: [2026-07-03, 2026-13-01]" → the second date starts at column 24
    const e = onlyError(edit(['seed: 7\n', 'seed: 7\nholidays: [2026-07-03, 2026-13-01]\n']));
    expect(where(e)).toEqual({ file: 'scenario.yaml', line: 6, column: 24, field: 'holidays[1]', code: 'bad-setting' });
  });

  it('reports a time zone that does not exist', () => {
    const e = onlyError(edit(['timezone: America/New_York', 'timezone: America/NewYork']));
    expect(where(e)).toEqual({ file: 'scenario.yaml', line: 4, column: 11, field: 'timezone', code: 'bad-setting' });
    expect(e.message).toMatch(/IANA/);
  });

  it('says what to write when the scenario file is empty', () => {
    const { scenario, errors } = parse('');
    expect(scenario).toBeNull();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.line).toBe(1);
    // "Invalid input: expected object, received null" leaves a stranger guessing
    expect(errors.map((e) => `${e.message} ${e.hint}`).join('\n')).toMatch(/empty|data/);
  });
});

describe('parseScenario: policies and baseline', () => {
  it('reports an unknown policy name with a "did you mean" and the known policies', () => {
    const e = onlyError(edit(['- name: fewest-packages', '- name: fewest-package']));
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 19,
      column: 11,
      field: 'policies[2].name',
      code: 'unknown-policy',
    });
    expect(e.message).toBe('policy "fewest-package" is not a known policy');
    expect(e.hint).toContain('did you mean "fewest-packages"?');
    expect(e.hint).toContain(
      'cheapest, closest-with-stock, fewest-packages, lp-dilated, lp-priority, pilot, rollout, rules, store-for-local, warehouse-only',
    );
  });

  it('reports an unknown policy given with use: at the use value', () => {
    const text = edit(['  - name: fewest-packages\n', '  - name: fp\n    use: fewest-pakages\n']);
    const e = onlyError(text);
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 20,
      column: 10,
      field: 'policies[2].use',
      code: 'unknown-policy',
    });
    expect(e.message).toContain('"fewest-pakages"');
    expect(e.hint).toContain('did you mean "fewest-packages"?');
  });

  it('reports an unknown policy setting (nodee under warehouse-only) with its suggestion', () => {
    const e = onlyError(edit(['    node: WH', '    nodee: WH']));
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 17,
      column: 5,
      field: 'policies[0].nodee',
      code: 'unknown-key',
    });
    expect(e.message).toContain('"nodee"');
    expect(e.hint).toBe('did you mean "node"?');
  });

  it('reports a policy setting of the wrong type at its value', () => {
    const e = onlyError(edit(['    node: WH', '    node: [WH]']));
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 17,
      column: 11,
      field: 'policies[0].node',
      code: 'bad-setting',
    });
  });

  it('reports a setting given to a policy that takes none', () => {
    const e = onlyError(edit(['  - name: closest-with-stock\n', '  - name: closest-with-stock\n    node: ST\n']));
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 19,
      column: 5,
      field: 'policies[1].node',
      code: 'unknown-key',
    });
  });

  it('reports a duplicate policy name at the second one', () => {
    const e = onlyError(edit(['- name: fewest-packages', '- name: closest-with-stock']));
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 19,
      column: 11,
      field: 'policies[2].name',
      code: 'duplicate-policy',
    });
    expect(e.message).toBe('two policies are named "closest-with-stock"');
    expect(e.hint).toMatch(/own name/);
  });

  it('reports a baseline that is not one of the policies, listing them', () => {
    const e = onlyError(edit(['baseline: warehouse-only', 'baseline: warehouse']));
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 20,
      column: 11,
      field: 'baseline',
      code: 'unknown-baseline',
    });
    expect(e.message).toBe('baseline "warehouse" is not one of the scenario\'s policies');
    expect(e.hint).toBe('set baseline to one of: warehouse-only, closest-with-stock, fewest-packages');
  });

  it('reports a baseline that names a registered policy the scenario does not run', () => {
    const text = edit(['  - name: fewest-packages\n', ''], ['baseline: warehouse-only', 'baseline: fewest-packages']);
    const e = onlyError(text);
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 19,
      column: 11,
      field: 'baseline',
      code: 'unknown-baseline',
    });
  });

  it('reports an empty policies list', () => {
    const text = edit([
      'policies:\n  - name: warehouse-only\n    node: WH\n  - name: closest-with-stock\n  - name: fewest-packages\nbaseline: warehouse-only\n',
      'policies: []\n',
    ]);
    const e = onlyError(text);
    expect(where(e)).toEqual({ file: 'scenario.yaml', line: 15, column: 11, field: 'policies', code: 'bad-setting' });
  });
});

describe('parseScenario: YAML syntax', () => {
  it('reports a key without its colon at its line, as a YAML problem', () => {
    const e = onlyError(edit(['seed: 7', 'seed 7']));
    expect(where(e)).toEqual({ file: 'scenario.yaml', line: 5, column: 1, field: undefined, code: 'yaml-syntax' });
    expect(e.message).toMatch(/^the scenario is not valid YAML: /);
    expect(e.hint).toMatch(/colon/);
  });

  it('reports a tab used for indentation at its line', () => {
    const { scenario, errors } = parse(edit(['  model: rate-card', '\tmodel: rate-card']));
    expect(scenario).toBeNull();
    expect(errors.every((e) => e.code === 'yaml-syntax')).toBe(true);
    expect({ line: errors[0]!.line, column: errors[0]!.column }).toEqual({ line: 7, column: 1 });
    expect(errors[0]!.message).toMatch(/Tabs/);
    expect(errors[0]!.hint).toMatch(/spaces, not tabs/);
  });

  it('reports a key given twice at the second one', () => {
    const e = onlyError(edit(['seed: 7\n', 'seed: 7\nseed: 8\n']));
    expect(where(e)).toEqual({ file: 'scenario.yaml', line: 6, column: 1, field: undefined, code: 'yaml-syntax' });
    expect(e.message).toMatch(/unique/);
  });
});

describe('parseScenario: every problem at once', () => {
  it('reports six problems in different parts of the file in one call', () => {
    const text = edit(
      ['start: 2026-07-06', 'start: 2026-02-30'], // line 3: bad date
      ['seed: 7', 'sead: 7'], // line 5: unknown top-level key
      ['fuel_surcharge_pct: 10', 'fuel_surchage_pct: 10'], // line 9: unknown nested key
      ['    node: WH', '    nodee: WH'], // line 17: unknown policy setting
      ['- name: fewest-packages', '- name: fewest-package'], // line 19: unknown policy
      ['baseline: warehouse-only', 'baseline: warehouse'], // line 20: unknown baseline
    );
    const { scenario, errors } = parse(text);
    expect(scenario).toBeNull();
    const seen = errors.map(where).sort((a, b) => a.line! - b.line!);
    expect(seen).toEqual([
      { file: 'scenario.yaml', line: 3, column: 18, field: 'period.start', code: 'bad-setting' },
      { file: 'scenario.yaml', line: 5, column: 1, field: 'sead', code: 'unknown-key' },
      { file: 'scenario.yaml', line: 9, column: 3, field: 'shipping.fuel_surchage_pct', code: 'unknown-key' },
      { file: 'scenario.yaml', line: 17, column: 5, field: 'policies[0].nodee', code: 'unknown-key' },
      { file: 'scenario.yaml', line: 19, column: 11, field: 'policies[2].name', code: 'unknown-policy' },
      { file: 'scenario.yaml', line: 20, column: 11, field: 'baseline', code: 'unknown-baseline' },
    ]);
    expect(errorAt(errors, 'sead').hint).toBe('did you mean "seed"?');
    expect(errorAt(errors, 'shipping.fuel_surchage_pct').hint).toBe('did you mean "fuel_surcharge_pct"?');
    expect(errorAt(errors, 'policies[0].nodee').hint).toBe('did you mean "node"?');
    expect(errorAt(errors, 'policies[2].name').hint).toContain('did you mean "fewest-packages"?');
  });

  it('still checks policies when the top-level policies key is fine but another key is misspelled', () => {
    const { errors } = parse(edit(['seed: 7', 'sead: 7'], ['    node: WH', '    nodee: WH']));
    expect(errors.map((e) => e.field).sort()).toEqual(['policies[0].nodee', 'sead']);
  });
});

describe('yaml.ts: parseYaml and positionOf', () => {
  const source = (text: string): YamlSource => {
    const problems = new Problems();
    const src = parseYaml(text, 'x.yaml', problems);
    expect(problems.list).toEqual([]);
    return src!;
  };

  it('parses text into a document that keeps line positions', () => {
    const src = source(TINY_SCENARIO);
    expect(src.file).toBe('x.yaml');
    expect(src.doc.toJS()).toMatchObject({
      name: 'tiny',
      seed: 7,
      policies: [{ name: 'warehouse-only', node: 'WH' }, { name: 'closest-with-stock' }, { name: 'fewest-packages' }],
    });
  });

  it('records a syntax error with its 1-based line and column and returns null', () => {
    const problems = new Problems();
    expect(parseYaml('a: 1\nb 2\n', 'x.yaml', problems)).toBeNull();
    expect(problems.list.map((p) => ({ file: p.file, line: p.line, column: p.column, code: p.code }))).toEqual([
      { file: 'x.yaml', line: 2, column: 1, code: 'yaml-syntax' },
    ]);
  });

  it('finds values and keys by path', () => {
    const src = source(TINY_SCENARIO);
    expect(positionOf(src, ['seed'])).toEqual({ line: 5, column: 7 }); // the value
    expect(positionOf(src, [], 'seed')).toEqual({ line: 5, column: 1 }); // the key
    expect(positionOf(src, ['shipping'], 'fuel_surcharge_pct')).toEqual({ line: 9, column: 3 });
    expect(positionOf(src, ['period', 'end'])).toEqual({ line: 3, column: 35 });
    expect(positionOf(src, ['policies', 0])).toEqual({ line: 16, column: 5 });
    expect(positionOf(src, ['policies', 0, 'node'])).toEqual({ line: 17, column: 11 });
    expect(positionOf(src, ['policies', 2, 'name'])).toEqual({ line: 19, column: 11 });
  });

  it('falls back to the nearest parent that exists, and to 1:1 for an empty document', () => {
    const src = source(TINY_SCENARIO);
    expect(positionOf(src, ['shipping', 'rate_card'])).toEqual({ line: 7, column: 3 }); // the shipping map
    expect(positionOf(src, ['shipping'], 'no_such_key')).toEqual({ line: 7, column: 3 });
    expect(positionOf(src, ['no_such_key'])).toEqual({ line: 1, column: 1 }); // the document
    expect(positionOf(source(''), ['anything'])).toEqual({ line: 1, column: 1 });
  });
});

describe('yaml.ts: knownKeys and checkYaml', () => {
  it('lists the keys an object accepts at a path, through defaults, unions, arrays and records', () => {
    expect(knownKeys(scenarioSchema, []).sort()).toEqual([
      'backorder',
      'baseline',
      'costs',
      'data',
      'default_weight_lb',
      'description',
      'holidays',
      'inventory',
      'name',
      'node_defaults',
      'period',
      'policies',
      'promise',
      'replay_cancelled',
      'replenishment',
      'roi',
      'seed',
      'shipping',
      'timezone',
    ]);
    expect(knownKeys(scenarioSchema, ['promise']).sort()).toEqual(['delivery_business_days', 'ship_sla_business_days']);
    expect(knownKeys(scenarioSchema, ['inventory'])).toEqual(['start']);
    expect(scenarioSchema.shape.inventory.safeParse({ start: 'rebuilt' }).success).toBe(false);
    expect(scenarioSchema.shape.inventory.parse({})).toEqual({ start: 'as-counted' });
    expect(knownKeys(scenarioSchema, ['shipping', 'transit_delay']).sort()).toEqual(['days', 'probability']);
    expect(knownKeys(scenarioSchema, ['node_defaults', 'store']).sort()).toEqual([
      'cutoff',
      'inventory_accuracy',
      'pick_cost_per_extra_unit',
      'pick_cost_per_order',
      'ship_days',
    ]);
    expect(knownKeys(scenarioSchema, ['policies', 0]).sort()).toEqual(['compare_to', 'name', 'use']);
    const shipping = knownKeys(scenarioSchema, ['shipping']);
    expect(shipping).toEqual(
      expect.arrayContaining([
        'model',
        'rate_card',
        'fuel_surcharge_pct',
        'per_package',
        'transit_business_days_by_zone',
      ]),
    );
    expect(knownKeys(scenarioSchema, ['seed'])).toEqual([]);
  });

  it('returns the parsed value (defaults filled in) when it fits the schema', () => {
    const schema = z.strictObject({ count: z.number().int(), label: z.string().default('none') });
    const problems = new Problems();
    const src = parseYaml('count: 3\n', 'x.yaml', problems)!;
    expect(checkYaml(schema, src.doc.toJS(), src, problems)).toEqual({ count: 3, label: 'none' });
    expect(problems.list).toEqual([]);
  });

  it('records one problem per issue, at the value or key, named through basePath and describe', () => {
    const schema = z.strictObject({ count: z.number().int(), label: z.string() });
    const text = 'outer:\n  - count: many\n    lable: x\n';
    const problems = new Problems();
    const src = parseYaml(text, 'x.yaml', problems)!;
    const value = (src.doc.toJS() as { outer: unknown[] }).outer[0];
    const out = checkYaml(schema, value, src, problems, ['outer', 0], (p) => `entry ${p.slice(2).join('.')}`);
    expect(out).toBeUndefined();
    const got = problems.list.map((p) => ({
      line: p.line,
      column: p.column,
      field: p.field,
      code: p.code,
      message: p.message,
      hint: p.hint,
    }));
    expect(got).toEqual(
      expect.arrayContaining([
        // "  - count: many": the value starts at column 12
        expect.objectContaining({ line: 2, column: 12, field: 'entry count', code: 'bad-setting' }),
        // "    lable: x": the key starts at column 5
        {
          line: 3,
          column: 5,
          field: 'entry lable',
          code: 'unknown-key',
          message: '"lable" is not a scenario setting here',
          hint: 'did you mean "label"?',
        },
      ]),
    );
    // "label is required" is left out: it is the same mistake as the misspelled "lable"
    expect(got).toHaveLength(2);
  });
});

describe('parseScenario: entries that use other entries, and compare_to', () => {
  const spec = (s: Scenario | null, name: string) => s!.policies.find((p) => p.name === name)!;

  it('inherits the entry named by use: (policy, settings, review, network), its own settings replacing the inherited ones', () => {
    const text = edit([
      '  - name: fewest-packages\n',
      `  - name: fewest-packages
  - name: store-for-local
    radius_miles: 50
    review: { rules: [{ order_value_over: 100 }], delay_hours: 2 }
  - name: near-store
    use: store-for-local
    stores: [ST]
    network: { change: { ST: { daily_order_capacity: 5 } } }
  - name: nearer-store
    use: near-store
    radius_miles: 20
    network: { remove: [WH] }
`,
    ]);
    const { scenario, all } = parse(text);
    expect(all).toEqual([]);
    const near = spec(scenario, 'near-store');
    // the entry store-for-local, not the preset of that name: its radius and its review rule come along
    expect(near).toMatchObject({ use: 'store-for-local', inherits: 'store-for-local', compareTo: 'store-for-local' });
    expect(near.settings).toMatchObject({ radius_miles: 50, stores: ['ST'] });
    expect(near.review).toEqual(spec(scenario, 'store-for-local').review);
    expect(near.review!.delay_hours).toBe(2);
    const nearer = spec(scenario, 'nearer-store');
    expect(nearer).toMatchObject({ use: 'store-for-local', inherits: 'near-store', compareTo: 'near-store' });
    expect(nearer.settings).toMatchObject({ radius_miles: 20, stores: ['ST'] });
    // network changes add up: the inherited change plus the entry's own removal
    expect(nearer.network).toMatchObject({ add: [], remove: ['WH'], change: { ST: { daily_order_capacity: 5 } } });
    // entries on built-in policies compare to the baseline; the baseline to nothing
    expect(spec(scenario, 'store-for-local').compareTo).toBe('warehouse-only');
    expect(spec(scenario, 'store-for-local').inherits).toBeUndefined();
    expect(spec(scenario, 'warehouse-only').compareTo).toBeNull();
  });

  it('drops an inherited review with review: none', () => {
    const text = edit([
      '  - name: fewest-packages\n',
      `  - name: fewest-packages
    review: { rules: [{ tags: [vip] }] }
  - name: fp-unreviewed
    use: fewest-packages
    review: none
`,
    ]);
    const { scenario, all } = parse(text);
    expect(all).toEqual([]);
    expect(spec(scenario, 'fewest-packages').review).toBeDefined();
    expect(spec(scenario, 'fp-unreviewed').review).toBeUndefined();
  });

  it('takes an explicit compare_to over the inherited entry', () => {
    const text = edit([
      '  - name: fewest-packages\n',
      '  - name: fewest-packages\n  - name: fp2\n    use: fewest-packages\n    compare_to: closest-with-stock\n',
    ]);
    const { scenario, all } = parse(text);
    expect(all).toEqual([]);
    expect(spec(scenario, 'fp2')).toMatchObject({ inherits: 'fewest-packages', compareTo: 'closest-with-stock' });
  });

  it('reports an unknown compare_to at its value, with a "did you mean"', () => {
    // line 22 is "    compare_to: closest-with-stok": the value starts at column 17
    const e = onlyError(
      edit([
        '  - name: fewest-packages\n',
        '  - name: fewest-packages\n  - name: fp2\n    use: fewest-packages\n    compare_to: closest-with-stok\n',
      ]),
    );
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 22,
      column: 17,
      field: 'policies[3].compare_to',
      code: 'unknown-compare-to',
    });
    expect(e.message).toBe('compare_to "closest-with-stok" is not one of the scenario\'s policies');
    expect(e.hint).toContain('did you mean "closest-with-stock"?');
  });

  it('reports compare_to entries that go round in a loop, once, at the first one', () => {
    const e = onlyError(
      edit([
        '  - name: fewest-packages\n',
        `  - name: fewest-packages
  - name: fp2
    use: fewest-packages
    compare_to: fp3
  - name: fp3
    use: closest-with-stock
    compare_to: fp2
`,
      ]),
    );
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 22,
      column: 17,
      field: 'policies[3].compare_to',
      code: 'compare-to-loop',
    });
    expect(e.message).toBe('compare_to goes round in a loop: fp2 → fp3 → fp2');
  });

  it('reports an entry compared to itself as a loop', () => {
    const e = onlyError(
      edit(['  - name: fewest-packages\n', '  - name: fewest-packages\n    compare_to: fewest-packages\n']),
    );
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 20,
      column: 17,
      field: 'policies[2].compare_to',
      code: 'compare-to-loop',
    });
    expect(e.message).toBe('compare_to goes round in a loop: fewest-packages → fewest-packages');
  });

  it('reports a compare_to on the baseline', () => {
    const e = onlyError(edit(['    node: WH\n', '    node: WH\n    compare_to: fewest-packages\n']));
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 18,
      column: 17,
      field: 'policies[0].compare_to',
      code: 'baseline-compare-to',
    });
  });

  it('reports entries that use each other in a loop at the use: that closes it', () => {
    const e = onlyError(
      edit([
        '  - name: fewest-packages\n',
        '  - name: fewest-packages\n  - name: a\n    use: b\n  - name: b\n    use: a\n',
      ]),
    );
    // line 23 is "    use: a": the value starts at column 10
    expect(where(e)).toEqual({
      file: 'scenario.yaml',
      line: 23,
      column: 10,
      field: 'policies[4].use',
      code: 'use-loop',
    });
    expect(e.message).toBe('entries use each other in a loop: a → b → a');
  });
});
