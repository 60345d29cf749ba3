/** Column lists of the canonical files importers write (DESIGN §3). */

export const ORDER_OUT = [
  'order_id',
  'placed_at',
  'sku',
  'quantity',
  'customer_zip',
  'customer_state',
  'country',
  'ship_service',
  'unit_price',
  'tags',
  'status',
  'shipped_at',
] as const;
export const SKU_OUT = [
  'sku',
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
] as const;
export const NODE_OUT = [
  'node_id',
  'type',
  'name',
  'zip',
  'lat',
  'lon',
  'timezone',
  'cutoff',
  'ship_days',
  'daily_order_capacity',
  'pick_cost_per_order',
  'pick_cost_per_extra_unit',
  'inventory_accuracy',
  'safety_stock',
  'active_from',
  'active_to',
  'tags',
] as const;
export const INVENTORY_OUT = ['node_id', 'sku', 'on_hand', 'as_of'] as const;

export type OrderOut = Record<(typeof ORDER_OUT)[number], string>;
export type SkuOut = Record<(typeof SKU_OUT)[number], string>;
export type NodeOut = Record<(typeof NODE_OUT)[number], string>;
export type InventoryOut = Record<(typeof INVENTORY_OUT)[number], string>;

/** Values of a record in a column order. */
export function cells<K extends string>(columns: readonly K[], row: Record<K, string>): string[] {
  const out = new Array<string>(columns.length);
  for (let i = 0; i < columns.length; i++) out[i] = row[columns[i]!];
  return out;
}

/** Empty record for a column list. */
export function blank<K extends string>(columns: readonly K[]): Record<K, string> {
  return Object.fromEntries(columns.map((c) => [c, ''])) as Record<K, string>;
}

/** `2025-03-20 05:20:57 -0700` → `2025-03-20T05:20:57-07:00`; other text unchanged. */
export function isoTimestamp(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)\s*([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  return m ? `${m[1]}T${m[2]}${m[3]}${m[4]}:${m[5]}` : text.trim();
}
