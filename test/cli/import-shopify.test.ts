/** `routelab import shopify` as a user runs it: the fixture exports to a data folder, then `run` on it. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, routelab, T } from '../helpers/cli.ts';
import { loadScenario } from '../../sim/io/load.ts';
import { validateCommand } from '../../sim/cli/validate.ts';
import { fromCSV } from '../../sim/parse/csv.ts';
import { Problems } from '../../sim/problems.ts';

const root = mkdtempSync(join(tmpdir(), 'routelab-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const FIX = 'test/fixtures/shopify';

describe('import shopify → run', () => {
  const out = join(root, 'store');
  const imp = routelab(
    'import',
    'shopify',
    '--orders',
    `${FIX}/orders_export.csv`,
    '--products',
    `${FIX}/products_export.csv`,
    '--inventory',
    `${FIX}/inventory_export_wide.csv`,
    '--locations',
    `${FIX}/locations.csv`,
    '--inventory-date',
    '2025-03-19',
    '--out',
    out,
  );

  it('writes the canonical folder with a report that accounts for every row', T, () => {
    expect(imp.status, imp.stderr).toBe(0);
    for (const f of [
      'orders.csv',
      'skus.csv',
      'nodes.csv',
      'inventory.csv',
      'rate_card.csv',
      'transit.csv',
      'scenario.yaml',
      'import-report.md',
      'import-issues.csv',
    ])
      expect(existsSync(join(out, f)), f).toBe(true);
    const report = readFileSync(join(out, 'import-report.md'), 'utf8');
    expect(report).toMatch(/orders\\_export\.csv \| Shopify orders export \| 11 \| 6 \| 5 \| 4 \|/);
    // the negative count is written as exported, counted as kept (not repaired), and printed with the same count
    expect(report).toMatch(/inventory\\_export\\_wide\.csv \| Shopify inventory export \| 4 \| 4 \| 0 \| 2 \| 1 \|/);
    expect(report).toContain('| kept as exported |');
    expect(readFileSync(join(out, 'inventory.csv'), 'utf8')).toMatch(/^COLUMBUS-WAREHOUSE,TOTE-BLK,-2,/m);
    expect(imp.stdout).toContain(
      'inventory_export_wide.csv: 4 rows read, 4 written, 0 skipped, 2 repaired, 1 kept as exported',
    );
    const issues = readFileSync(join(out, 'import-issues.csv'), 'utf8').trim().split('\n');
    expect(issues[0]).toBe('file,line,action,reason,detail');
    expect(issues.filter((l) => l.includes('orders_export.csv'))).toHaveLength(9); // 5 skipped + 4 repaired rows
    expect(issues.filter((l) => l.includes(',kept-as-exported,'))).toHaveLength(1);
    expect(imp.stdout).toContain('orders_export.csv: 11 rows read, 6 written, 5 skipped, 4 repaired');
    // the orders printed are the orders written (#1005 to Canada and #1006 without a ZIP are left out whole)
    expect(imp.stdout).toContain('5 orders, ');
    const written = fromCSV(readFileSync(join(out, 'orders.csv'), 'utf8'), 'orders.csv', new Problems())!;
    expect(new Set(written.rows.map((r) => r[0])).size).toBe(5);
  });

  it('lets validate see the negative count the import kept', T, async () => {
    const v = await validateCommand(out, {}, ROOT);
    expect(v.output).toContain('Negative inventory: 1 inventory row'); // the 1 the import printed as kept
    expect(v.output).toMatch(/on_hand "-2" of sku "TOTE-BLK" at "COLUMBUS-WAREHOUSE" is negative/);
  });

  it('runs without hand edits', T, () => {
    const run = routelab('run', out, '--out', join(root, 'report'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^orders\s+4\s+4\s+4$/m); // 5 US orders with shippable lines, 1 cancelled left out
    expect(run.stderr).toContain('weight'); // MUG-BLU and the candle have no weight: warned, not hidden
    const summary = readFileSync(join(root, 'report', 'summary.md'), 'utf8');
    expect(summary).toContain('cancelled in the history and is not replayed');
    expect(summary).toContain('illustrative prices');
  });

  it('keeps an edited scenario.yaml on a second import', T, () => {
    writeFileSync(
      join(out, 'scenario.yaml'),
      readFileSync(join(out, 'scenario.yaml'), 'utf8').replace('seed: 1', 'seed: 99'),
    );
    const again = routelab(
      'import',
      'shopify',
      '--orders',
      `${FIX}/orders_export.csv`,
      '--locations',
      `${FIX}/locations.csv`,
      '--inventory',
      `${FIX}/inventory_export.csv`,
      '--out',
      out,
    );
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(join(out, 'scenario.yaml'), 'utf8')).toContain('seed: 99');
    expect(readFileSync(join(out, 'import-report.md'), 'utf8')).toContain('scenario.yaml already existed and was kept');
  });

  it('writes nothing when an inventory location is not in locations.csv', T, () => {
    const dir = join(root, 'bad');
    writeFileSync(join(root, 'one-location.csv'), 'name,type,zip\nColumbus Warehouse,warehouse,43219\n');
    const r = routelab(
      'import',
      'shopify',
      '--orders',
      `${FIX}/orders_export.csv`,
      '--inventory',
      `${FIX}/inventory_export.csv`,
      '--locations',
      join(root, 'one-location.csv'),
      '--out',
      dir,
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /inventory_export\.csv:3:12: error \[Location\] location "Brooklyn Store" is not in locations\.csv/,
    );
    expect(existsSync(dir)).toBe(false);
  });

  it(
    'refuses an export saved as Windows-1252 at the line and column of the first such byte, and writes nothing',
    T,
    () => {
      // the streamed orders export: line 7 gets an en dash as 0x96 after its first 6 characters ("#1003,")
      const lines = readFileSync(`${FIX}/orders_export.csv`, 'utf8').split('\n');
      const at = lines.slice(0, 6).join('\n').length + 1 + '#1003,'.length;
      const text = Buffer.from(lines.join('\n'));
      const cp1252 = Buffer.concat([text.subarray(0, at), Buffer.of(0x96), text.subarray(at)]);
      expect(lines[6]!.startsWith('#1003,')).toBe(true);
      writeFileSync(join(root, 'cp1252.csv'), cp1252);
      const dir = join(root, 'cp1252-out');
      const r = routelab('import', 'shopify', '--orders', join(root, 'cp1252.csv'), '--out', dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/cp1252\.csv:7:7: error byte 0x96 after "#1003," is not UTF-8/);
      expect(r.stderr).toContain('re-save the file as UTF-8 (in Excel: Save As → CSV UTF-8');
      expect(existsSync(dir)).toBe(false);
      // the locations file (read whole, not streamed) is checked too: "Café" written in Latin-1
      writeFileSync(
        join(root, 'latin1-locations.csv'),
        Buffer.concat([Buffer.from('name,type,zip\nCaf'), Buffer.of(0xe9), Buffer.from(',warehouse,43219\n')]),
      );
      const l = routelab(
        'import',
        'shopify',
        '--orders',
        `${FIX}/orders_export.csv`,
        '--locations',
        join(root, 'latin1-locations.csv'),
        '--out',
        dir,
      );
      expect(l.status).toBe(2);
      expect(l.stderr).toMatch(/latin1-locations\.csv:2:4: error byte 0xE9 after "Caf" is not UTF-8/);
      expect(existsSync(dir)).toBe(false);
    },
  );

  it('refuses an over-long line as soon as it is read, and writes nothing', T, () => {
    // a 5 MB export that is one line: refused at line 1 without parsing it
    writeFileSync(join(root, 'one-line.csv'), 'x'.repeat(5 << 20));
    const dir = join(root, 'one-line-out');
    const r = routelab('import', 'shopify', '--orders', join(root, 'one-line.csv'), '--out', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/one-line\.csv:1: error this line is longer than 1 MB/);
    expect(r.stderr).not.toContain('required column');
    expect(existsSync(dir)).toBe(false);
  });

  it('reports a broken export at its line and writes nothing', T, () => {
    const broken = join(root, 'broken.csv');
    const lines = readFileSync(`${FIX}/orders_export.csv`, 'utf8').split('\n');
    lines[5] = lines[5]!.replace('#1002,', '"#1002,');
    writeFileSync(broken, lines.join('\n'));
    const dir = join(root, 'broken-out');
    const r = routelab('import', 'shopify', '--orders', broken, '--out', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/broken\.csv:6:1: error a double quote opened in this field is never closed/);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('import shopify → run: values a spreadsheet would run as formulas', () => {
  // skus and an order name that start with =, @, - (CSV-quoted where they hold quotes)
  const HOSTILE: [string, string, string][] = [
    ['TOTE-NAT', '=HYPERLINK("x")', '"=HYPERLINK(""x"")"'],
    ['MUG-BLU', '=X', '=X'],
    ['NAPKIN-4', '@a', '@a'],
    ['TOTE-BLK', '-2', '-2'],
  ];
  const hostile = (file: string) => {
    let text = readFileSync(`${FIX}/${file}`, 'utf8');
    for (const [from, , csv] of HOSTILE) text = text.replaceAll(`,${from},`, `,${csv},`);
    if (file === 'orders_export.csv') text = text.replaceAll('\n#1002,', '\n+1+2,');
    const path = join(root, `hostile-${file}`);
    writeFileSync(path, text);
    return path;
  };
  const out = join(root, 'hostile');
  const imp = routelab(
    'import',
    'shopify',
    '--orders',
    hostile('orders_export.csv'),
    '--products',
    hostile('products_export.csv'),
    '--inventory',
    hostile('inventory_export_wide.csv'),
    '--locations',
    `${FIX}/locations.csv`,
    '--inventory-date',
    '2025-03-19',
    '--out',
    out,
  );
  const column = (file: string, name: string) => {
    const t = fromCSV(readFileSync(join(out, file), 'utf8'), file, new Problems())!;
    return new Set(t.rows.map((r) => r[t.header.indexOf(name)]!));
  };

  it('writes the canonical files with the values exactly as exported', T, () => {
    expect(imp.status, imp.stderr).toBe(0);
    const skus = HOSTILE.map(([, v]) => v);
    // the candle's order line has no sku: one is made from its name
    expect([...column('skus.csv', 'sku')].sort()).toEqual([...skus, 'NOSKU:hand-poured-candle'].sort());
    expect([...column('orders.csv', 'sku')]).toEqual(expect.arrayContaining(['=HYPERLINK("x")', '=X']));
    expect([...column('orders.csv', 'order_id')]).toContain('+1+2');
    expect([...column('inventory.csv', 'sku')].sort()).toEqual([...skus].sort());
    expect(readFileSync(join(out, 'orders.csv'), 'utf8')).not.toContain("'=");
  });

  it('runs on them unchanged, neutralizing them only in outcomes.csv', T, async () => {
    const loaded = await loadScenario(join(out, 'scenario.yaml'), ROOT);
    expect([...loaded.model.skus.ids].sort()).toEqual(
      [...HOSTILE.map(([, v]) => v), 'NOSKU:hand-poured-candle'].sort(),
    );
    expect(loaded.model.orders.ids).toContain('+1+2');
    const report = join(root, 'hostile-report');
    const run = routelab('run', out, '--out', report);
    expect(run.status, run.stderr).toBe(0);
    const outcomes = readFileSync(join(report, 'outcomes.csv'), 'utf8');
    expect(outcomes).toContain(",'+1+2,");
    expect(outcomes).not.toMatch(/,\+1\+2,/);
  });
});
