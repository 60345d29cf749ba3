/**
 * Pilots (a cohort routed by one policy, the rest by a fallback) and rollouts (policies by
 * date), and how entries refer to each other. Two nodes, both stocked with everything:
 * `local` ships only from the store ST, `today` only from the warehouse WH, so the node that
 * ships an order says which policy routed it.
 */
import { describe, expect, it } from 'vitest';
import {
  inputErrors,
  line,
  lineOf,
  nodesCsv,
  ordersCsv,
  runCase,
  runOf,
  scenarioWith,
  shipped,
  stock,
} from '../helpers/cases.ts';

const NODES = nodesCsv({ id: 'ST', type: 'store', lat: 0.5 }, { id: 'WH', type: 'warehouse', lat: 2 });
const INVENTORY = stock('ST,A,50', 'ST,B,50', 'ST,C,50', 'WH,A,50', 'WH,B,50', 'WH,C,50');
const BASE = `  - { name: today, use: warehouse-only, node: WH }
  - { name: local, use: rules, filters: [{ nodes: [ST] }] }
`;
const pilot = (name: string, cohort: string, policy = 'local', fallback = 'today') =>
  `  - { name: ${name}, use: pilot, policy: ${policy}, fallback: ${fallback}, cohort: ${cohort} }\n`;
const segments = (r: ReturnType<typeof runCase>, policy: string) => {
  const p = runOf(r, policy);
  return p.model.orders.ids.map((id, o) => `${id} ${p.segments![o]}`);
};

describe('pilot cohorts by sku and category', () => {
  // A and B are mugs, C is glass
  const r = runCase({
    scenario: scenarioWith(BASE + pilot('glass', '{ categories: [glass] }') + pilot('ab', '{ skus: [A, B] }')),
    nodes: NODES,
    inventory: INVENTORY,
    orders: ordersCsv(
      line('P1', '06T09:00', 'C', 1),
      line('P2', '06T09:10', 'A', 1),
      line('P3', '06T09:20', 'C', 1),
      line('P3', '06T09:20', 'A', 1),
      line('P4', '06T09:30', 'A', 1),
      line('P4', '06T09:30', 'B', 1),
    ),
  });
  it('categories: orders whose every line is in a listed category use the pilot policy', () => {
    // P1 glass only: pilot; P3 glass + mug: not every line, so the fallback
    expect(shipped(r, 'glass')).toEqual(['P1 ST:1', 'P2 WH:1', 'P3 WH:2', 'P4 WH:2']);
    expect(segments(r, 'glass')).toEqual(['P1 pilot', 'P2 rest', 'P3 rest', 'P4 rest']);
  });
  it('skus: orders whose every line is a listed sku', () => {
    expect(shipped(r, 'ab')).toEqual(['P1 WH:1', 'P2 ST:1', 'P3 WH:2', 'P4 ST:2']);
    expect(segments(r, 'ab')).toEqual(['P1 rest', 'P2 pilot', 'P3 rest', 'P4 pilot']);
  });
  it('entries that are not composite have no segments', () => {
    expect(runOf(r, 'today').segments).toBeNull();
  });
});

