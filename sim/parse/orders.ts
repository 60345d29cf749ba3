/** orders.csv: one row per order line (DESIGN §3). */
import type { CsvTable, ReadOptions } from './csv.ts';
import {
  parseChoice,
  parseDate,
  parseInteger,
  parseNumber,
  parseTags,
  parseTimestamp,
  type Timestamp,
} from './fields.ts';
import { readRows, readTableRows, type ReadTable, type TableReader } from './table.ts';
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

const ORDER_STATUSES = ['fulfilled', 'cancelled'] as const;

/**
 * Parses orders.csv rows. Bad cells are recorded as problems and their rows left out;
 * repaired ZIPs are kept with a warning.
 */
export function parseOrders(table: CsvTable, problems: Problems): OrderLineRow[] {
  return readRows(table, ORDER_COLUMNS, problems, orderRowBuilder());
}

/**
 * Reads orders.csv text row by row (`readTableRows`): the rows `parseOrders` gives and the
 * same problems, without holding the table of cells; `null` when the text cannot be parsed.
 */
export function readOrders(
  text: string | Iterable<string>,
  file: string,
  problems: Problems,
  options: ReadOptions & { requireRows?: boolean } = {},
): ReadTable<OrderLineRow> | null {
  return readTableRows(text, file, ORDER_COLUMNS, problems, orderRowBuilder(), options);
}

/** Frozen, so a row's tags (shared by every row that has the same tags) cannot be changed. */
const NO_TAGS: string[] = Object.freeze([]) as unknown as string[];

/**
 * Builds one order line row from the reader's current row. A million lines hold a few
 * distinct skus, ZIPs, states, services and tag lists, and an order's lines share its id and
 * placement time: each is kept once (equal strings and lists are the same object, a
 * placement written as the line before it is that line's timestamp), so the rows are about
 * half the memory and the timestamps parsed once per order.
 */
function orderRowBuilder(): (r: TableReader) => OrderLineRow {
  const strings = new Map<string, string>();
  const one = (s: string): string => {
    const seen = strings.get(s);
    if (seen !== undefined) return seen;
    strings.set(s, s);
    return s;
  };
  const tagLists = new Map<string, string[]>();
  const tagsOf = (text: string): string[] => {
    if (text === '') return NO_TAGS;
    let tags = tagLists.get(text);
    if (tags === undefined) {
      tags = Object.freeze(parseTags(text).map(one)) as string[];
      tagLists.set(one(text), tags);
    }
    return tags;
  };
  let lastId = '';
  let lastPlacedText = '';
  let lastPlaced: Timestamp | undefined;
  return (r) => {
    let orderId = r.text('order_id');
    if (orderId === '') r.error('order_id', msg.required('order_id'));
    if (orderId === lastId) orderId = lastId;
    else lastId = orderId;
    const placedText = r.text('placed_at');
    let placedAt: Timestamp | undefined;
    if (placedText !== '' && placedText === lastPlacedText && lastPlaced !== undefined) placedAt = lastPlaced;
    else {
      placedAt = r.get('placed_at', parseTimestamp, { required: true });
      lastPlacedText = placedText;
      lastPlaced = placedAt;
    }
    const sku = one(r.text('sku'));
    if (sku === '') r.error('sku', msg.required('sku'));
    const quantity = r.get('quantity', (t) => parseInteger(t, 1), { required: true });
    let zip5: string | undefined;
    const zipText = r.text('customer_zip');
    if (zipText !== '') {
      const z = normalizeZip(zipText);
      if (!z) r.error('customer_zip', msg.badZip(zipText));
      else {
        zip5 = one(z.zip5);
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
    const state = r.text('customer_state');
    const fulfilledFrom = r.text('fulfilled_from');
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
      state: state === '' ? undefined : one(state),
      country: one((r.text('country') || 'US').toUpperCase()),
      shipService: one((r.text('ship_service') || 'standard').toLowerCase()),
      promisedBy,
      tags: tagsOf(r.text('tags')),
      status,
      fulfilledFrom: fulfilledFrom === '' ? undefined : one(fulfilledFrom),
      shippedAt,
      deliveredAt,
      shippingCost,
    };
  };
}
