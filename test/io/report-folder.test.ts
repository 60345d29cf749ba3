/**
 * The report folder writer on real temp folders: `--out` is replaced only when it is
 * RouteLab's, the user's files survive, and at every instant `--out` holds a complete report
 * (a failure thrown between the steps, and a process killed between them for real).
 */
import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { contentHash, MANIFEST } from '../../sim/io/manifest.ts';
import { draftReportFolder, inspectReportOut, writeReportFolder, type SwapStep } from '../../sim/io/report-folder.ts';
import { InputError } from '../../sim/problems.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'routelab-report-folder-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
/** A fresh empty parent folder; the report goes to `<it>/out`. */
const fresh = () => {
  const dir = join(tmp, `case-${++n}`);
  mkdirSync(dir);
  return dir;
};

/** A small report: the same names as a real one, the text saying which version it is. */
const report = (v: string): Record<string, string> => ({
  'index.html': `<html>${v}</html>`,
  'summary.md': `# ${v}`,
  'run.json': `{"v":"${v}"}`,
  'charts/kpi-bars.svg': `<svg>${v}</svg>`,
});

/** Every file under a folder (following `out` when it is a link) with its text. */
function read(dir: string): Record<string, string> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter(
    (f) => !lstatSync(join(dir, f)).isDirectory(),
  );
  return Object.fromEntries(files.sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** The report files at `out` (without the manifest and the user's files). */
function reportAt(out: string): Record<string, string> {
  const all = read(out);
  return Object.fromEntries(Object.entries(all).filter(([f]) => f in report('')));
}

/** The problems an InputError thrown by `f` carries, as `file: code`. */
function rejected(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => `${p.file}: ${p.code}`);
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('writeReportFolder: where it writes', () => {
  it('a new --out: a link to one hidden version folder holding the report and its manifest', () => {
    const dir = fresh();
    writeReportFolder(join(dir, 'out'), report('v1'));
    expect(lstatSync(join(dir, 'out')).isSymbolicLink()).toBe(true);
    const entries = readdirSync(dir).sort();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatch(/^\.out\.routelab-\d+-[0-9a-z]+$/);
    expect(readlinkSync(join(dir, 'out'))).toBe(entries[0]);
    expect(reportAt(join(dir, 'out'))).toEqual(report('v1'));
    const manifest = JSON.parse(readFileSync(join(dir, 'out', MANIFEST), 'utf8')) as {
      kind: string;
      files: Record<string, string>;
    };
    expect(manifest.kind).toBe('report');
    expect(Object.keys(manifest.files)).toEqual(['charts/kpi-bars.svg', 'index.html', 'run.json', 'summary.md']);
  });

  it('over a RouteLab report: replaced, the old version removed, a file the user added carried over', () => {
    const dir = fresh();
    const out = join(dir, 'out');
    writeReportFolder(out, report('v1'));
    writeFileSync(join(out, 'screenshot.png'), 'mine');
    writeReportFolder(out, report('v2'));
    expect(reportAt(out)).toEqual(report('v2'));
    expect(readFileSync(join(out, 'screenshot.png'), 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toHaveLength(2); // the link and one version folder
    // and the carried-over file is still the user's: a third run keeps it too
    writeReportFolder(out, report('v3'));
    expect(readFileSync(join(out, 'screenshot.png'), 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('an empty folder at --out is used', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'out'));
    writeReportFolder(join(dir, 'out'), report('v1'));
    expect(reportAt(join(dir, 'out'))).toEqual(report('v1'));
  });

  it('a folder that is not a report (taxes-2025.xlsx): refused, the file intact, nothing written beside it', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'taxes-2025.xlsx'), 'taxes');
    expect(rejected(() => writeReportFolder(join(dir, 'out'), report('v1')))).toEqual([
      `${join(dir, 'out')}: out-not-routelab`,
    ]);
    expect(read(join(dir, 'out'))).toEqual({ 'taxes-2025.xlsx': 'taxes' });
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('a file at --out: refused and intact', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'out'), 'a file');
    expect(rejected(() => writeReportFolder(join(dir, 'out'), report('v1')))).toEqual([
      `${join(dir, 'out')}: out-is-file`,
    ]);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('a file');
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('a link the user made to another folder: refused, the folder intact', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere', 'index.html'), 'theirs');
    spawnSync('ln', ['-s', 'elsewhere', join(dir, 'out')]);
    expect(rejected(() => writeReportFolder(join(dir, 'out'), report('v1')))).toEqual([
      `${join(dir, 'out')}: out-not-routelab`,
    ]);
    expect(read(join(dir, 'elsewhere'))).toEqual({ 'index.html': 'theirs' });
  });

  it('a report file the user changed: refused naming it, the report intact', () => {
    const dir = fresh();
    const out = join(dir, 'out');
    writeReportFolder(out, report('v1'));
    writeFileSync(join(out, 'summary.md'), '# my edits');
    expect(rejected(() => writeReportFolder(out, report('v2')))).toEqual([
      `${join(out, 'summary.md')}: out-file-changed`,
    ]);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toBe('# my edits');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<html>v1</html>');
  });

  it("a report folder from before manifests (a real folder with run.json): migrated, the user's file kept", () => {
    const dir = fresh();
    const out = join(dir, 'out');
    mkdirSync(join(out, 'charts'), { recursive: true });
    writeFileSync(join(out, 'index.html'), 'old');
    writeFileSync(join(out, 'run.json'), '{"versions":{"routelab":"0.1.0"},"engine":{}}');
    writeFileSync(join(out, 'charts', 'kpi-bars.png'), 'png');
    writeFileSync(join(out, 'notes.txt'), 'mine');
    writeReportFolder(out, report('v2'));
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(reportAt(out)).toEqual(report('v2'));
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('checks before any work: the same refusals come from inspectReportOut', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'file'), 'x');
    expect(rejected(() => inspectReportOut(join(dir, 'file')))).toEqual([`${join(dir, 'file')}: out-is-file`]);
    expect(rejected(() => inspectReportOut(join(dir, 'file', 'out')))).toEqual([
      `${join(dir, 'file', 'out')}: out-under-file`,
    ]);
    expect(rejected(() => inspectReportOut(''))).toEqual(['command line: out-empty']);
    expect(inspectReportOut(join(dir, 'new', 'out'))).toEqual({ form: 'absent' });
  });
});

describe('writeReportFolder: a streamed file (outcomes.csv)', () => {
  const rows = ['order_id,cost\n', 'A1,3.50\n', 'A2,é\n'];
  const manifestOf = (out: string) =>
    (JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { files: Record<string, string> }).files;

  it('is written chunk by chunk, the manifest holding the hash of what was written', () => {
    const dir = fresh();
    const out = join(dir, 'out');
    writeReportFolder(out, { ...report('v1'), 'outcomes.csv': { chunks: rows } });
    const text = readFileSync(join(out, 'outcomes.csv'), 'utf8');
    expect(text).toBe('order_id,cost\nA1,3.50\nA2,é\n');
    expect(manifestOf(out)['outcomes.csv']).toBe(contentHash(text));
    expect(readdirSync(join(dir, readlinkSync(out))).sort()).toEqual([
      'charts',
      'index.html',
      'outcomes.csv',
      MANIFEST,
      'run.json',
      'summary.md',
    ]);
    // and the next run recognises it as RouteLab's: replaced, not refused
    writeReportFolder(out, report('v2'));
    expect(reportAt(out)).toEqual(report('v2'));
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('gzip: one gzip file of the chunks joined', () => {
    const out = join(fresh(), 'out');
    writeReportFolder(out, { ...report('v1'), 'outcomes.csv.gz': { chunks: rows, gzip: true } });
    const bytes = readFileSync(join(out, 'outcomes.csv.gz'));
    expect(gunzipSync(bytes).toString('utf8')).toBe(rows.join(''));
    expect(manifestOf(out)['outcomes.csv.gz']).toBe(contentHash(bytes));
  });

  it('failing halfway through its chunks: the complete old report stays, nothing left beside it', () => {
    const dir = fresh();
    const out = join(dir, 'out');
    writeReportFolder(out, report('v1'));
    const before = read(out);
    const entries = readdirSync(dir).sort();
    function* broken() {
      yield 'order_id\n';
      throw new Error('replay failed');
    }
    expect(() => writeReportFolder(out, { ...report('v2'), 'outcomes.csv': { chunks: broken() } })).toThrow(
      'replay failed',
    );
    expect(read(out)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(entries);
  });
});

describe('writeReportFolder: a failure between any two steps leaves the complete old report', () => {
  const steps: SwapStep[] = ['written', 'linked', 'moved-aside'];
  for (const legacy of [false, true]) {
    for (const s of steps) {
      if (s === 'moved-aside' && !legacy) continue;
      it(`failing after "${s}"${legacy ? ' (migrating a folder from before manifests)' : ''}`, () => {
        const dir = fresh();
        const out = join(dir, 'out');
        if (legacy) {
          mkdirSync(out);
          for (const [f, t] of Object.entries({
            ...report('v1'),
            'run.json': '{"versions":{"routelab":"0.1.0"},"engine":{}}',
          })) {
            mkdirSync(join(out, f, '..'), { recursive: true });
            writeFileSync(join(out, f), t);
          }
        } else writeReportFolder(out, report('v1'));
        const before = read(out);
        const entries = readdirSync(dir).sort();
        expect(() =>
          writeReportFolder(out, report('v2'), {
            onStep: (x) => {
              if (x === s) throw new Error(`stopped after ${x}`);
            },
          }),
        ).toThrow(`stopped after ${s}`);
        expect(read(out)).toEqual(before);
        expect(readdirSync(dir).sort()).toEqual(entries);
      });
    }
  }
});

/** A child process that writes report `v` at `out` and kills itself (SIGKILL) right after `step`. */
function killedAt(out: string, v: string, step: SwapStep): void {
  const script = join(tmp, `kill-${++n}.ts`);
  writeFileSync(
    script,
    [
      `import { writeReportFolder } from ${JSON.stringify(join(ROOT, 'sim/io/report-folder.ts'))};`,
      `writeReportFolder(${JSON.stringify(out)}, ${JSON.stringify(report(v))}, { onStep: (s) => { if (s === ${JSON.stringify(step)}) process.kill(process.pid, 'SIGKILL'); } });`,
    ].join('\n'),
  );
  // node itself (not the tsx wrapper, which would outlive the killed child)
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  expect(r.signal, r.stderr).toBe('SIGKILL');
}

describe('writeReportFolder: a process killed between the steps', () => {
  const cases: [SwapStep, boolean, string][] = [
    ['written', false, 'v1'],
    ['linked', false, 'v1'],
    ['switched', false, 'v2'],
    ['written', true, 'v1'],
    ['linked', true, 'v1'],
    ['switched', true, 'v2'],
  ];
  for (const [step, legacy, expected] of cases) {
    it(
      `killed after "${step}"${legacy ? ' (migrating a folder from before manifests)' : ''}: --out holds report ${expected}; the next run cleans up`,
      { timeout: 60_000 },
      () => {
        const dir = fresh();
        const out = join(dir, 'out');
        if (legacy) {
          mkdirSync(join(out, 'charts'), { recursive: true });
          for (const [f, t] of Object.entries(report('v1')))
            writeFileSync(join(out, f), f === 'run.json' ? '{"versions":{"routelab":"0.1.0"},"engine":{}}' : t);
        } else writeReportFolder(out, report('v1'));
        const v1 = reportAt(out);
        killedAt(out, 'v2', step);
        expect(reportAt(out)).toEqual(expected === 'v1' ? v1 : report('v2'));
        // something was left behind (a version folder, a link, the old report) beside --out (and its version folder)
        expect(readdirSync(dir).length).toBeGreaterThan(legacy && step !== 'switched' ? 1 : 2);
        writeReportFolder(out, report('v3'));
        expect(reportAt(out)).toEqual(report('v3'));
        expect(readdirSync(dir)).toHaveLength(2);
      },
    );
  }

  it(
    'killed after "moved-aside" while migrating: --out is briefly absent (documented); the next run writes it and cleans up',
    { timeout: 60_000 },
    () => {
      const dir = fresh();
      const out = join(dir, 'out');
      mkdirSync(join(out, 'charts'), { recursive: true });
      for (const [f, t] of Object.entries(report('v1')))
        writeFileSync(join(out, f), f === 'run.json' ? '{"versions":{"routelab":"0.1.0"},"engine":{}}' : t);
      killedAt(out, 'v2', 'moved-aside');
      const aside = readdirSync(dir).find((f) => f.startsWith('.out.routelab-old-'))!;
      expect(read(join(dir, aside))['index.html']).toBe('<html>v1</html>');
      writeReportFolder(out, report('v3'));
      expect(reportAt(out)).toEqual(report('v3'));
      expect(readdirSync(dir)).toHaveLength(2);
    },
  );
});

describe('draftReportFolder: outcomes.csv written first, the rest at the commit', () => {
  const rows = ['order_id,cost\n', 'A1,3.50\n'];

  it('add, then commit: one complete report, the added file in it and in its manifest', () => {
    const dir = fresh();
    const out = join(dir, 'out');
    writeReportFolder(out, report('v1'));
    const draft = draftReportFolder(out);
    draft.add('outcomes.csv', { chunks: rows });
    // until the commit --out holds the old report, whole
    expect(reportAt(out)).toEqual(report('v1'));
    expect(read(out)['outcomes.csv']).toBeUndefined();
    draft.commit(report('v2'));
    draft.discard(); // after a commit: nothing to do
    expect(reportAt(out)).toEqual(report('v2'));
    expect(read(out)['outcomes.csv']).toBe(rows.join(''));
    const manifest = JSON.parse(read(out)[MANIFEST]!) as { files: Record<string, string> };
    expect(Object.keys(manifest.files).sort()).toEqual([...Object.keys(report('')), 'outcomes.csv'].sort());
    expect(manifest.files['outcomes.csv']).toBe(contentHash(rows.join('')));
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('add, then discard (a run that failed): the old report as it was, nothing beside it, no folder made for --out', () => {
    const dir = fresh();
    const out = join(dir, 'out');
    writeReportFolder(out, report('v1'));
    const before = read(out);
    const entries = readdirSync(dir).sort();
    const draft = draftReportFolder(out);
    draft.add('outcomes.csv', { chunks: rows });
    draft.discard();
    expect(read(out)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(entries);
    const deep = join(dir, 'a', 'b', 'out');
    draftReportFolder(deep).discard();
    expect(readdirSync(dir).sort()).toEqual(entries);
  });

  it('a commit refused (a user file where a report file goes) removes the draft with what was added', () => {
    const dir = fresh();
    const out = join(dir, 'out');
    writeReportFolder(out, report('v1'));
    writeFileSync(join(out, 'notes.md'), 'mine');
    const entries = readdirSync(dir).sort();
    const draft = draftReportFolder(out);
    draft.add('outcomes.csv', { chunks: rows });
    expect(rejected(() => draft.commit({ ...report('v2'), 'notes.md': 'ours' }))).toEqual([
      `${join(out, 'notes.md')}: out-file-not-routelab`,
    ]);
    expect(readdirSync(dir).sort()).toEqual(entries);
    expect(reportAt(out)).toEqual(report('v1'));
  });

  it('killed after the add: the next run removes the version folder (its manifest lists the file)', () => {
    const dir = fresh();
    const out = join(dir, 'out');
    writeReportFolder(out, report('v1'));
    const script = join(tmp, `kill-${++n}.ts`);
    writeFileSync(
      script,
      [
        `import { draftReportFolder } from ${JSON.stringify(join(ROOT, 'sim/io/report-folder.ts'))};`,
        `draftReportFolder(${JSON.stringify(out)}).add('outcomes.csv', { chunks: ${JSON.stringify(rows)} });`,
        `process.kill(process.pid, 'SIGKILL');`,
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.signal, r.stderr).toBe('SIGKILL');
    expect(readdirSync(dir)).toHaveLength(3);
    expect(reportAt(out)).toEqual(report('v1'));
    writeReportFolder(out, report('v2'));
    expect(readdirSync(dir)).toHaveLength(2);
    expect(reportAt(out)).toEqual(report('v2'));
  });
});

describe('writeReportFolder: leftovers of killed runs', () => {
  /** The pid of a process that has ended. */
  const deadPid = () => spawnSync('true').pid!;

  it('removes version, link and old folders of dead processes, and the .tmp-/.old- folders of RouteLab before manifests', () => {
    const dir = fresh();
    const out = join(dir, 'out');
    writeReportFolder(out, report('v1'));
    const pid = deadPid();
    // a version folder killed while writing: its manifest lists every file it was going to write
    mkdirSync(join(dir, `.out.routelab-${pid}-abc`));
    writeFileSync(join(dir, `.out.routelab-${pid}-abc`, MANIFEST), readFileSync(join(out, MANIFEST)));
    writeFileSync(join(dir, `.out.routelab-${pid}-abc`, 'index.html'), 'half');
    spawnSync('ln', ['-s', `.out.routelab-${pid}-abc`, join(dir, `.out.routelab-link-${pid}-abc`)]);
    for (const old of [`.tmp-out-${pid}`, `.old-out-${pid}`]) {
      mkdirSync(join(dir, old, 'charts'), { recursive: true });
      writeFileSync(join(dir, old, 'index.html'), 'x');
      writeFileSync(join(dir, old, 'charts', 'a.png'), 'x');
    }
    writeReportFolder(out, report('v2'));
    expect(readdirSync(dir)).toHaveLength(2);
    expect(reportAt(out)).toEqual(report('v2'));
  });

  it('leaves alone a look-alike folder holding a file RouteLab did not write, and anything of a live process', () => {
    const dir = fresh();
    const out = join(dir, 'out');
    const pid = deadPid();
    mkdirSync(join(dir, `.out.routelab-${pid}-abc`));
    writeFileSync(join(dir, `.out.routelab-${pid}-abc`, 'taxes-2025.xlsx'), 'taxes');
    mkdirSync(join(dir, `.tmp-out-${pid}`));
    writeFileSync(join(dir, `.tmp-out-${pid}`, 'plan.md'), 'plan');
    // this test's own parent process is alive
    mkdirSync(join(dir, `.out.routelab-${process.ppid}-abc`));
    writeFileSync(join(dir, `.out.routelab-${process.ppid}-abc`, 'index.html'), 'being written');
    writeReportFolder(out, report('v1'));
    expect(read(join(dir, `.out.routelab-${pid}-abc`))).toEqual({ 'taxes-2025.xlsx': 'taxes' });
    expect(read(join(dir, `.tmp-out-${pid}`))).toEqual({ 'plan.md': 'plan' });
    expect(read(join(dir, `.out.routelab-${process.ppid}-abc`))).toEqual({ 'index.html': 'being written' });
  });
});
