/**
 * The README's "Project layout" names every folder and top-level file of sim/, and nothing
 * that is not there: a folder added, moved or removed without the README fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The entries the layout block lists under `sim/` (its indented lines), e.g. ['cli/', 'messages.ts']. */
function layoutEntries(readme: string): string[] {
  const section = readme.slice(readme.indexOf('## Project layout'));
  const block = section.slice(section.indexOf('```') + 3, section.indexOf('```', section.indexOf('```') + 3));
  return block
    .split('\n')
    .filter((l) => /^ {2}\S/.test(l))
    .map((l) => l.trim().split(/\s+/)[0]!);
}

/** The folders (with a slash) and .ts files directly under sim/, index.ts aside (the block's own first line). */
function simEntries(): string[] {
  return readdirSync(join(ROOT, 'sim'), { withFileTypes: true })
    .filter((d) => d.isDirectory() || (d.name.endsWith('.ts') && d.name !== 'index.ts'))
    .map((d) => (d.isDirectory() ? `${d.name}/` : d.name))
    .sort();
}

describe('README project layout', () => {
  it('lists exactly the folders and files under sim/', () => {
    const listed = layoutEntries(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect([...listed].sort()).toEqual(simEntries());
  });

  it('reads the indented entries of the block and nothing else', () => {
    const readme = '## Project layout\n\ntext\n\n```\nsim/   lib\n  cli/   verbs\n  a.ts   a file\ntest/  tests\n```\n';
    expect(layoutEntries(readme)).toEqual(['cli/', 'a.ts']);
  });
});