describe('pilot cohorts by destination', () => {
  // 10001 New York (ZIP3 100), 07030 Hoboken NJ (070), 02108 Boston MA (021)
  const r = runCase({
    scenario: scenarioWith(BASE + pilot('states', '{ states: [ny, NJ] }') + pilot('zip3', '{ zip3: [21, "100"] }')),
    nodes: NODES,
    inventory: INVENTORY,
    orders: ordersCsv(
      line('NY', '06T09:00', 'A', 1, { zip: '10001' }),
      line('NJ', '06T09:10', 'A', 1, { zip: '07030' }),
      line('MA', '06T09:20', 'A', 1, { zip: '02108' }),
    ),
  });
  it('states (any case): orders to the listed states', () => {
    expect(shipped(r, 'states')).toEqual(['NY ST:1', 'NJ ST:1', 'MA WH:1']);
    expect(segments(r, 'states')).toEqual(['NY pilot', 'NJ pilot', 'MA rest']);
  });
  it('zip3: orders to the listed ZIP3s (a number loses its leading zero in YAML: 21 is 021)', () => {
    expect(shipped(r, 'zip3')).toEqual(['NY ST:1', 'NJ WH:1', 'MA ST:1']);
    expect(segments(r, 'zip3')).toEqual(['NY pilot', 'NJ rest', 'MA pilot']);
  });
  it('states given in orders.csv count for coordinates too', () => {
    const c = runCase({
      scenario: scenarioWith(BASE + pilot('states', '{ states: [OH] }')),
      nodes: NODES,
      inventory: INVENTORY,
      orders: ordersCsv(
        line('OH', '06T09:00', 'A', 1, { lat: 0.1, state: 'OH' }),
        line('KY', '06T09:10', 'A', 1, { lat: 0.2, state: 'KY' }),
      ),
    });
    expect(shipped(c, 'states')).toEqual(['OH ST:1', 'KY WH:1']);
  });
});

describe('pilot cohorts by date', () => {
  const r = runCase({
    scenario: scenarioWith(
      BASE +
        pilot('window', '{ from: 2026-07-07, to: 2026-07-09 }') +
        pilot('glass-from-wed', '{ categories: [glass], from: 2026-07-08 }'),
    ),
    nodes: NODES,
    inventory: INVENTORY,
    orders: ordersCsv(
      line('MON', '06T23:59', 'C', 1),
      line('TUE', '07T00:00', 'A', 1), // midnight: Tuesday, the first day of the window
      line('WED', '08T09:00', 'C', 1),
      line('THU', '09T23:59', 'A', 1), // last minute of the last day
      line('FRI', '10T00:00', 'C', 1),
    ),
  });
  it('from and to are inclusive dates', () => {
    expect(segments(r, 'window')).toEqual(['MON rest', 'TUE pilot', 'WED pilot', 'THU pilot', 'FRI rest']);
    expect(shipped(r, 'window')).toEqual(['MON WH:1', 'TUE ST:1', 'WED ST:1', 'THU ST:1', 'FRI WH:1']);
  });
  it('every condition given must hold', () => {
    // glass on or after Wednesday: WED and FRI; MON is glass but earlier; TUE and THU are mugs
    expect(segments(r, 'glass-from-wed')).toEqual(['MON rest', 'TUE rest', 'WED pilot', 'THU rest', 'FRI pilot']);
  });
});

describe('rollout', () => {
  const scenario = scenarioWith(
    BASE +
      `  - name: phased
    use: rollout
    phases:
      - { from: 2026-07-08, policy: today, label: month-1 }
      - { from: 2026-07-13, policy: local, label: stores }
      - { from: 2026-07-15, policy: closest-with-stock }
`,
  );
  const r = runCase({
    scenario,
    nodes: NODES,
    inventory: INVENTORY,
    orders: ordersCsv(
      line('D06', '06T09:00', 'A', 1), // before the first phase: the first phase covers it
      line('D08', '08T09:00', 'A', 1),
      line('D10', '10T09:00', 'A', 1),
      line('D13', '13T09:00', 'A', 1),
      line('D14', '14T23:59', 'A', 1),
      line('D15', '15T00:00', 'A', 1),
    ),
  });
  it('switches policies on the phase dates', () => {
    // month-1 (today: WH) until Sunday 12; stores (local: ST) from Monday 13; from Wednesday 15
    // the built-in closest-with-stock (ST, the nearer node)
    expect(shipped(r, 'phased')).toEqual(['D06 WH:1', 'D08 WH:1', 'D10 WH:1', 'D13 ST:1', 'D14 ST:1', 'D15 ST:1']);
  });
  it('labels each order with its phase; a phase without a label is named by its policy', () => {
    expect(segments(r, 'phased')).toEqual([
      'D06 month-1',
      'D08 month-1',
      'D10 month-1',
      'D13 stores',
      'D14 stores',
      'D15 closest-with-stock',
    ]);
  });
});

