/**
 * The layers, checked on the import graph of every file under sim/: cli → io → core
 * (everything else: the pipeline and what it is built of). Core never imports io or cli,
 * io never imports cli, the library entry (sim/index.ts) never imports cli, no file is on
 * an import cycle, and no new cycle between folders appears. Every `import … from`,
 * `export … from` and `import('…')` counts, type-only ones included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SIM = resolve(import.meta.dirname, '../../sim');

/** Folder cycles that remain, each as its folders in alphabetical order; a cycle not listed here (or one that grows) fails. */
// none are left: any folder cycle fails the test (add one here only with the reason beside it)
const KNOWN_FOLDER_CYCLES: string[][] = [];

type Graph = Map<string, Set<string>>;

/** Every .ts and .mjs file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|mjs)$/.test(n) ? [p] : [];
  });
}

/** The relative imports of every file, resolved to files under sim/ (paths relative to sim/). */
function importGraph(root: string): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(root)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const to = info.importedFiles
      .map((i) => i.fileName)
      .filter((s) => s.startsWith('.'))
      .map((s) => relative(root, resolve(dirname(file), s)));
    graph.set(relative(root, file), new Set(to));
  }
  return graph;
}

/** A file's folder under sim/ (a file at the top is a unit of its own, named by its file). */
export function folderOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.indexOf('/')) : file;
}

/** A file's layer: its top folder when cli or io, the library entry, else core. */
function layerOf(file: string): 'cli' | 'io' | 'entry' | 'core' {
  const f = folderOf(file);
  return f === 'cli' || f === 'io' ? f : f === 'index.ts' ? 'entry' : 'core';
}

/** The graph between folders (no self edges). */
export function folderGraph(files: Graph): Graph {
  const out: Graph = new Map();
  for (const [from, to] of files)
    for (const t of to) {
      const a = folderOf(from),
        b = folderOf(t);
      if (a === b) continue;
      if (!out.has(a)) out.set(a, new Set());
      out.get(a)!.add(b);
    }
  return out;
}

/** The strongly connected components with more than one node, or a node importing itself: every cycle, each sorted. */
export function cycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>(),
    low = new Map<string, number>(),
    stack: string[] = [],
    onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || graph.get(v)?.has(v)) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out.sort((a, b) => a.join().localeCompare(b.join()));
}

/** The cycles not within one of the known ones (a known cycle that shrank is fine). */
export function newCycles(found: string[][], known: string[][]): string[][] {
  return found.filter((c) => !known.some((k) => c.every((f) => k.includes(f))));
}

/** Imports from a file in one of the `from` layers to one in a `to` layer, as "file → file". */
function importsAcross(graph: Graph, from: string[], to: string[]): string[] {
  return [...graph].flatMap(([f, ts]) =>
    from.includes(layerOf(f)) ? [...ts].filter((t) => to.includes(layerOf(t))).map((t) => `${f} → ${t}`) : [],
  );
}

const graph = importGraph(SIM);

describe('the import graph of sim/', () => {
  it('reads every file and resolves every import to a file that exists', () => {
    expect(graph.size).toBeGreaterThan(100);
    const missing = [...graph].flatMap(([f, to]) => [...to].filter((t) => !graph.has(t)).map((t) => `${f} → ${t}`));
    expect(missing).toEqual([]);
    // the layers are all there, so the checks below check something
    expect(graph.has('pipeline/index.ts') && graph.has('io/load.ts') && graph.has('cli/main.ts')).toBe(true);
  });

  it('core (the pipeline and what it is built of) imports neither io nor cli', () => {
    expect(importsAcross(graph, ['core'], ['io', 'cli'])).toEqual([]);
  });

  it('io never imports cli, and the library entry exports no part of the shell', () => {
    expect(importsAcross(graph, ['io', 'entry'], ['cli'])).toEqual([]);
  });

  it('no file is on an import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('no cycle between folders beyond the known ones, and the pipeline is on none', () => {
    const found = cycles(folderGraph(graph));
    expect(newCycles(found, KNOWN_FOLDER_CYCLES)).toEqual([]);
    expect(found.flat()).not.toContain('pipeline');
    expect(found.flat()).not.toContain('io');
    expect(found.flat()).not.toContain('cli');
  });
});

describe('the checks themselves', () => {
  const g = (edges: [string, string][]): Graph => {
    const out: Graph = new Map();
    for (const [a, b] of edges) {
      if (!out.has(a)) out.set(a, new Set());
      if (!out.has(b)) out.set(b, new Set());
      out.get(a)!.add(b);
    }
    return out;
  };

  it('finds a cycle through several files, a file importing itself, and none in a chain', () => {
    expect(
      cycles(
        g([
          ['a.ts', 'b.ts'],
          ['b.ts', 'c.ts'],
          ['c.ts', 'a.ts'],
          ['c.ts', 'd.ts'],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(cycles(g([['a.ts', 'a.ts']]))).toEqual([['a.ts']]);
    expect(
      cycles(
        g([
          ['a.ts', 'b.ts'],
          ['b.ts', 'c.ts'],
        ]),
      ),
    ).toEqual([]);
  });

  it('sees a cycle between folders that no file cycle shows, and tells a new one from a known one', () => {
    const files = g([
      ['io/a.ts', 'cli/b.ts'],
      ['cli/c.ts', 'io/d.ts'],
    ]);
    expect(cycles(files)).toEqual([]);
    const found = cycles(folderGraph(files));
    expect(found).toEqual([['cli', 'io']]);
    expect(newCycles(found, [])).toEqual([['cli', 'io']]);
    expect(newCycles(found, [['cli', 'io', 'report']])).toEqual([]);
    expect(newCycles([['cli', 'io', 'model']], [['cli', 'io']])).toEqual([['cli', 'io', 'model']]);
  });

  it('puts io, cli, the entry and everything else in their layers', () => {
    expect(
      ['io/load.ts', 'cli/run.ts', 'index.ts', 'pipeline/load.ts', 'runs.ts', 'report/charts/map.ts'].map(layerOf),
    ).toEqual(['io', 'cli', 'entry', 'core', 'core', 'core']);
  });
});
