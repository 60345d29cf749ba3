/**
 * The compiled model: everything the engine reads, as dense integer ids and typed arrays.
 * Built once per scenario by `compileModel`; never mutated by the engine.
 *
 * Day indexes count calendar days from the period start (day 0). Node-local days and
 * business-zone days share this index: day i is the calendar date start + i wherever it is.
 */
import type { NodeType } from '../parse/types.ts';

export interface NodeTable {
  count: number;
  /** Node ids, sorted; index = dense id (ties between nodes break by this order). */
  ids: string[];
  /** Hash of each node id: random draws are keyed by it, so adding a node changes no other node's draws. */
  key: Uint32Array;
  names: string[];
  types: NodeType[];
  lat: Float64Array;
  lon: Float64Array;
  /** ZIP3 of the node as a number, or -1 when it was given by coordinates. */
  zip3: Int32Array;
  timezone: string[];
  pickPerOrder: Float64Array;
  pickPerExtraUnit: Float64Array;
  /** Chance a picked line is really there (1 − pick failure probability). */
  accuracy: Float64Array;
  /** Orders (packages) per ship day; 0 = unlimited. */
  capacity: Int32Array;
  safetyStock: Int32Array;
  /** First and last day index the node ships orders (inclusive). */
  activeFrom: Int32Array;
  activeTo: Int32Array;
  tags: string[][];
}

export interface SkuTable {
  count: number;
  ids: string[];
  names: string[];
  categories: string[];
  weightLb: Float64Array;
  /** Cubic inches per unit (0 when dimensions are unknown). */
  volumeIn3: Float64Array;
  unitPrice: Float64Array;
  unitCost: Float64Array;
  fragile: Uint8Array;
  oversize: Uint8Array;
}

export interface Calendar {
  /** Epoch day of day index 0 (the period start). */
  startEpochDay: number;
  /** Day index of the period end (inclusive). */
  endDay: number;
  /** Length of the day tables: the period plus room for backlogs and transit. */
  days: number;
  /** UTC ms of the start of the period in the business time zone. */
  startUtc: number;
  /** 1 when the day is a business day. */
  business: Uint8Array;
  /** Business days in [0, i]. */
  businessRank: Int32Array;
  /** Day index of the k-th business day (k from 1); entry 0 unused. */
  businessDayByRank: Int32Array;
  /** Local midnight (UTC ms) of each day in the business time zone; length days + 1. */
  businessMidnight: Float64Array;
  /** Per node × day: 1 when the node ships that day. */
  shipDay: Uint8Array;
  /** Per node × day: UTC ms of the node's same-day cutoff. */
  cutoffUtc: Float64Array;
  /** Per node × day: UTC ms of the node's local midnight; length nodes × (days + 1). */
  nodeMidnight: Float64Array;
}

export interface DestinationTable {
  count: number;
  /** ZIP5 or `lat,lon` label per destination. */
  labels: string[];
  state: string[];
  lat: Float64Array;
  lon: Float64Array;
  /** Per destination × node: great-circle miles node → customer. */
  miles: Float64Array;
  /** Per destination × node: shipping zone 1..8. */
  zone: Uint8Array;
  /** How many destination × node pairs took their zone from the zone chart (the rest from distance bands). */
  zonesFromChart: number;
  /** Per destination: node indexes sorted by miles (ties by node id). */
  nodesByDistance: Int32Array;
}

export interface OrderTable {
  /** Orders in routing order: (placed_at, order_id). */
  count: number;
  ids: string[];
  /** Hash of the order id: the key of every random draw for the order. */
  key: Uint32Array;
  placedUtc: Float64Array;
  /** Day index of placement in the business time zone. */
  placedDay: Int32Array;
  dest: Int32Array;
  /** Day index by which delivery is promised. */
  promiseDay: Int32Array;
  /** Day index by which every package should have shipped. */
  shipByDay: Int32Array;
  /** Ship service index into `serviceNames`. */
  service: Int32Array;
  serviceNames: string[];
  tags: string[][];
  /** Lines of order o are lineStart[o] … lineStart[o + 1] − 1. */
  lineStart: Int32Array;
  lineSku: Int32Array;
  lineQty: Int32Array;
  /** 1-based line in orders.csv of each order line. */
  lineSource: Int32Array;
  linePrice: Float64Array;
}

/** Carrier services with prices by zone and billable pound, and transit days by zone. */
export interface ShippingTable {
  model: 'rate-card' | 'linear';
  /** `carrier/service` names (one, `linear`, for the linear model). */
  names: string[];
  /** Heaviest priced weight (lb); heavier packages are priced at it. */
  maxLb: number;
  /** Per service × zone (1..8, index zone − 1) × lb (0..maxLb): base price. */
  price: Float64Array;
  /** Per service × zone: transit business days. */
  transitDays: Int32Array;
  /** Per ship service (order service index): allowed carrier service indexes. */
  allowed: Int32Array[];
  dimDivisor: number;
  fuelPct: number;
  residential: number;
  linear: { perPackage: number; perUnit: number; perUnitMile: number; perPackageMile: number };
  delayProbability: number;
  delayDays: number;
}

export interface Receipts {
  count: number;
  time: Float64Array;
  node: Int32Array;
  sku: Int32Array;
  qty: Int32Array;
}

export interface Costs {
  manualTouch: number;
  cancellationPerOrder: number;
  cancellationPerUnit: number;
}

export interface Model {
  /** Name of nodes.csv as given, for messages about nodes found while running. */
  nodesFile: string;
  nodes: NodeTable;
  skus: SkuTable;
  calendar: Calendar;
  dests: DestinationTable;
  orders: OrderTable;
  shipping: ShippingTable;
  /** Starting on-hand per node × sku. */
  startOnHand: Int32Array;
  /** 1 when the node carries the sku (a row in inventory.csv). */
  carried: Uint8Array;
  receipts: Receipts;
  replenishment: { everyDays: number; leadDays: number; nodes: Uint8Array } | null;
  backorderMaxWaitDays: number;
  costs: Costs;
}
