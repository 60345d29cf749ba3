/**
 * `npm run notebooks [-- NAME …]`: executes every notebook in notebooks/ top to bottom with the
 * Deno kernel (nbconvert, one notebook at a time, into a temp folder; `--out DIR` keeps the
 * executed copies) and type-checks their code cells with the project's tsc. Fails (exit 1)
 * when a notebook throws, a cell's output holds an error or stderr text, a cell that calls
 * `show(` shows nothing, a promise is rejected with no one awaiting it, or a cell does not
 * type-check: nbconvert alone exits 0 on a type error and on an un-awaited rejection.
 *
 * The notebooks are committed with their outputs (deterministic: seeded runs, no paths or
 * clock in them), so they read on GitHub without running; a run also fails when the committed
 * outputs differ from fresh ones. `--write` writes the fresh outputs into notebooks/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'notebooks');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? resolve(args[outAt + 1]!) : mkdtempSync(join(tmpdir(), 'routelab-notebooks-'));
const write = args.includes('--write');
const names = args.filter((a, i) => a !== '--write' && (outAt < 0 || (i !== outAt && i !== outAt + 1)));
const notebooks = readdirSync(dir)
  .filter((f) => f.endsWith('.ipynb') && (names.length === 0 || names.some((n) => f.startsWith(n))))
  .sort();

interface Cell {
  cell_type: string;
  source: string[] | string;
  outputs?: { output_type: string; ename?: string; evalue?: string; name?: string; text?: string | string[] }[];
}
const text = (s: string[] | string) => (Array.isArray(s) ? s.join('') : s);
const cells = (file: string): Cell[] => (JSON.parse(readFileSync(file, 'utf8')) as { cells: Cell[] }).cells;

const failures: string[] = [];
const env = { ...process.env, JUPYTER_PATH: dir, PYDEVD_DISABLE_FILE_VALIDATION: '1', DENO_NO_UPDATE_CHECK: '1' };

// Cells run around each notebook's own: the first records unhandled rejections, the last
// fails when there were any (the executed copy is written without them).
const GUARD = 'routelab-guard';
const guardCell = (source: string) => ({
  cell_type: 'code',
  id: `${GUARD}-${source.length}`,
  metadata: { tags: [GUARD] },
  execution_count: null,
  outputs: [],
  source,
});
const FIRST =
  'const __rejected: string[] = [];\n' +
  "globalThis.addEventListener('unhandledrejection', (e) => { e.preventDefault(); __rejected.push(String(e.reason)); });";
const LAST =
  'await new Promise((resolve) => setTimeout(resolve, 50));\n' +
  "if (__rejected.length) throw new Error(`un-awaited rejection: ${__rejected.join('; ')}`);";

// 1. execute each notebook (jupyter execute a b would stop at the first failure)
const work = mkdtempSync(join(tmpdir(), 'routelab-notebook-run-'));
for (const nb of notebooks) {
  const started = performance.now();
  const doc = JSON.parse(readFileSync(join(dir, nb), 'utf8')) as { cells: unknown[] };
  doc.cells = [guardCell(FIRST), ...doc.cells, guardCell(LAST)];
  // next to the notebook, so the kernel runs in notebooks/ and its relative imports resolve
  const guarded = join(dir, `.tmp-${process.pid}-${nb}`);
  writeFileSync(guarded, JSON.stringify(doc));
  const r = spawnSync(
    'jupyter',
    [
      'nbconvert',
      '--to',
      'notebook',
      '--execute',
      '--ExecutePreprocessor.timeout=300',
      '--ExecutePreprocessor.record_timing=False',
      guarded,
      '--output',
      nb,
      '--output-dir',
      work,
    ],
    { env, encoding: 'utf8' },
  );
  rmSync(guarded, { force: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    failures.push(
      `${nb}: nbconvert exit ${r.status ?? r.signal}\n${(r.stderr ?? '').split('\n').slice(-25).join('\n')}`,
    );
    console.log(`✗ ${nb} (${seconds} s)`);
    continue;
  }
  const executed = JSON.parse(readFileSync(join(work, nb), 'utf8')) as {
    cells: (Cell & { metadata?: { tags?: string[] } })[];
  };
  executed.cells = executed.cells.filter((c) => !c.metadata?.tags?.includes(GUARD));
  // no wall clock in the committed files
  for (const c of executed.cells) delete (c.metadata as { execution?: unknown } | undefined)?.execution;
  mkdirSync(outDir, { recursive: true });
  const fresh = `${JSON.stringify(executed, null, 1)}\n`;
  writeFileSync(join(outDir, nb), fresh);
  const problems: string[] = [];
  const outputs = (cs: Cell[]) => JSON.stringify(cs.map((c) => [text(c.source), c.outputs ?? []]));
  if (write) writeFileSync(join(dir, nb), fresh);
  else if (outputs(cells(join(dir, nb))) !== outputs(executed.cells))
    problems.push('the committed outputs differ from a fresh run: run `npm run notebooks -- --write` and commit');
  executed.cells.forEach((c, i) => {
    if (c.cell_type !== 'code') return;
    for (const o of c.outputs ?? []) {
      if (o.output_type === 'error') problems.push(`cell ${i}: ${o.ename}: ${o.evalue}`);
      if (o.output_type === 'stream' && o.name === 'stderr')
        problems.push(`cell ${i} wrote to stderr: ${text(o.text ?? '')}`);
    }
    if (text(c.source).includes('show(') && !(c.outputs ?? []).some((o) => o.output_type === 'display_data'))
      problems.push(`cell ${i} calls show( but shows nothing`);
  });
  if (problems.length) failures.push(`${nb}:\n  ${problems.join('\n  ')}`);
  console.log(`${problems.length ? '✗' : '✓'} ${nb} executed in ${seconds} s`);
}

// 2. type-check the code cells: each notebook's cells in order as one module, imports made absolute
const check = mkdtempSync(join(tmpdir(), 'routelab-notebook-tsc-'));
try {
  mkdirSync(join(check, 'cells'));
  const files = notebooks.map((nb) => {
    const code = cells(join(dir, nb))
      .filter((c) => c.cell_type === 'code')
      .map((c, i) => `// cell ${i + 1}\n${text(c.source)}`)
      .join('\n\n')
      .replace(/from '(\.\.?\/[^']+)'/g, (_, p: string) => `from '${resolve(dir, p)}'`);
    const file = join(check, 'cells', nb.replace(/\.ipynb$/, '.ts'));
    writeFileSync(file, `${code}\nexport {};\n`);
    return file;
  });
  // what the cells may use of Deno beyond Node's API (the kernel's display)
  writeFileSync(
    join(check, 'deno.d.ts'),
    'declare namespace Deno { const jupyter: { display(bundle: Record<string, unknown>, options?: { raw?: boolean }): Promise<void> }; }\n',
  );
  writeFileSync(
    join(check, 'tsconfig.json'),
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: { typeRoots: [join(root, 'node_modules/@types')], noUnusedLocals: false },
      files: [join(check, 'deno.d.ts'), ...files],
      include: [],
    }),
  );
  try {
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', join(check, 'tsconfig.json')], {
      encoding: 'utf8',
      cwd: root,
    });
    console.log(`✓ ${notebooks.length} notebooks' code cells type-check`);
  } catch (e) {
    failures.push(`type errors in the code cells:\n${(e as { stdout?: string }).stdout ?? String(e)}`);
    console.log('✗ type-check of the code cells');
  }
} finally {
  rmSync(check, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}

console.log(`executed notebooks: ${outDir}`);
if (failures.length) {
  console.error(`\n${failures.join('\n\n')}`);
  process.exit(1);
}
