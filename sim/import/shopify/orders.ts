/**
 * Shopify's orders export → canonical order lines. One row per line item; order-level
 * columns only on an order's first row (continuation rows repeat only Name, Email,
 * Created at and the line-item columns). Streaming: rows are fed one at a time; only a
 * small record per order is kept.
 */
import { isoTimestamp, type OrderOut } from '../canonical.ts';
import { ColumnMap } from '../columns.ts';
import type { ImportLog } from '../log.ts';
import { describeZipRepairs, normalizeZip } from '../../geo/zip.ts';
import { parseInteger, parseNumber, parseTimestamp } from '../../parse/fields.ts';
import type { FieldResult, Timestamp } from '../../parse/fields.ts';
import { InputError } from '../../problems.ts';
import { importText } from '../../messages.ts';

export const SHOPIFY_ORDER_COLUMNS = {
  name: ['Name'],
  createdAt: ['Created at'],
  quantity: ['Lineitem quantity'],
  itemName: ['Lineitem name'],
  price: ['Lineitem price'],
  sku: ['Lineitem sku'],
  requiresShipping: ['Lineitem requires shipping'],
  financialStatus: ['Financial Status'],
  fulfillmentStatus: ['Fulfillment Status'],
  fulfilledAt: ['Fulfilled at'],
  shippingMethod: ['Shipping Method'],
  zip: ['Shipping Zip'],
  province: ['Shipping Province'],
  country: ['Shipping Country'],
  cancelledAt: ['Cancelled at'],
  tags: ['Tags'],
} as const;

type Key = keyof typeof SHOPIFY_ORDER_COLUMNS;
const REQUIRED: Key[] = ['name', 'createdAt', 'quantity', 'itemName', 'sku', 'zip', 'country'];

/** Order-level fields taken from an order's first row. */
interface OrderHead {
  zip: string;
  state: string;
  country: string;
  service: string;
  tags: string;
  status: string;
  shippedAt: string;
  /** Why every line of the order is left out, or '' to keep them. */
  skip: string;
  skipDetail: string;
  /** Whether a line of the order was written to orders.csv. */
  written: boolean;
}

const EXPEDITED =
  /express|expedited|overnight|next[- ]day|2[- ]?day|2nd[- ]day|two[- ]day|second[- ]day|priority|rush/i;

/**
 * Ship service from Shopify's shipping method name: express, expedited, overnight, next
 * day, 2-day, priority or rush ⇒ `expedited`; anything else ⇒ `standard`.
 */
export function shipServiceOf(method: string): string {
  return EXPEDITED.test(method) ? 'expedited' : 'standard';
}

/** A sku for a line without one, from its name: `NOSKU:blue-mug`. */
export function skuFromName(name: string): string {
  return `NOSKU:${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'unnamed'
  }`;
}

export class ShopifyOrders {
  private cols!: ColumnMap<Key>;
  private readonly heads = new Map<string, OrderHead>();
  /** Skus seen on lines, with the first line-item name (for skus.csv when no products export is given). */
  readonly skus = new Map<string, string>();
  /** Local dates of the first and last kept orders (`YYYY-MM-DD`), and the UTC offsets seen. */
  firstDate = '';
  lastDate = '';
  readonly offsets = new Map<number, number>();
  private ordersWritten = 0;
  /** The last Created at read, parsed, and as placed_at. */
  private lastCreated: string | undefined;
  private lastTs: FieldResult<Timestamp> = parseTimestamp('');
  private lastPlacedAt = '';

  constructor(
    readonly file: string,
    private readonly log: ImportLog,
  ) {
    log.file(file, 'Shopify orders export');
  }

  /** Reads the header; missing columns are input errors. */
  header(cells: string[]): void {
    this.cols = new ColumnMap(cells, SHOPIFY_ORDER_COLUMNS);
    const missing = this.cols.missing(REQUIRED, SHOPIFY_ORDER_COLUMNS, this.file);
    if (missing.length) throw new InputError(missing);
  }

