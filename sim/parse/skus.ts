/** skus.csv: the catalog (DESIGN §3). */
import type { CsvTable } from './csv.ts';
import { parseBoolean, parseNumber } from './fields.ts';
import { readRows } from './table.ts';
import type { SkuRow } from './types.ts';
import { msg } from '../messages.ts';
import type { Problems } from '../problems.ts';

export const SKU_COLUMNS = {
  required: ['sku'],
  optional: [
    'name',
    'category',
    'weight_lb',
    'length_in',
    'width_in',
    'height_in',
    'unit_cost',
    'unit_price',
    'fragile',
    'oversize',
  ],
} as const;

/** Parses skus.csv rows; bad cells are recorded and their rows left out. */
export function parseSkus(table: CsvTable, problems: Problems): SkuRow[] {
  const positive = (t: string) => parseNumber(t, 0);
  return readRows(table, SKU_COLUMNS, problems, (r) => {
    const sku = r.text('sku');
    if (sku === '') r.error('sku', msg.required('sku'));
    const row: SkuRow = {
      line: r.line,
      sku,
      name: r.text('name'),
      category: r.text('category'),
      weightLb: r.get('weight_lb', positive),
      lengthIn: r.get('length_in', positive),
      widthIn: r.get('width_in', positive),
      heightIn: r.get('height_in', positive),
      unitCost: r.get('unit_cost', positive),
      unitPrice: r.get('unit_price', positive),
      fragile: r.get('fragile', parseBoolean) ?? false,
      oversize: r.get('oversize', parseBoolean) ?? false,
    };
    return row;
  });
}
