/**
 * Shopify's products export → canonical skus. Handles the old column names (`Handle`,
 * `Variant SKU`, `Variant Grams`, `Variant Price`) and the new ones (`URL handle`, `SKU`,
 * `Weight value (grams)`, `Price`). Title and Type are given on a product's first row only;
 * its other rows are variants or extra images.
 */
import { blank, SKU_OUT, type SkuOut } from '../canonical.ts';
import { ColumnMap } from '../columns.ts';
import type { ImportLog } from '../log.ts';
import { InputError } from '../../problems.ts';
import { importText } from '../../messages.ts';

export const SHOPIFY_PRODUCT_COLUMNS = {
  handle: ['Handle', 'URL handle'],
  title: ['Title'],
  type: ['Type', 'Product type', 'Product Category', 'Product category'],
  sku: ['Variant SKU', 'SKU'],
  grams: ['Variant Grams', 'Weight value (grams)'],
  price: ['Variant Price', 'Price'],
  cost: ['Cost per item'],
  requiresShipping: ['Variant Requires Shipping', 'Requires shipping'],
  option1: ['Option1 Value', 'Option1 value'],
  option2: ['Option2 Value', 'Option2 value'],
  option3: ['Option3 Value', 'Option3 value'],
  giftCard: ['Gift Card', 'Gift card'],
} as const;

type Key = keyof typeof SHOPIFY_PRODUCT_COLUMNS;
const GRAMS_PER_LB = 453.59237;

export class ShopifyProducts {
  private cols!: ColumnMap<Key>;
  private product = { handle: '', title: '', type: '' };
  /** Skus written, by sku. */
  readonly skus = new Map<string, SkuOut>();

  constructor(
    readonly file: string,
    private readonly log: ImportLog,
  ) {
    log.file(file, 'Shopify products export');
  }

  header(cells: string[]): void {
    this.cols = new ColumnMap(cells, SHOPIFY_PRODUCT_COLUMNS);
    const missing = this.cols.missing(['handle', 'sku'], SHOPIFY_PRODUCT_COLUMNS, this.file);
    if (missing.length) throw new InputError(missing);
  }

  /** One data row → a canonical sku, or `null` when left out (logged). */
  row(row: string[], line: number): SkuOut | null {
    const c = this.cols;
    this.log.read(this.file);
    const handle = c.get(row, 'handle');
    if (handle !== this.product.handle) this.product = { handle, title: c.get(row, 'title'), type: c.get(row, 'type') };
    const sku = c.get(row, 'sku');
    if (sku === '') {
      const isVariant = c.get(row, 'price') !== '' || c.get(row, 'option1') !== '';
      this.log.skip(this.file, line, isVariant ? importText.variantWithoutSku : importText.imageOrOptionRow, handle);
      return null;
    }
    if (c.get(row, 'requiresShipping').toLowerCase() === 'false' || c.get(row, 'giftCard').toLowerCase() === 'true') {
      this.log.skip(this.file, line, importText.noShipping, sku);
      return null;
    }
    if (this.skus.has(sku)) {
      this.log.skip(this.file, line, importText.skuAgain, sku);
      return null;
    }
    const out = blank(SKU_OUT);
    out.sku = sku;
    const options = [c.get(row, 'option1'), c.get(row, 'option2'), c.get(row, 'option3')].filter(
      (o) => o !== '' && o !== 'Default Title',
    );
    out.name = [this.product.title || handle, ...options].join(' / ');
    out.category = this.product.type;
    const gramsText = c.get(row, 'grams');
    const grams = Number(gramsText);
    if (gramsText !== '' && Number.isFinite(grams) && grams > 0) out.weight_lb = (grams / GRAMS_PER_LB).toFixed(3);
    else this.log.repair(this.file, line, importText.noWeight, `${sku}: "${gramsText}"`);
    const price = c.get(row, 'price'),
      cost = c.get(row, 'cost');
    if (price !== '' && Number.isFinite(Number(price))) out.unit_price = price;
    if (cost !== '' && Number.isFinite(Number(cost))) out.unit_cost = cost;
    this.skus.set(sku, out);
    this.log.written(this.file);
    return out;
  }
}
