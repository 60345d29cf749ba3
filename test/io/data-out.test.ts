/**
 * Writing RouteLab's files into a data folder the user shares with it (import, generate):
 * the user's files stay, one of theirs in the way stops the write before anything is
 * written, and a write stopped among its renames leaves files RouteLab still knows.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stageDataFolder, writeDataFiles } from '../../sim/io/data-out.ts';
import { MANIFEST, manifestText } from '../../sim/io/manifest.ts';
import { InputError } from '../../sim/problems.ts';

const tmp = mkdtempSync(join(tmpdir(), 'routelab-data-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
/** A fresh folder `out` inside a fresh parent, holding `files`. */
function folder(files: Record<string, string> = {}): { parent: string; out: string } {
  const parent = join(tmp, `case-${++n}`);
  const out = join(parent, 'out');
  mkdirSync(out, { recursive: true });
  for (const [f, t] of Object.entries(files)) writeFileSync(join(out, f), t);
  return { parent, out };
}
const read = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f !== MANIFEST)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
const codes = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => `${p.file.split('/').pop()}: ${p.code}`);
    throw e;
  }
  throw new Error('expected an InputError');
};

describe('writeDataFiles', () => {
  it("writes its files beside the user's (plan.md, locations.csv stay)", () => {
    const { out, parent } = folder({ 'plan.md': 'my plan', 'locations.csv': 'name,type,zip' });
    writeDataFiles(out, { 'orders.csv': 'o1', 'nodes.csv': 'n1' });
    expect(read(out)).toEqual({
      'locations.csv': 'name,type,zip',
      'nodes.csv': 'n1',
      'orders.csv': 'o1',
      'plan.md': 'my plan',
    });
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('replaces its own files when written again, and removes its own that a command owns and no longer writes', () => {
    const { out } = folder({ 'plan.md': 'my plan' });
    writeDataFiles(out, { 'orders.csv': 'o1', 'nodes.csv': 'n1' });
    // an import without --locations writes no nodes.csv
    const stage = stageDataFolder(out, { replace: ['orders.csv', 'nodes.csv'], starters: [] });
    writeFileSync(join(stage.path, 'orders.csv'), 'o2');
    stage.commit();
    expect(read(out)).toEqual({ 'orders.csv': 'o2', 'plan.md': 'my plan' });
    const m = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(m.files)).toEqual(['orders.csv']);
  });

  it("a file of the user's by a name it writes (never written, or changed since): refused, nothing written", () => {
    const { out } = folder({ 'orders.csv': 'theirs' });
    expect(codes(() => writeDataFiles(out, { 'orders.csv': 'o1', 'skus.csv': 's1' }))).toEqual([
      'orders.csv: out-file-not-routelab',
    ]);
    expect(read(out)).toEqual({ 'orders.csv': 'theirs' });
    writeDataFiles(join(out, '..', 'b'), { 'skus.csv': 's1' });
    writeFileSync(join(out, '..', 'b', 'skus.csv'), 'edited');
    expect(codes(() => writeDataFiles(join(out, '..', 'b'), { 'skus.csv': 's2' }))).toEqual([
      'skus.csv: out-file-changed',
    ]);
    expect(read(join(out, '..', 'b'))).toEqual({ 'skus.csv': 'edited' });
  });

  it('a new folder appears only on success; a file at --out is refused', () => {
    const { parent } = folder();
    writeFileSync(join(parent, 'f'), 'x');
    expect(codes(() => writeDataFiles(join(parent, 'f'), { 'orders.csv': 'o' }))).toEqual(['f: out-is-file']);
    expect(readFileSync(join(parent, 'f'), 'utf8')).toBe('x');
    writeDataFiles(join(parent, 'new'), { 'orders.csv': 'o' });
    expect(read(join(parent, 'new'))).toEqual({ 'orders.csv': 'o' });
  });
});

describe('stageDataFolder', () => {
  it("starter files: isTheirs tells the user's apart, so the caller keeps them", () => {
    const { out } = folder({ 'rate_card.csv': 'my rates' });
    const stage = stageDataFolder(out, { replace: ['orders.csv'], starters: ['rate_card.csv', 'transit.csv'] });
    expect([stage.isTheirs('rate_card.csv'), stage.isTheirs('transit.csv')]).toEqual([true, false]);
    writeFileSync(join(stage.path, 'orders.csv'), 'o');
    writeFileSync(join(stage.path, 'transit.csv'), 't');
    stage.commit();
    expect(read(out)).toEqual({ 'orders.csv': 'o', 'rate_card.csv': 'my rates', 'transit.csv': 't' });
  });

  it("a user's file that appeared while the command ran: refused at commit, nothing moved", () => {
    const { out } = folder();
    const stage = stageDataFolder(out, { replace: ['orders.csv', 'skus.csv'], starters: [] });
    writeFileSync(join(stage.path, 'orders.csv'), 'o');
    writeFileSync(join(stage.path, 'skus.csv'), 's');
    writeFileSync(join(out, 'skus.csv'), 'theirs');
    expect(codes(() => stage.commit())).toEqual(['skus.csv: out-file-not-routelab']);
    stage.abort();
    expect(read(out)).toEqual({ 'skus.csv': 'theirs' });
  });

  it("stopped among the renames: the files are still RouteLab's to the next write", () => {
    const { out } = folder({ 'notes.txt': 'mine' });
    writeDataFiles(out, { 'orders.csv': 'o1', 'skus.csv': 's1' });
    const stage = stageDataFolder(out, { replace: ['orders.csv', 'skus.csv'], starters: [] }, (step, name) => {
      if (step === 'moved' && name === 'orders.csv') throw new Error('killed');
    });
    writeFileSync(join(stage.path, 'orders.csv'), 'o2');
    writeFileSync(join(stage.path, 'skus.csv'), 's2');
    expect(() => stage.commit()).toThrow('killed');
    // orders.csv is new, skus.csv old: both are known as RouteLab's
    expect(read(out)).toEqual({ 'notes.txt': 'mine', 'orders.csv': 'o2', 'skus.csv': 's1' });
    writeDataFiles(out, { 'orders.csv': 'o3', 'skus.csv': 's3' });
    expect(read(out)).toEqual({ 'notes.txt': 'mine', 'orders.csv': 'o3', 'skus.csv': 's3' });
  });

  it('a staging folder left by a killed run is removed by the next; a look-alike holding other files is not', () => {
    const { out, parent } = folder();
    const dead = spawnSync('true').pid!;
    const left = join(parent, `.out.routelab-stage-${dead}-abc`);
    mkdirSync(left);
    writeFileSync(join(left, MANIFEST), manifestText({ kind: 'stage', files: { 'orders.csv': '' } }));
    writeFileSync(join(left, 'orders.csv'), 'half');
    const other = join(parent, `.out.routelab-stage-${dead}-xyz`);
    mkdirSync(other);
    writeFileSync(join(other, 'plan.md'), 'plan');
    writeDataFiles(out, { 'orders.csv': 'o' });
    expect(readdirSync(parent).sort()).toEqual([`.out.routelab-stage-${dead}-xyz`, 'out']);
  });
});
