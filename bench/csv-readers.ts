/**
 * CSV readers on orders.csv in the canonical format: throughput (lines a second), peak
 * resident memory and install weight of csv-parse (sync on the whole text, and streaming),
 * papaparse and d3-dsv, and RouteLab's reading (`fromCSV` over 1 MiB chunks: record pieces,
 * plain ones split, others through csv-parse sync; and with csv-parse for every piece). The
 * RouteLab rows include checking and hashing the file and keeping every row with its line. Each reader runs in its own process, rounds in alternating
 * order (the machine is shared: read the ratios to csv-parse sync more than the seconds).
 * Every reader must give the same record count; the file is read from disk each time.
 *
 *   npm run bench:csv -- [--lines 1000000] [--rounds 3] [--file orders.csv]
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseSync } from 'csv-parse/sync';
import { parse as parseStream } from 'csv-parse';
import Papa from 'papaparse';
import { csvParseRows } from 'd3-dsv';
import { DATA_PRESETS } from '../sim/generate/data-presets.ts';
import { generateDataset } from '../sim/generate/synthetic.ts';
import { readCsvChunksOrNull } from '../sim/io/files.ts';
import { fromCSV } from '../sim/parse/csv.ts';
import { Problems } from '../sim/problems.ts';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, '..', 'node_modules');

/** Each reader: the data records it reads from `path` (header excluded). */
const READERS: Record<string, (path: string) => number | Promise<number>> = {
  'csv-parse sync': (path) =>
    (
      parseSync(readFileSync(path, 'utf8'), {
        bom: true,
        relax_column_count: true,
        skip_empty_lines: true,
      }) as unknown[]
    ).length - 1,
  'csv-parse stream': async (path) => {
    let n = -1;
    const parser = createReadStream(path).pipe(
      parseStream({ bom: true, relax_column_count: true, skip_empty_lines: true }),
    );
    for await (const _ of parser) n++;
    return n;
  },
  'papaparse string': (path) =>
    Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true }).data.length - 1,
  'papaparse stream': (path) =>
    new Promise<number>((done, fail) => {
      let n = -1;
      Papa.parse<string[]>(createReadStream(path) as never, {
        skipEmptyLines: true,
        step: () => void n++,
        complete: () => done(n),
        error: fail,
      });
    }),
  'd3-dsv string': (path) =>
    csvParseRows(readFileSync(path, 'utf8')).filter((r) => r.length > 1 || r[0] !== '').length - 1,
  'routelab fromCSV chunks': (path) =>
    fromCSV(readCsvChunksOrNull(path, 'orders.csv').text!, 'orders.csv', new Problems())!.rows.length,
  'routelab fromCSV chunks, csv-parse only': (path) =>
    fromCSV(readCsvChunksOrNull(path, 'orders.csv').text!, 'orders.csv', new Problems(), { plain: false })!.rows.length,
};

/** Install weight: the package's folder and those of its runtime dependencies, in kB. */
const WEIGHT_OF: Record<string, string[]> = {
  'csv-parse': ['csv-parse'],
  papaparse: ['papaparse'],
  'd3-dsv': ['d3-dsv', 'commander', 'iconv-lite', 'rw', 'safer-buffer'],
};

function folderKb(dir: string): number {
  if (!existsSync(dir)) return 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else bytes += statSync(p).size;
    }
  };
  walk(dir);
  return Math.round(bytes / 1024);
}

/** A package's weight: its own folder (with any nested node_modules) plus hoisted dependencies not nested. */
function weightKb(pkg: string): number {
  const [own, ...deps] = WEIGHT_OF[pkg]!;
  const nested = join(modules, own!, 'node_modules');
  return (
    folderKb(join(modules, own!)) +
    deps.filter((d) => !existsSync(join(nested, d))).reduce((s, d) => s + folderKb(join(modules, d)), 0)
  );
}

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '3' },
    file: { type: 'string' },
    child: { type: 'string' },
  },
});

if (values.child !== undefined) {
  // one reader, one process: its time and the process's peak memory
  const t = performance.now();
  const n = await READERS[values.child]!(values.file!);
  const ms = performance.now() - t;
  process.stdout.write(JSON.stringify({ n, ms, rssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const target = Number(values.lines);
let file = values.file;
if (file === undefined) {
  // the generator's canonical orders.csv (three-location preset), cut to `target` lines
  const preset = DATA_PRESETS['three-location']!;
  const ordersPerDay = Math.ceil(target / (365 * 1.3));
  let days = 365;
  let text = '';
  for (;;) {
    text = generateDataset({ ...preset, ordersPerDay, seed: 'bench-csv', start: '2026-01-01', days })[
      'orders.csv'
    ] as string;
    const breaks = text.split('\n', target + 2).length - 1;
    if (breaks > target) break;
    days = Math.ceil(days * 1.3);
  }
  file = join(mkdtempSync(join(tmpdir(), 'routelab-bench-csv-')), 'orders.csv');
  writeFileSync(file, `${text.split('\n', target + 1).join('\n')}\n`);
}
const lines = readFileSync(file, 'utf8').split('\n').length - 1;
const names = Object.keys(READERS);
const rounds = Number(values.rounds);
const runs = new Map<string, { n: number; ms: number; rssMb: number }[]>(names.map((r) => [r, []]));
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? names : [...names].reverse();
  for (const name of order) {
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--child', name, '--file', file],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    runs.get(name)!.push(JSON.parse(out));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const counts = new Set([...runs.values()].flat().map((r) => r.n));
if (counts.size !== 1) throw new Error(`readers disagree on the record count: ${[...counts].join(', ')}`);
const base = median(runs.get('csv-parse sync')!.map((r) => r.ms));
console.log(
  `orders.csv: ${lines.toLocaleString('en-US')} lines, ${(statSync(file).size / 1e6).toFixed(1)} MB; ${rounds} rounds, medians`,
);
console.log('| reader | lines/s | × csv-parse sync | peak RSS MB | install kB |');
console.log('|---|---:|---:|---:|---:|');
for (const name of names) {
  const rs = runs.get(name)!;
  const ms = median(rs.map((r) => r.ms));
  const pkg = name.startsWith('routelab') ? 'csv-parse' : name.split(' ')[0]!;
  console.log(
    `| ${name} | ${Math.round((lines / ms) * 1000).toLocaleString('en-US')} | ${(base / ms).toFixed(2)} | ${Math.round(median(rs.map((r) => r.rssMb)))} | ${weightKb(pkg)} |`,
  );
}