describe('references between policies', () => {
  it('a pilot may name built-in policies (with their default settings)', () => {
    // closest-with-stock: ST, the nearer; warehouse-only: the only warehouse, WH
    const r = runCase({
      scenario: scenarioWith(pilot('builtins', '{ categories: [glass] }', 'closest-with-stock', 'warehouse-only')),
      nodes: NODES,
      inventory: INVENTORY,
      orders: ordersCsv(line('G', '06T09:00', 'C', 1), line('M', '06T09:10', 'A', 1)),
    });
    expect(shipped(r, 'builtins')).toEqual(['G ST:1', 'M WH:1']);
  });

  it('a scenario entry wins over a built-in of the same name', () => {
    // the entry called fewest-packages is really warehouse-only from WH
    const r = runCase({
      scenario: scenarioWith(
        `  - { name: fewest-packages, use: warehouse-only, node: WH }\n` +
          pilot('p', '{ categories: [glass] }', 'fewest-packages', 'fewest-packages'),
      ),
      nodes: NODES,
      inventory: INVENTORY,
      orders: ordersCsv(line('G', '06T09:00', 'C', 1)),
    });
    expect(shipped(r, 'p')).toEqual(['G WH:1']);
  });

  it('a loop (A falls back to B, B pilots A) is an input error at the entries', () => {
    const scenario = scenarioWith(
      BASE + pilot('A', '{ skus: [A] }', 'today', 'B') + pilot('B', '{ skus: [B] }', 'A', 'today'),
    );
    const errors = inputErrors({
      scenario,
      nodes: NODES,
      inventory: INVENTORY,
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
    });
    const at = (name: string) => errors.filter((e) => e.line === lineOf(scenario, `name: ${name},`));
    expect(at('A')).toHaveLength(1);
    expect(at('A')[0]!.message).toContain('loop: A → B → A');
    expect(at('B')).toHaveLength(1);
    expect(at('B')[0]!.message).toContain('loop: B → A → B');
    expect(errors).toHaveLength(2);
  });

  it('a pilot naming itself is a loop', () => {
    const scenario = scenarioWith(BASE + pilot('self', '{ skus: [A] }', 'self', 'today'));
    const errors = inputErrors({
      scenario,
      nodes: NODES,
      inventory: INVENTORY,
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('loop: self → self');
  });

  it('an unknown name is an input error listing the names it could be', () => {
    const scenario = scenarioWith(BASE + pilot('trial', '{ skus: [A] }', 'locl', 'today'));
    const errors = inputErrors({
      scenario,
      nodes: NODES,
      inventory: INVENTORY,
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
    });
    expect(errors).toHaveLength(1);
    const e = errors[0]!;
    expect(e.line).toBe(lineOf(scenario, 'name: trial,'));
    expect(e.field).toBe('trial.policy');
    expect(e.message).toContain('"locl" is neither a policy of this scenario nor a built-in policy');
    // the built-in policies…
    for (const name of ['cheapest', 'closest-with-stock', 'fewest-packages', 'store-for-local', 'warehouse-only'])
      expect(e.message).toContain(name);
    // …and the scenario's own entries, which the reference may also name
    // (local on its own, not as part of store-for-local)
    expect(e.message).toMatch(/(?<![\w-])local(?![\w-])/);
    expect(e.message).toMatch(/(?<![\w-])today(?![\w-])/);
  });

  it('an unknown rollout policy names the phase', () => {
    const scenario = scenarioWith(
      BASE +
        '  - { name: ro, use: rollout, phases: [{ from: 2026-07-06, policy: today }, { from: 2026-07-10, policy: nope }] }\n',
    );
    const errors = inputErrors({
      scenario,
      nodes: NODES,
      inventory: INVENTORY,
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(lineOf(scenario, 'name: ro,'));
    expect(errors[0]!.field).toBe('ro.phases[1].policy');
  });

  it('phases out of date order are an input error at the phase that starts too early', () => {
    const scenario = scenarioWith(
      BASE +
        `  - name: ro
    use: rollout
    phases:
      - { from: 2026-07-06, policy: today }
      - { from: 2026-07-13, policy: local }
      - { from: 2026-07-10, policy: closest-with-stock }
`,
    );
    const errors = inputErrors({
      scenario,
      nodes: NODES,
      inventory: INVENTORY,
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
    });
    // the third phase's from: its line, and the column of its value (`      - { from: ` is 16 characters)
    expect(errors.map((e) => [e.file, e.line, e.column, e.field])).toEqual([
      ['scenario.yaml', lineOf(scenario, 'from: 2026-07-10'), 17, 'policies[2].phases[2].from'],
    ]);
    expect(errors[0]!.message).toBe(
      'policies[2].phases[2].from: this phase starts on 2026-07-10, before phases[1] (2026-07-13): ' +
        'write the phases in date order, each starting after the one before',
    );
  });

  it('two phases starting on the same day are an input error too (the first would never run)', () => {
    const scenario = scenarioWith(
      BASE +
        '  - { name: ro, use: rollout, phases: [{ from: 2026-07-06, policy: today }, { from: 2026-07-06, policy: local }] }\n',
    );
    const errors = inputErrors({
      scenario,
      nodes: NODES,
      inventory: INVENTORY,
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe('policies[2].phases[1].from');
    expect(errors[0]!.message).toContain('this phase starts on 2026-07-06, the same day as phases[0] (2026-07-06)');
  });

  it('a cohort state that is not a US state or territory is an input error at its line and column, with the closest code', () => {
    const scenario = scenarioWith(BASE + pilot('p', '{ states: [NY, XX, nj] }') + pilot('q', '{ states: [NZ] }'));
    const errors = inputErrors({
      scenario,
      nodes: NODES,
      inventory: INVENTORY,
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
    });
    // lower-case nj is NJ; XX is one letter from TX; NZ is one letter from several codes (AZ, NC, …): the first in A–Z order
    const col = (name: string, code: string) =>
      scenario.split('\n')[lineOf(scenario, `name: ${name},`) - 1]!.indexOf(code) + 1;
    expect(errors.map((e) => [e.file, e.line, e.column, e.field])).toEqual([
      ['scenario.yaml', lineOf(scenario, 'name: p,'), col('p', 'XX'), 'policies[2].cohort.states[1]'],
      ['scenario.yaml', lineOf(scenario, 'name: q,'), col('q', 'NZ'), 'policies[3].cohort.states[0]'],
    ]);
    expect(errors[0]!.message).toMatch(
      /^policies\[2\]\.cohort\.states\[1\]: "XX" is not a US state or territory code \(did you mean "TX"\?\); write two-letter USPS codes: AK, AL, AR, AS, AZ, CA, .* WV, WY$/,
    );
    // every state, DC and the inhabited territories
    expect(errors[0]!.message.split(': ').at(-1)!.split(', ')).toHaveLength(56);
    expect(errors[1]!.message).toContain('"NZ" is not a US state or territory code (did you mean "AZ"?)');
  });

  it('unknown cohort skus and categories are input errors', () => {
    const scenario = scenarioWith(BASE + pilot('s', '{ skus: [A, Q9] }') + pilot('c', '{ categories: [plates] }'));
    const errors = inputErrors({
      scenario,
      nodes: NODES,
      inventory: INVENTORY,
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
    });
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [lineOf(scenario, 'name: s,'), 's.cohort.skus'],
      [lineOf(scenario, 'name: c,'), 'c.cohort.categories'],
    ]);
    expect(errors[0]!.message).toContain('sku "Q9" is not in skus.csv');
    expect(errors[1]!.message).toContain('no sku has category "plates"');
  });
});
