/** Rows of the canonical data files (DESIGN §3) after cell parsing, before cross-checks. */
import type { Timestamp } from './fields.ts';

export const NODE_TYPES = ['warehouse', 'store', '3pl'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface OrderLineRow {
  line: number;
  orderId: string;
  placedAt: Timestamp;
  sku: string;
  quantity: number;
  /** Repaired ZIP5, when a ZIP was given. */
  zip5?: string;
  lat?: number;
  lon?: number;
  unitPrice?: number;
  state?: string;
  country: string;
  shipService: string;
  promisedBy?: number;
  tags: string[];
  /** Historical status: `fulfilled`, `cancelled` or '' when unknown. */
  status: '' | 'fulfilled' | 'cancelled';
  /** Historical outcome columns (pre/post cohorts on real history): where and when the line shipped, when it arrived, the order's carrier cost. */
  fulfilledFrom?: string;
  shippedAt?: Timestamp;
  deliveredAt?: Timestamp;
  shippingCost?: number;
}

export interface SkuRow {
  line: number;
  sku: string;
  name: string;
  category: string;
  /** Undefined when not given (a default is applied with a warning). */
  weightLb?: number;
  lengthIn?: number;
  widthIn?: number;
  heightIn?: number;
  unitCost?: number;
  unitPrice?: number;
  fragile: boolean;
  oversize: boolean;
}

export interface NodeRow {
  line: number;
  nodeId: string;
  type: NodeType;
  name: string;
  zip5?: string;
  lat?: number;
  lon?: number;
  timezone?: string;
  /** Local minutes after midnight. */
  cutoff?: number;
  /** Weekday mask, bit 0 = Sunday. */
  shipDays?: number;
  dailyOrderCapacity?: number;
  pickCostPerOrder?: number;
  pickCostPerExtraUnit?: number;
  inventoryAccuracy?: number;
  safetyStock?: number;
  activeFrom?: number;
  activeTo?: number;
  tags: string[];
}

export interface InventoryRow {
  line: number;
  nodeId: string;
  sku: string;
  onHand: number;
  asOf?: number;
}

export interface ReceiptRow {
  line: number;
  nodeId: string;
  sku: string;
  quantity: number;
  arrivesAt: Timestamp;
}

export interface RateRow {
  line: number;
  carrier: string;
  service: string;
  zone: number;
  maxWeightLb: number;
  price: number;
}

export interface ZoneChartRow {
  line: number;
  /** First three ZIP digits of origin and destination, as numbers (021 → 21). */
  originZip3: number;
  destZip3: number;
  zone: number;
}

export interface TransitRow {
  line: number;
  carrier: string;
  service: string;
  zone: number;
  businessDays: number;
}

/** All canonical files of one data folder, parsed. */
export interface DataRows {
  orders: OrderLineRow[];
  skus: SkuRow[];
  nodes: NodeRow[];
  inventory: InventoryRow[];
  receipts: ReceiptRow[];
  rates: RateRow[];
  transit: TransitRow[];
  /** Optional zone chart overriding the distance bands. */
  zones: ZoneChartRow[];
  /** File name used in messages for each table. */
  files: Record<TableKey, string>;
  /** 1-based column number of each header name, per table (for messages about a cell). */
  columns: Record<TableKey, Record<string, number>>;
  /**
   * Every sku and node id skus.csv and nodes.csv name, rows left out for a bad cell included:
   * a reference to one of them is not reported (its row's own error is the real problem).
   */
  named?: { skus?: ReadonlySet<string>; nodes?: ReadonlySet<string> };
}

export type TableKey = 'orders' | 'skus' | 'nodes' | 'inventory' | 'receipts' | 'rates' | 'transit' | 'zones';