  private headOf(row: string[], line: number): OrderHead {
    const c = this.cols;
    const head: OrderHead = {
      zip: '',
      state: c.get(row, 'province'),
      country: c.get(row, 'country').toUpperCase(),
      service: shipServiceOf(c.get(row, 'shippingMethod')),
      tags: c.get(row, 'tags'),
      status: '',
      shippedAt: '',
      skip: '',
      skipDetail: '',
      written: false,
    };
    if (c.get(row, 'cancelledAt') !== '') head.status = 'cancelled';
    else if (c.get(row, 'fulfillmentStatus').toLowerCase() === 'fulfilled') head.status = 'fulfilled';
    const fulfilled = c.get(row, 'fulfilledAt');
    if (fulfilled !== '') head.shippedAt = isoTimestamp(fulfilled);
    const zipText = c.get(row, 'zip');
    if (head.country !== '' && head.country !== 'US' && head.country !== 'USA') {
      head.skip = importText.outsideUs;
      head.skipDetail = head.country;
    } else if (zipText === '') {
      head.skip = importText.noShippingZip;
    } else {
      const z = normalizeZip(zipText);
      if (!z) {
        head.skip = importText.notUsZip;
        head.skipDetail = zipText;
      } else {
        head.zip = z.zip5;
        if (z.repairs.length)
          this.log.repair(this.file, line, `ZIP repaired (${describeZipRepairs(z.repairs)})`, `${zipText} → ${z.zip5}`);
      }
    }
    if (head.country === '' && head.skip === '') head.country = 'US';
    return head;
  }

  /** One data row → a canonical order line, or `null` when it is left out (logged). */
  row(row: string[], line: number): OrderOut | null {
    const c = this.cols;
    this.log.read(this.file);
    const id = c.get(row, 'name');
    if (id === '') {
      this.log.skip(this.file, line, importText.noOrderName);
      return null;
    }
    let head = this.heads.get(id);
    if (!head) {
      head = this.headOf(row, line);
      this.heads.set(id, head);
    }
    if (head.skip) {
      this.log.skip(this.file, line, head.skip, head.skipDetail);
      return null;
    }
    if (c.get(row, 'requiresShipping').toLowerCase() === 'false') {
      this.log.skip(this.file, line, importText.noShipping, c.get(row, 'itemName'));
      return null;
    }
    const created = c.get(row, 'createdAt');
    // an order's lines repeat its Created at: parsed once for them all
    if (created !== this.lastCreated) {
      this.lastCreated = created;
      this.lastTs = parseTimestamp(created);
      this.lastPlacedAt = isoTimestamp(created);
    }
    const ts = this.lastTs;
    if (!ts.ok) {
      this.log.skip(this.file, line, importText.createdNotDateTime, created);
      return null;
    }
    const qtyText = c.get(row, 'quantity');
    const qty = parseInteger(qtyText, 1);
    if (!qty.ok) {
      this.log.skip(this.file, line, importText.quantityNotWhole, qtyText);
      return null;
    }
    let sku = c.get(row, 'sku');
    const itemName = c.get(row, 'itemName');
    if (sku === '') {
      sku = skuFromName(itemName);
      this.log.repair(this.file, line, importText.skuFromItemName, `${itemName} → ${sku}`);
    }
    if (!this.skus.has(sku)) this.skus.set(sku, itemName);
    const priceText = c.get(row, 'price');
    const price = priceText === '' ? '' : parseNumber(priceText, 0).ok ? priceText : '';
    if (priceText !== '' && price === '') this.log.repair(this.file, line, importText.priceNotNumber, priceText);

    const date = created.slice(0, 10);
    if (this.firstDate === '' || date < this.firstDate) this.firstDate = date;
    if (date > this.lastDate) this.lastDate = date;
    if (ts.value.offset !== null) this.offsets.set(ts.value.offset, (this.offsets.get(ts.value.offset) ?? 0) + 1);

    this.log.written(this.file);
    if (!head.written) {
      head.written = true;
      this.ordersWritten++;
    }
    // in ORDER_OUT's order
    return {
      order_id: id,
      placed_at: this.lastPlacedAt,
      sku,
      quantity: String(qty.value),
      customer_zip: head.zip,
      customer_state: head.state,
      country: head.country,
      ship_service: head.service,
      unit_price: price,
      tags: head.tags,
      status: head.status,
      shipped_at: head.shippedAt,
    };
  }

  /** Orders with at least one line written to orders.csv (an order left out whole is not counted). */
  get orderCount(): number {
    return this.ordersWritten;
  }

  /** Orders seen in the export, kept or not. */
  get ordersSeen(): number {
    return this.heads.size;
  }
}
