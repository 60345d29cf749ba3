/**
 * Shopify's inventory export → canonical inventory, in its three layouts:
 * - long, current: one row per variant × location with `Location` and `On hand (current)`;
 * - long, older: `Location` and `On hand`;
 * - wide, older: one column per location name holding the quantity.
 * Cells may be negative (oversold: written as exported and logged, so `validate` sees it) or
 * `not stocked` (the location does not carry it).
 */
import { blank, INVENTORY_OUT, type InventoryOut } from '../canonical.ts';
import { ColumnMap } from '../columns.ts';
import type { ImportLog } from '../log.ts';
import { importText, msg } from '../../messages.ts';
import { InputError, type Problem } from '../../problems.ts';

export const SHOPIFY_INVENTORY_COLUMNS = {
  sku: ['SKU', 'Variant SKU'],
  location: ['Location'],
  onHand: ['On hand (current)', 'On hand'],
  handle: ['Handle'],
} as const;

type Key = keyof typeof SHOPIFY_INVENTORY_COLUMNS;

/** Columns of the wide layout that are not locations. */
const NOT_LOCATIONS = new Set(
  [
    'handle',
    'title',
    'option1 name',
    'option1 value',
    'option2 name',
    'option2 value',
    'option3 name',
    'option3 value',
    'sku',
    'variant sku',
    'hs code',
    'coo',
    'barcode',
    'incoming',
    'unavailable',
    'committed',
    'available',
  ].map((s) => s.toLowerCase()),
);

export type InventoryLayout = 'long-current' | 'long-older' | 'wide';

export class ShopifyInventory {
  private cols!: ColumnMap<Key>;
  layout: InventoryLayout = 'long-current';
  /** Wide layout: location name by column index. */
  private wide: { index: number; name: string }[] = [];
  private readonly seen = new Set<string>();
  /** Node × sku pairs written, so a repeated pair is left out (and logged) here. */
  private readonly pairs = new Set<string>();

  /** `nodeOf(locationName)` gives the node id, or undefined for a location not in locations.csv. */
  constructor(
    readonly file: string,
    private readonly log: ImportLog,
    private readonly nodeOf: (location: string) => string | undefined,
    private readonly asOf: string,
  ) {
    log.file(file, 'Shopify inventory export');
  }

  header(cells: string[]): void {
    this.cols = new ColumnMap(cells, SHOPIFY_INVENTORY_COLUMNS);
    const problems: Problem[] = this.cols.missing(['sku'], SHOPIFY_INVENTORY_COLUMNS, this.file);
    if (this.cols.has('location')) {
      if (!this.cols.has('onHand'))
        problems.push(...this.cols.missing(['onHand'], SHOPIFY_INVENTORY_COLUMNS, this.file));
      this.layout =
        this.cols.header[this.cols.column('onHand')! - 1]?.toLowerCase() === 'on hand' ? 'long-older' : 'long-current';
    } else {
      this.layout = 'wide';
      this.wide = this.cols.header
        .map((name, index) => ({ index, name }))
        .filter((c) => c.name !== '' && !NOT_LOCATIONS.has(c.name.toLowerCase()));
      if (this.wide.length === 0)
        problems.push({
          severity: 'error',
          file: this.file,
          line: 1,
          ...msg.missingOneOf(['Location + "On hand (current)"', 'one column per location']),
        });
      for (const c of this.wide) this.noteLocation(c.name, 1, c.index + 1);
    }
    if (problems.length) throw new InputError(problems);
  }

  private noteLocation(name: string, line: number, column: number | undefined): void {
    if (this.seen.has(name)) return;
    this.seen.add(name);
    if (this.nodeOf(name) === undefined) this.unknown.push({ name, line, column });
  }

  /** Locations named in the export that locations.csv does not list, where first seen. */
  readonly unknown: { name: string; line: number; column: number | undefined }[] = [];

  /** Problems to report once the whole file is read: every unknown location, or the missing locations file. */
  problems(haveLocations: boolean): Problem[] {
    if (this.unknown.length === 0) return [];
    if (!haveLocations)
      return [
        {
          severity: 'error',
          file: this.file,
          line: this.unknown[0]!.line,
          ...msg.noLocations(this.unknown.map((u) => u.name)),
        },
      ];
    return this.unknown.map((u) => ({
      severity: 'error' as const,
      file: this.file,
      line: u.line,
      column: u.column,
      field: 'Location',
      ...msg.unknownLocation(u.name),
    }));
  }

  /** One data row → canonical inventory rows (one per location in the wide layout). */
  row(row: string[], line: number): InventoryOut[] {
    const c = this.cols;
    this.log.read(this.file);
    const sku = c.get(row, 'sku');
    if (sku === '') {
      this.log.skip(this.file, line, importText.noSku, c.get(row, 'handle'));
      return [];
    }
    const cells =
      this.layout === 'wide'
        ? this.wide.map((w) => ({ location: w.name, text: (row[w.index] ?? '').trim() }))
        : [{ location: c.get(row, 'location'), text: c.get(row, 'onHand') }];
    const out: InventoryOut[] = [];
    const reasons: string[] = [];
    for (const { location, text } of cells) {
      if (this.layout !== 'wide') this.noteLocation(location, line, c.column('location'));
      if (this.nodeOf(location) === undefined) {
        reasons.push(`${location}: not in locations.csv`);
        continue;
      }
      if (text === '' || text.toLowerCase() === 'not stocked') {
        reasons.push(`${location}: ${text || 'empty'}`);
        continue;
      }
      const n = Number(text);
      if (!Number.isInteger(n)) {
        reasons.push(`${location}: "${text}" is not a whole number`);
        continue;
      }
      // kept as exported, so `validate` and `run` on the folder see it (they warn and read it as 0)
      if (n < 0) this.log.keep(this.file, line, importText.negativeOnHand, `${sku} at ${location}: ${n}`);
      const pair = `${this.nodeOf(location)!}\u0000${sku}`;
      if (this.pairs.has(pair)) {
        reasons.push(`${location}: SKU listed again for this location (first kept)`);
        continue;
      }
      this.pairs.add(pair);
      const r = blank(INVENTORY_OUT);
      r.node_id = this.nodeOf(location)!;
      r.sku = sku;
      r.on_hand = String(n);
      r.as_of = this.asOf;
      out.push(r);
    }
    if (out.length === 0) this.log.skip(this.file, line, importText.nothingToKeep, `${sku} (${reasons.join('; ')})`);
    else {
      this.log.written(this.file);
      if (reasons.length)
        this.log.repair(this.file, line, importText.locationsLeftOut, `${sku}: ${reasons.join('; ')}`);
    }
    return out;
  }
}
