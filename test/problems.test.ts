/** Input problems: locations, one-line formatting and grouping. */
import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  formatProblems,
  groupProblems,
  InputError,
  problemLocation,
  Problems,
  type Problem,
  type Severity,
} from '../sim/problems.ts';

const P = (severity: Severity, file: string, code: string, line?: number, extra: Partial<Problem> = {}): Problem => ({
  severity,
  file,
  code,
  line,
  message: `${code} here`,
  hint: 'fix it',
  ...extra,
});

describe('problemLocation', () => {
  it('file:line:column, leaving out what is missing', () => {
    expect(problemLocation(P('error', 'orders.csv', 'x', 14, { column: 4 }))).toBe('orders.csv:14:4');
    expect(problemLocation(P('error', 'orders.csv', 'x', 14))).toBe('orders.csv:14');
    expect(problemLocation(P('error', 'orders.csv', 'x'))).toBe('orders.csv');
  });

  it('a column without a line is not shown', () => {
    expect(problemLocation(P('error', 'orders.csv', 'x', undefined, { column: 4 }))).toBe('orders.csv');
  });
});

describe('formatProblem', () => {
  it('with a field', () => {
    const p: Problem = {
      severity: 'error',
      code: 'bad-integer',
      file: 'orders.csv',
      line: 14,
      column: 4,
      field: 'quantity',
      message: '"-2" is not a whole number ≥ 1',
      hint: 'write a whole number of at least 1',
    };
    expect(formatProblem(p)).toBe(
      'orders.csv:14:4: error [quantity] "-2" is not a whole number ≥ 1\n    → write a whole number of at least 1',
    );
  });

  it('without a field or line', () => {
    expect(formatProblem({ severity: 'warning', code: 'w', file: 'scenario.yaml', message: 'm', hint: 'h' })).toBe(
      'scenario.yaml: warning m\n    → h',
    );
  });

  it('a note at a line', () => {
    expect(formatProblem(P('note', 'skus.csv', 'extra-columns', 1))).toBe(
      'skus.csv:1: note extra-columns here\n    → fix it',
    );
  });
});

describe('Problems', () => {
  it('collects by severity', () => {
    const ps = new Problems();
    expect(ps.hasErrors()).toBe(false);
    ps.warning({ file: 'a', code: 'w', message: 'm', hint: 'h' });
    ps.note({ file: 'a', code: 'n', message: 'm', hint: 'h' });
    expect(ps.hasErrors()).toBe(false);
    ps.error({ file: 'a', code: 'e', message: 'm', hint: 'h' });
    expect(ps.hasErrors()).toBe(true);
    expect(ps.list.map((p) => p.severity)).toEqual(['warning', 'note', 'error']);
    expect(ps.errors.map((p) => p.code)).toEqual(['e']);
    expect(ps.warnings.map((p) => p.code)).toEqual(['w', 'n']);
  });

  it('InputError counts errors only', () => {
    expect(new InputError([P('error', 'a', 'x'), P('warning', 'a', 'y')]).message).toBe('1 problem in the input');
    expect(new InputError([P('error', 'a', 'x'), P('error', 'b', 'y'), P('note', 'a', 'z')]).message).toBe(
      '2 problems in the input',
    );
  });
});

describe('groupProblems', () => {
  const zips = Array.from({ length: 25 }, (_, i) => P('warning', 'orders.csv', 'zip-repaired', i + 2));
  const list = [
    ...zips.slice(0, 10),
    P('note', 'nodes.csv', 'extra-columns', 1),
    P('error', 'orders.csv', 'bad-integer', 30),
    ...zips.slice(10),
    P('error', 'nodes.csv', 'bad-zip', 3),
    P('error', 'orders.csv', 'bad-integer', 31),
    P('error', 'nodes.csv', 'bad-zip', 5),
    P('error', 'orders.csv', 'bad-integer', 40),
  ];

  it('groups by severity, file and code; errors first, then by file', () => {
    const g = groupProblems(list);
    expect(g.map((x) => [x.severity, x.file, x.code, x.count, x.shown.length])).toEqual([
      ['error', 'nodes.csv', 'bad-zip', 2, 2],
      ['error', 'orders.csv', 'bad-integer', 3, 3],
      ['warning', 'orders.csv', 'zip-repaired', 25, 20],
      ['note', 'nodes.csv', 'extra-columns', 1, 1],
    ]);
  });

  it('keeps the first examples of each group, in order, and counts the rest', () => {
    const g = groupProblems(list, 2);
    const zip = g.find((x) => x.code === 'zip-repaired')!;
    expect(zip.count).toBe(25);
    expect(zip.shown.map((p) => p.line)).toEqual([2, 3]);
    const bad = g.find((x) => x.code === 'bad-integer')!;
    expect(bad.count).toBe(3);
    expect(bad.shown.map((p) => p.line)).toEqual([30, 31]);
  });

  it('the same code in two files, or at two severities, makes two groups', () => {
    const g = groupProblems([
      P('warning', 'b.csv', 'c', 1),
      P('warning', 'a.csv', 'c', 9),
      P('error', 'b.csv', 'c', 2),
    ]);
    expect(g.map((x) => [x.severity, x.file])).toEqual([
      ['error', 'b.csv'],
      ['warning', 'a.csv'],
      ['warning', 'b.csv'],
    ]);
  });

  it('within a severity and file, groups go by their first line', () => {
    const g = groupProblems([P('error', 'a.csv', 'late', 9), P('error', 'a.csv', 'early', 2)]);
    expect(g.map((x) => x.code)).toEqual(['early', 'late']);
  });

  it('nothing in, nothing out', () => {
    expect(groupProblems([])).toEqual([]);
  });
});

describe('formatProblems', () => {
  it('prints the shown examples and one line for the rest', () => {
    const zips = Array.from({ length: 4 }, (_, i) => P('warning', 'orders.csv', 'zip-repaired', i + 2));
    const text = formatProblems([...zips, P('error', 'skus.csv', 'bad-number', 7, { field: 'weight_lb' })], 2);
    expect(text).toBe(
      [
        'skus.csv:7: error [weight_lb] bad-number here\n    → fix it',
        'orders.csv:2: warning zip-repaired here\n    → fix it',
        'orders.csv:3: warning zip-repaired here\n    → fix it',
        '  … and 2 more warnings like this (zip-repaired) in orders.csv',
      ].join('\n'),
    );
  });

  it('says "1 more error", not "1 more errors"', () => {
    const errors = Array.from({ length: 3 }, (_, i) => P('error', 'orders.csv', 'bad-quantity', i + 2));
    expect(formatProblems(errors, 2).split('\n').at(-1)).toBe(
      '  … and 1 more error like this (bad-quantity) in orders.csv',
    );
  });
});
