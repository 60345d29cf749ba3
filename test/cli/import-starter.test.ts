/**
 * From a Shopify export to the owner's question with no hand edits, in-process: import the
 * fixture orders with a hand-written locations.csv (a warehouse and two stores) and today's
 * stock, rebuild the start stock, validate, run. By hand: the orders within 150 miles of a
 * store are #1004 and #1002 (Allston 02134, 1.6 miles from the Cambridge store) and #1007
 * (10001, 3 miles from Brooklyn); their median is 1.6 miles → radius 25; Boston has 2 of
 * them, Brooklyn 1 → the pilot is BOSTON-STORE, on MA.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importShopify } from '../../sim/io/import-shopify.ts';
import { validateCommand } from '../../sim/cli/validate.ts';
import { runCommand } from '../../sim/cli/run.ts';
import { parseScenario } from '../../sim/scenario/parse.ts';
import { POLICIES } from '../../sim/policies/registry.ts';
import { InputError, Problems } from '../../sim/problems.ts';
import { ROOT, T } from '../helpers/cli.ts';

const FIX = 'test/fixtures/shopify';
const root = mkdtempSync(join(tmpdir(), 'routelab-starter-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const LOCATIONS = `name,type,zip,capacity
Columbus Warehouse,warehouse,43219,
Brooklyn Store,store,11211,30
Boston Store,store,02139,20
`;
const HEAD = 'Handle,Title,SKU,Location,On hand (current)';
const INVENTORY = `${HEAD}
canvas-tote,Canvas Tote,TOTE-NAT,Columbus Warehouse,42
canvas-tote,Canvas Tote,TOTE-NAT,Brooklyn Store,3
canvas-tote,Canvas Tote,TOTE-NAT,Boston Store,5
ceramic-mug,Ceramic Mug,MUG-BLU,Columbus Warehouse,25
ceramic-mug,Ceramic Mug,MUG-BLU,Brooklyn Store,4
ceramic-mug,Ceramic Mug,MUG-BLU,Boston Store,1
linen-napkins,Linen Napkin Set,NAPKIN-4,Columbus Warehouse,10
`;
writeFileSync(join(root, 'locations.csv'), LOCATIONS);
writeFileSync(join(root, 'inventory.csv'), INVENTORY);
const out = join(root, 'store');
const env = { routelab: 'test', node: process.version, libraries: {} };

describe('import shopify with stores → validate → run, no edits', () => {
  const printed = importShopify({
    orders: `${FIX}/orders_export.csv`,
    products: `${FIX}/products_export.csv`,
    inventory: join(root, 'inventory.csv'),
    locations: join(root, 'locations.csv'),
    inventoryDate: '2025-04-01',
    rebuildStartStock: true,
    out,
  });

  it('prints the orders it wrote', T, async () => {
    expect((await printed).text).toContain('\n5 orders, 5 skus, 3 nodes.\n');
  });

  it('writes a starter scenario that asks the owner question, with a commented roi: block', T, async () => {
    await printed;
    const yaml = readFileSync(join(out, 'scenario.yaml'), 'utf8');
    expect(yaml).toContain('  - name: store-for-local\n    radius_miles: 25\n');
    expect(yaml).toContain('  - name: boston-store-local\n    use: store-for-local\n    stores: [BOSTON-STORE]\n');
    expect(yaml).toContain(
      '  - name: boston-store-pilot\n    use: pilot\n    policy: boston-store-local\n    fallback: warehouse-only\n    cohort: { states: [MA] }\n',
    );
    expect(yaml).toContain('baseline: warehouse-only\n');
    expect(yaml).toContain('inventory: { start: rebuild }\n');
    expect(yaml).toContain('# roi:\n#   policy: boston-store-pilot');
    // the roi: block, uncommented, is a valid part of the scenario
    const filled = yaml.replace(/^# (roi:|  .*)$/gm, '$1');
    const problems = new Problems();
    const s = parseScenario(filled, 'scenario.yaml', problems, POLICIES);
    expect(problems.errors).toEqual([]);
    expect([s!.config.roi.policy, s!.config.roi.integration]).toEqual(['boston-store-pilot', 'unknown']);
  });

  it(
    'records the start stock rebuilt in import-report.md: fulfilled lines added back at the warehouse',
    T,
    async () => {
      await printed;
      const report = readFileSync(join(out, 'import-report.md'), 'utf8');
      // #1004 (2 totes, 1 mug) and #1002 (1 mug) were fulfilled: from the warehouse under today's routing
      expect(report).toContain('| COLUMBUS-WAREHOUSE | 3 | 77 | 4 | 0 | 81 |');
      expect(report).toContain('| BOSTON-STORE | 2 | 6 | 0 | 0 | 6 |');
      expect(report).toContain('No SKU looks implausible');
    },
  );

  it('validates: the start stock is rebuilt, so no "counted after the period start" warning', T, async () => {
    await printed;
    const v = await validateCommand(out, {}, ROOT);
    const codes = v.check.problems.map((p) => p.code);
    expect(v.check.verdict).toBe('ready with warnings');
    expect(codes).toContain('start-stock-rebuilt');
    expect(codes).not.toContain('inventory-after-start');
    // the same data without the rebuild: today's stock against past orders, warned
    const yaml = readFileSync(join(out, 'scenario.yaml'), 'utf8');
    writeFileSync(join(out, 'scenario.yaml'), yaml.replace('inventory: { start: rebuild }\n', ''));
    const plain = await validateCommand(out, {}, ROOT);
    writeFileSync(join(out, 'scenario.yaml'), yaml);
    expect(plain.check.problems.map((p) => p.code)).toContain('inventory-after-start');
  });

  it(
    'runs: the pilot ships its local orders from the Boston store, and the report says how stock was rebuilt',
    T,
    async () => {
      await printed;
      const res = await runCommand(out, { quiet: true, out: join(root, 'report') }, ROOT, env, () => 0);
      expect(res.run.runs.map((p) => p.policy)).toEqual([
        'warehouse-only',
        'closest-with-stock',
        'fewest-packages',
        'store-for-local',
        'boston-store-local',
        'boston-store-pilot',
      ]);
      const pilot = res.run.runs.find((p) => p.policy === 'boston-store-pilot')!;
      // 3 packages (4 orders replayed, 1 cancelled whole: the candle no node stocks); #1002 ships from Boston
      expect(pilot.metrics.store_share).toBeCloseTo(1 / 3, 6);
      expect(res.run.runs[0]!.model.startOnHand.reduce((a, b) => a + b, 0)).toBe(81 + 6 + 7);
      const summary = readFileSync(join(root, 'report', 'summary.md'), 'utf8');
      expect(summary).toContain("- Start stock: rebuilt from the stock counted on as\\_of (today's export)");
    },
  );
});

describe('import shopify: the start-stock options checked before anything is written', () => {
  const refused = async (o: Partial<Parameters<typeof importShopify>[0]>) => {
    const dir = join(root, 'refused');
    const e = await importShopify({ orders: `${FIX}/orders_export.csv`, out: dir, ...o }).catch((x: unknown) => x);
    expect(existsSync(dir)).toBe(false);
    return (e as InputError).problems.map((p) => `${p.field} ${p.code}`);
  };

  it('refuses an --inventory-date that is not a date', async () => {
    expect(await refused({ inventory: join(root, 'inventory.csv'), inventoryDate: '24/03/2025' })).toEqual([
      '--inventory-date bad-date',
    ]);
  });

  it('refuses --rebuild-start-stock without an inventory export', async () => {
    expect(await refused({ rebuildStartStock: true })).toEqual(['--rebuild-start-stock rebuild-needs-inventory']);
  });
});
