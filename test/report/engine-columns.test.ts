/**
 * The report reads metric objects only (sim/metrics builds them): no file under sim/report
 * reaches a run's outcome records or package log, or indexes an engine column.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OrderOutcomes, PackageLog } from '../../sim/engine/outcomes.ts';

const REPORT = join(import.meta.dirname, '../../sim/report');

/** The engine's column names: the typed arrays of the outcome records and the package log. */
const COLUMNS = [new OrderOutcomes(0, 1), new PackageLog()].flatMap((x) =>
  Object.entries(x)
    .filter(([, v]) => ArrayBuffer.isView(v))
    .map(([k]) => k),
);

/** What reaching into the engine's results looks like, each with what it catches. */
const PATTERNS: { what: string; re: RegExp }[] = [
  { what: "a run's outcome records or package log", re: /\brun\s*\.\s*(outcomes|packages)\b/ },
  { what: 'a destructured run', re: /\}\s*=\s*[\w.]*\brun\b/ },
  {
    what: 'a value (not a type) from engine/outcomes',
    re: /^import\s+\{[^}]*\}\s+from\s+'[./]*engine\/outcomes\.ts'/m,
  },
  {
    what: 'an engine column indexed',
    re: new RegExp(`\\b(out|outcomes|log|packages)\\s*\\.\\s*(${COLUMNS.join('|')})\\s*\\[`),
  },
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every match of the patterns in `text`, as "what: line". */
function reaches(text: string): string[] {
  return PATTERNS.flatMap(({ what, re }) =>
    text
      .split('\n')
      .filter((line) => re.test(line))
      .map((line) => `${what}: ${line.trim()}`),
  );
}

describe('the report and the engine', () => {
  it('knows the engine columns and catches each way of reaching them', () => {
    expect(COLUMNS).toEqual(
      expect.arrayContaining(['reason', 'unitsCancelled', 'flags', 'nodeBits', 'order', 'node', 'shipDay']),
    );
    expect(reaches('for (let o = 0; o < p.run.outcomes.count; o++) n++;')).toHaveLength(1);
    expect(reaches('const { stats, outcomes } = p.run;')).toHaveLength(1);
    expect(reaches("import { FLAG_CAPACITY_WAIT } from '../engine/outcomes.ts';")).toHaveLength(1);
    expect(reaches('const pk = out.packages[o]!;')).toHaveLength(1);
    expect(reaches('counts[log.node[k]!]!++;')).toHaveLength(1);
    expect(reaches("import type { OrderOutcomes } from '../engine/outcomes.ts';")).toEqual([]);
    expect(reaches('const pk = x.packages; nodes.capacity[k]')).toEqual([]);
  });

  it('finds none of them under sim/report', () => {
    const found = files(REPORT).flatMap((f) =>
      reaches(readFileSync(f, 'utf8')).map((m) => `${f.slice(REPORT.length + 1)}: ${m}`),
    );
    expect(found).toEqual([]);
  });
});
