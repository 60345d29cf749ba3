/**
 * Proves a change leaves every output byte-identical. Runs the demo verbs (run with and without
 * replicates, compare, roi, sweep, explain, validate, generate, import) in a source tree, and prints
 * one line per output: its SHA-256 and its name. Printed text is digested as well, after the one line
 * that carries wall-clock time ("… in 19.7 s (5922 order-runs/s …)") is normalized.
 *
 *   npx tsx scripts/outputs-digest.ts                  # digest of this tree
 *   npx tsx scripts/outputs-digest.ts --tree DIR       # digest of another checkout (with node_modules)
 *   npx tsx scripts/outputs-digest.ts --against REF    # this tree against git REF: the differences, exit 1 if any
 *
 * With --against, REF is checked out into a temporary worktree that borrows this tree's node_modules.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/** Each verb as run, with where its files go (under the output folder OUT). */
const VERBS: { name: string; args: string[] }[] = [
  { name: 'run', args: ['run', 'three-location', '--out', 'OUT/run'] },
  { name: 'run-json', args: ['run', 'three-location', '--json', '--out', 'OUT/run-json'] },
  {
    name: 'run-replicates',
    args: ['run', 'three-location', '--replicates', '3', '--workers', '2', '--out', 'OUT/run-rep'],
  },
  {
    name: 'compare',
    args: [
      'compare',
      'three-location',
      '--a',
      'warehouse-only',
      '--b',
      'store-for-local',
      '--replicates',
      '3',
      '--workers',
      '2',
    ],
  },
  {
    name: 'compare-json',
    args: ['compare', 'three-location', '--a', 'warehouse-only', '--b', 'fewest-packages', '--json'],
  },
  {
    name: 'compare-history',
    args: ['compare', 'three-location', '--history', '--switch', '2026-08-10', '--pilot-states', 'NY,NJ'],
  },
  { name: 'roi', args: ['roi', 'three-location', '--replicates', '3', '--workers', '2'] },
  { name: 'roi-json', args: ['roi', 'three-location', '--json'] },
  {
    name: 'sweep',
    args: [
      'sweep',
      'three-location',
      '--set',
      'policies.store-for-local.radius_miles=50,150',
      '--out',
      'OUT/sweep.csv',
    ],
  },
  { name: 'explain', args: ['explain', 'three-location', 'R100124'] },
  { name: 'explain-json', args: ['explain', 'three-location', 'R100124', '--json'] },
  { name: 'validate', args: ['validate', 'three-location', '--out', 'OUT/validate.md'] },
  { name: 'validate-json', args: ['validate', 'three-location', '--json'] },
  {
    name: 'generate',
    args: ['generate', '--preset', 'three-location', '--seed', '7', '--days', '14', '--out', 'OUT/generated'],
  },
  {
    name: 'import-shopify',
    args: [
      'import',
      'shopify',
      '--orders',
      'test/fixtures/shopify/orders_export.csv',
      '--products',
      'test/fixtures/shopify/products_export.csv',
      '--out',
      'OUT/imported',
    ],
  },
];

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Every file under `dir` by path relative to `root`, following a report folder's symlink (its hidden target is skipped). */
function files(dir: string, root: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path, root) : [relative(root, path)];
    });
}

/**
 * The digest lines of one tree: printed text and exit code of each verb, then every file written.
 * Files go to `out`, emptied afterwards; both trees use the same `out`, since a file may name the
 * folder it was written to (import-report.md does).
 */
function digest(tree: string, out: string): string[] {
  const clean = (text: string) =>
    text
      .replaceAll(out, 'OUT')
      .replaceAll(tree, 'TREE')
      .replace(/ in \d+(\.\d+)? s \(\d+ order-runs\/s/g, ' in <time> (<rate> order-runs/s');
  const lines: string[] = [];
  try {
    for (const verb of VERBS) {
      const args = verb.args.map((a) => a.replace(/^OUT/, out));
      const r = spawnSync(join(tree, 'node_modules', '.bin', 'tsx'), ['sim/cli/main.ts', ...args], {
        cwd: tree,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', TZ: 'UTC', CI: 'true' },
        maxBuffer: 1 << 28,
      });
      lines.push(
        `${sha(clean(r.stdout))}  ${verb.name}: stdout`,
        `${sha(clean(r.stderr))}  ${verb.name}: stderr`,
        `exit ${r.status}  ${verb.name}: exit code`,
      );
      process.stderr.write(`  ${verb.name}: exit ${r.status}\n`);
    }
    const real = realpathSync(out);
    for (const f of files(real, real)) lines.push(`${sha(readFileSync(join(real, f)))}  ${f}`);
  } finally {
    for (const name of readdirSync(out)) rmSync(join(out, name), { recursive: true, force: true });
  }
  return lines;
}

function main(argv: string[]): number {
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const here = resolve(flag('--tree') ?? '.');
  const against = flag('--against');
  const out = mkdtempSync(join(tmpdir(), 'routelab-digest-'));
  try {
    if (!against) {
      process.stdout.write(`${digest(here, out).join('\n')}\n`);
      return 0;
    }
    return compare(here, against, out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Digests `here` and git ref `against` (in a temporary worktree) and prints the differences; 1 if any. */
function compare(here: string, against: string, out: string): number {
  const base = mkdtempSync(join(tmpdir(), 'routelab-base-'));
  const git = (...a: string[]) => spawnSync('git', a, { cwd: here, encoding: 'utf8' });
  const add = git('worktree', 'add', '--detach', base, against);
  if (add.status !== 0) throw new Error(add.stderr);
  try {
    symlinkSync(join(here, 'node_modules'), join(base, 'node_modules'));
    process.stderr.write(`digest of ${against}:\n`);
    const before = digest(base, out);
    process.stderr.write(`digest of ${here}:\n`);
    const after = digest(here, out);
    const gone = before.filter((l) => !after.includes(l));
    const added = after.filter((l) => !before.includes(l));
    for (const l of gone) process.stdout.write(`- ${l}\n`);
    for (const l of added) process.stdout.write(`+ ${l}\n`);
    process.stdout.write(
      gone.length + added.length === 0
        ? `identical: ${after.length} outputs (${VERBS.length} commands, their printed text, exit codes and files)\n`
        : `DIFFERENT: ${gone.length} lines only in ${against}, ${added.length} only in this tree\n`,
    );
    return gone.length + added.length === 0 ? 0 : 1;
  } finally {
    git('worktree', 'remove', '--force', base);
    rmSync(base, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv.slice(2));
