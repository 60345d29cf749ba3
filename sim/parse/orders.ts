/** orders.csv: one row per order line (DESIGN §3). */
import type { CsvTable } from './csv.ts';
import { parseChoice, parseDate, parseInteger, parseNumber, parseTags, parseTimestamp } from './fields.ts';

const ORDER_STATUSES = ['fulfilled', 'cancelled'] as const;
import { readRows } from './table.ts';
import type { OrderLineRow } from './types.ts';
import { msg } from '../messages.ts';
import { describeZipRepairs, normalizeZip } from '../geo/zip.ts';
import type { Problems } from '../problems.ts';

export const ORDER_COLUMNS = {
  required: ['order_id', 'placed_at', 'sku', 'quantity'],
  optional: [
    'unit_price',
    'customer_state',
    'country',
    'ship_service',
    'promised_by',
    'tags',
    'fulfilled_from',
    'shipped_at',
    'delivered_at',
    'shipping_cost',
    'status',
  ],
  oneOf: [['customer_zip'], ['customer_lat', 'customer_lon']],
} as const;

/**
 * Parses orders.csv rows. Bad cells are recorded as problems and their rows left out;
 * repaired ZIPs are kept with a warning.
 */
export function parseOrders(table: CsvTable, problems: Problems): OrderLineRow[] {
  return readRows(table, ORDER_COLUMNS, problems, (r): OrderLineRow => {
    const orderId = r.text('order_id');
    if (orderId === '') r.error('order_id', msg.required('order_id'));
    const placedAt = r.get('placed_at', parseTimestamp, { required: true });
    const sku = r.text('sku');
    if (sku === '') r.error('sku', msg.required('sku'));
    const quantity = r.get('quantity', (t) => parseInteger(t, 1), { required: true });
    let zip5: string | undefined;
    const zipText = r.text('customer_zip');
    if (zipText !== '') {
      const z = normalizeZip(zipText);
      if (!z) r.error('customer_zip', msg.badZip(zipText));
      else {
        zip5 = z.zip5;
        if (z.repairs.length)
          r.warning('customer_zip', msg.zipRepaired(zipText, z.zip5, describeZipRepairs(z.repairs)));
      }
    }
    const lat = r.get('customer_lat', (t) => parseNumber(t, -90, 90));
    const lon = r.get('customer_lon', (t) => parseNumber(t, -180, 180));
    if (zipText === '' && (lat === undefined || lon === undefined) && r.rowOk)
      r.error(
        r.hasColumn('customer_zip') ? 'customer_zip' : lat === undefined ? 'customer_lat' : 'customer_lon',
        msg.noLocation(`order ${orderId}`),
      );
    const unitPrice = r.get('unit_price', (t) => parseNumber(t, 0));
    const promisedBy = r.get('promised_by', parseDate);
    const status = r.get('status', (t) => parseChoice(t, ORDER_STATUSES)) ?? '';
    const shippedAt = r.get('shipped_at', parseTimestamp);
    const deliveredAt = r.get('delivered_at', parseTimestamp);
    const shippingCost = r.get('shipping_cost', (t) => parseNumber(t, 0));
    return {
      line: r.line,
      orderId,
      placedAt: placedAt!,
      sku,
      quantity: quantity!,
      zip5,
      lat: zip5 === undefined ? lat : undefined,
      lon: zip5 === undefined ? lon : undefined,
      unitPrice,
      state: r.text('customer_state') || undefined,
      country: (r.text('country') || 'US').toUpperCase(),
      shipService: (r.text('ship_service') || 'standard').toLowerCase(),
      promisedBy,
      tags: parseTags(r.text('tags')),
      status,
      fulfilledFrom: r.text('fulfilled_from') || undefined,
      shippedAt,
      deliveredAt,
      shippingCost,
    };
  });
}
