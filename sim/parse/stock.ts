/** inventory.csv and receipts.csv: stock on hand and stock arriving (DESIGN §3). */
import type { CsvTable } from './csv.ts';
import { parseDate, parseInteger, parseTimestamp } from './fields.ts';
import { readRows, TableReader } from './table.ts';
import type { InventoryRow, ReceiptRow } from './types.ts';
import { msg } from '../messages.ts';
import type { Problems } from '../problems.ts';

export const INVENTORY_COLUMNS = { required: ['node_id', 'sku', 'on_hand'], optional: ['as_of'] } as const;
export const RECEIPT_COLUMNS = { required: ['node_id', 'sku', 'quantity', 'arrives_at'], optional: [] } as const;

function requiredText(r: TableReader, col: string): string {
  const t = r.text(col);
  if (t === '') r.error(col, msg.required(col));
  return t;
}

/**
 * on_hand as a whole number. A negative count (real systems oversell) is kept with a
 * warning and read as 0; anything else that is not a whole number ≥ 0 is an error.
 */
function onHand(r: TableReader): number {
  const t = r.text('on_hand');
  if (/^-\d+$/.test(t) && Number(t) < 0) {
    r.warning('on_hand', msg.negativeOnHand(t, r.text('sku'), r.text('node_id')));
    return 0;
  }
  return r.get('on_hand', (v) => parseInteger(v, 0), { required: true })!;
}

/** Parses inventory.csv rows (on_hand a whole number; negative counts are read as 0 with a warning). */
export function parseInventory(table: CsvTable, problems: Problems): InventoryRow[] {
  return readRows(table, INVENTORY_COLUMNS, problems, (r) => ({
    line: r.line,
    nodeId: requiredText(r, 'node_id'),
    sku: requiredText(r, 'sku'),
    onHand: onHand(r),
    asOf: r.get('as_of', parseDate),
  }));
}

/** Parses receipts.csv rows (quantity ≥ 1; arrives_at a date or date-time). */
export function parseReceipts(table: CsvTable, problems: Problems): ReceiptRow[] {
  return readRows(table, RECEIPT_COLUMNS, problems, (r) => ({
    line: r.line,
    nodeId: requiredText(r, 'node_id'),
    sku: requiredText(r, 'sku'),
    quantity: r.get('quantity', (t) => parseInteger(t, 1), { required: true })!,
    arrivesAt: r.get('arrives_at', parseTimestamp, { required: true })!,
  }));
}
