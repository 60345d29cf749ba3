/**
 * Compiles parsed, reference-checked data and a scenario into the dense `Model` the
 * engine runs on. Records warnings for everything it repairs, defaults or skips.
 */
import { BUILTIN_NODE_DEFAULTS, WARN_WHEN_DEFAULTED } from '../model/node-defaults.ts';
import { addBusinessDays, buildCalendar, dayIndexOf } from '../model/day-tables.ts';
import { weightGaps } from '../model/rate-gaps.ts';
import { compileShipping } from './shipping.ts';
import {
  type Model,
  type NodeTable,
  type OrderTable,
  type Receipts,
  type SkuTable,
  type DestinationTable,
} from '../model/types.ts';
import { haversineMiles } from '../geo/distance.ts';
import { locateZip, stateOfZip, zip3Centroid } from '../geo/zip.ts';
import { zoneForMiles } from '../geo/zones.ts';
import { msg, unreplayedText } from '../messages.ts';
import { Problems, type Problem } from '../problems.ts';
import { parseShipDays, parseTimeOfDay, timestampInZone } from '../parse/fields.ts';
import type { DataRows, NodeRow, OrderLineRow, ZoneChartRow } from '../parse/types.ts';
import type { ScenarioFile } from '../scenario/schema.ts';
import { formatEpochDay, parseIsoDate } from '../time/calendar.ts';
import { localEpochDay } from '../time/zone.ts';
import { hashString } from '../random/rng.ts';
import { orderGroups } from '../parse/order-groups.ts';

export interface CompileInput {
  data: DataRows;
  scenario: ScenarioFile;
  /** Scenario file name for messages. */
  scenarioFile: string;
  /** Where the scenario writes `period`, for a period no order falls in (default: the file, no line). */
  periodAt?: { line: number; column: number };
}

function compileNodes(
  rows: NodeRow[],
  sc: ScenarioFile,
  file: string,
  columns: Record<string, number>,
  problems: Problems,
): NodeTable {
  const sorted = [...rows].sort((a, b) => (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0));
  const n = sorted.length;
  const t: NodeTable = {
    count: n,
    ids: sorted.map((r) => r.nodeId),
    key: Uint32Array.from(sorted, (r) => hashString(r.nodeId)),
    names: sorted.map((r) => r.name),
    types: sorted.map((r) => r.type),
    lat: new Float64Array(n),
    lon: new Float64Array(n),
    zip3: new Int32Array(n).fill(-1),
    timezone: [],
    pickPerOrder: new Float64Array(n),
    pickPerExtraUnit: new Float64Array(n),
    accuracy: new Float64Array(n),
    capacity: new Int32Array(n),
    safetyStock: new Int32Array(n),
    activeFrom: new Int32Array(n),
    activeTo: new Int32Array(n),
    tags: sorted.map((r) => r.tags),
  };
  const start = parseIsoDate(sc.period.start)!;
  sorted.forEach((r, i) => {
    const user = sc.node_defaults[r.type] ?? {};
    const builtin = BUILTIN_NODE_DEFAULTS[r.type];
    const pick = <K extends keyof typeof builtin>(
      key: K,
      given: number | string | undefined,
    ): (typeof builtin)[K] | number | string => {
      if (given !== undefined) return given;
      const fromScenario = (user as Record<string, unknown>)[key];
      if (fromScenario !== undefined) return fromScenario as (typeof builtin)[K];
      if ((WARN_WHEN_DEFAULTED as readonly string[]).includes(key))
        problems.warning({
          file,
          line: r.line,
          column: columns[key],
          field: key,
          ...msg.nodeDefaulted(r.nodeId, key, String(builtin[key])),
        });
      return builtin[key];
    };
    if (r.zip5 !== undefined) {
      const loc = locateZip(r.zip5);
      if (!loc)
        problems.error({
          file,
          line: r.line,
          column: columns.zip,
          field: 'zip',
          ...msg.nodeLocationUnknown(r.nodeId, r.zip5),
        });
      t.zip3[i] = Number(r.zip5.slice(0, 3));
      t.lat[i] = r.lat ?? loc?.lat ?? 0;
      t.lon[i] = r.lon ?? loc?.lon ?? 0;
    } else {
      t.lat[i] = r.lat!;
      t.lon[i] = r.lon!;
    }
    t.timezone.push(r.timezone ?? sc.timezone);
    t.pickPerOrder[i] = pick('pick_cost_per_order', r.pickCostPerOrder) as number;
    t.pickPerExtraUnit[i] = pick('pick_cost_per_extra_unit', r.pickCostPerExtraUnit) as number;
    t.accuracy[i] = pick('inventory_accuracy', r.inventoryAccuracy) as number;
    t.capacity[i] = r.dailyOrderCapacity ?? 0;
    t.safetyStock[i] = r.safetyStock ?? 0;
    t.activeFrom[i] = r.activeFrom === undefined ? -1_000_000 : r.activeFrom - start;
    t.activeTo[i] = r.activeTo === undefined ? 1_000_000 : r.activeTo - start;
  });
  return t;
}

function nodeCalendarSpecs(rows: NodeRow[], nodes: NodeTable, sc: ScenarioFile) {
  const byId = new Map(rows.map((r) => [r.nodeId, r]));
  return nodes.ids.map((id, i) => {
    const r = byId.get(id)!;
    const user = sc.node_defaults[r.type] ?? {};
    const builtin = BUILTIN_NODE_DEFAULTS[r.type];
    const cutoffText = user.cutoff ?? builtin.cutoff;
    const daysText = user.ship_days ?? builtin.ship_days;
    const cutoff = r.cutoff ?? (parseTimeOfDay(cutoffText) as { value: number }).value;
    const parsedDays = parseShipDays(daysText);
    const shipDays = r.shipDays ?? (parsedDays.ok ? parsedDays.value : 0b0111110);
    return { timezone: nodes.timezone[i]!, cutoff, shipDays };
  });
}

function compileSkus(data: DataRows, sc: ScenarioFile, problems: Problems): SkuTable {
  const rows = data.skus;
  const n = rows.length;
  const t: SkuTable = {
    count: n,
    ids: rows.map((r) => r.sku),
    names: rows.map((r) => r.name || r.sku),
    categories: rows.map((r) => r.category),
    weightLb: new Float64Array(n),
    volumeIn3: new Float64Array(n),
    unitPrice: new Float64Array(n),
    unitCost: new Float64Array(n),
    fragile: Uint8Array.from(rows, (r) => (r.fragile ? 1 : 0)),
    oversize: Uint8Array.from(rows, (r) => (r.oversize ? 1 : 0)),
  };
  rows.forEach((r, i) => {
    if (r.weightLb === undefined)
      problems.warning({
        file: data.files.skus,
        line: r.line,
        column: data.columns.skus.weight_lb,
        field: 'weight_lb',
        ...msg.weightDefaulted(r.sku, sc.default_weight_lb),
      });
    t.weightLb[i] = r.weightLb ?? sc.default_weight_lb;
    t.volumeIn3[i] =
      r.lengthIn !== undefined && r.widthIn !== undefined && r.heightIn !== undefined
        ? r.lengthIn * r.widthIn * r.heightIn
        : 0;
    t.unitPrice[i] = r.unitPrice ?? 0;
    t.unitCost[i] = r.unitCost ?? 0;
  });
  return t;
}

/** The scenario's `period` setting, for messages about it. */
interface PeriodAt {
  file: string;
  line?: number;
  column?: number;
}

/** Groups order lines, resolves times and locations, and drops (with warnings) what cannot be replayed. */
function compileOrders(
  data: DataRows,
  sc: ScenarioFile,
  skuIndex: Map<string, number>,
  problems: Problems,
  calendar: Model['calendar'],
  periodAt: PeriodAt,
): {
  orders: Omit<OrderTable, 'dest'> & { destOf: Int32Array };
  destKeys: string[];
  destLoc: { lat: number; lon: number; zip5?: string; state: string }[];
} {
  const file = data.files.orders;
  const rows = data.orders;
  // orders in the order their first line comes; an order's time is its first line's
  const groups = orderGroups(rows);
  let naive = 0;
  let firstNaive = 0;
  for (const row of rows) if (row.placedAt.offset === null && naive++ === 0) firstNaive = row.line;
  const placed = new Float64Array(groups.count);
  for (let g = 0; g < groups.count; g++) placed[g] = timestampInZone(rows[groups.first[g]!]!.placedAt, sc.timezone);
  if (naive)
    problems.warning({
      file,
      line: firstNaive,
      column: data.columns.orders.placed_at,
      field: 'placed_at',
      ...msg.naiveTimestamps(naive, 'placed_at', sc.timezone),
    });

  const startUtc = calendar.startUtc;
  const endUtc = calendar.businessMidnight[calendar.endDay + 1]!;
  const kept: number[] = [];
  let outside = 0,
    firstOutside = 0;
  let cancelled = 0,
    firstCancelled = 0;
  let abroad = 0,
    firstAbroad = 0,
    unlocated = 0,
    firstUnlocated = 0,
    firstInPeriod = 0;
  let earliest = Infinity,
    latest = -Infinity;
  const destKeys: string[] = [];
  const destLoc: { lat: number; lon: number; zip5?: string; state: string }[] = [];
  const destIndex = new Map<string, number>();
  const destOf = new Int32Array(groups.count);
  const serviceNames = Object.keys(sc.promise.delivery_business_days).sort();
  for (let g = 0; g < groups.count; g++) {
    const head = rows[groups.first[g]!]!;
    const placedUtc = placed[g]!;
    if (placedUtc < earliest) earliest = placedUtc;
    if (placedUtc > latest) latest = placedUtc;
    if (placedUtc < startUtc || placedUtc >= endUtc) {
      if (outside++ === 0) firstOutside = head.line;
      continue;
    }
    if (firstInPeriod === 0) firstInPeriod = head.line;
    if (head.status === 'cancelled' && !sc.replay_cancelled) {
      if (cancelled++ === 0) firstCancelled = head.line;
      continue;
    }
    if (head.country !== 'US' && head.country !== 'USA' && head.country !== 'UNITED STATES') {
      problems.warning({
        file,
        line: head.line,
        column: data.columns.orders.country,
        field: 'country',
        ...msg.nonUsCountry(head.country),
      });
      if (abroad++ === 0) firstAbroad = head.line;
      continue;
    }
    if (!serviceNames.includes(head.shipService)) {
      problems.error({
        file,
        line: head.line,
        column: data.columns.orders.ship_service,
        field: 'ship_service',
        ...msg.unknownShipService(head.shipService, serviceNames),
      });
      continue;
    }
    let key: string;
    let loc: { lat: number; lon: number; zip5?: string; state: string };
    if (head.zip5 !== undefined) {
      key = head.zip5;
      const found = destIndex.has(key) ? null : locateZip(head.zip5);
      if (!destIndex.has(key)) {
        if (!found) {
          problems.warning({
            file,
            line: head.line,
            column: data.columns.orders.customer_zip,
            field: 'customer_zip',
            ...msg.zipUnknown(head.zip5),
          });
          if (unlocated++ === 0) firstUnlocated = head.line;
          continue;
        }
        if (found.precision === 'zip3')
          problems.warning({
            file,
            line: head.line,
            column: data.columns.orders.customer_zip,
            field: 'customer_zip',
            ...msg.zip3Fallback(head.zip5),
          });
      }
      loc = { lat: found?.lat ?? 0, lon: found?.lon ?? 0, zip5: head.zip5, state: head.state || stateOfZip(head.zip5) };
    } else {
      key = `${head.lat!.toFixed(4)},${head.lon!.toFixed(4)}`;
      loc = { lat: head.lat!, lon: head.lon!, state: head.state ?? '' };
    }
    let d = destIndex.get(key);
    if (d === undefined) {
      d = destKeys.length;
      destIndex.set(key, d);
      destKeys.push(key);
      destLoc.push(loc);
    }
    destOf[g] = d;
    kept.push(g);
  }
  if (outside)
    problems.warning({
      file,
      line: firstOutside,
      column: data.columns.orders.placed_at,
      field: 'placed_at',
      ...msg.ordersOutsidePeriod(outside, sc.period.start, sc.period.end),
    });
  const inPeriod = groups.count - outside;
  if (kept.length > 0 || problems.hasErrors()) {
    if (cancelled)
      problems.note({
        file,
        line: firstCancelled,
        column: data.columns.orders.status,
        field: 'status',
        ...msg.cancelledOrdersLeftOut(cancelled),
      });
  } else if (inPeriod === 0) {
    const span = groups.count
      ? {
          first: formatEpochDay(localEpochDay(earliest, sc.timezone)),
          last: formatEpochDay(localEpochDay(latest, sc.timezone)),
        }
      : null;
    problems.error({
      file: periodAt.file,
      line: periodAt.line,
      column: periodAt.column,
      field: 'period',
      ...msg.noOrders(sc.period.start, sc.period.end, groups.count, span, data.files.orders),
    });
  } else if (cancelled === inPeriod) {
    problems.error({
      file,
      line: firstCancelled,
      column: data.columns.orders.status,
      field: 'status',
      ...msg.allOrdersCancelled(cancelled, sc.period.start, sc.period.end),
    });
  } else {
    problems.error({
      file,
      line: firstInPeriod,
      ...msg.nothingToReplay(inPeriod, [
        { n: cancelled, line: firstCancelled, why: unreplayedText.cancelledInHistory },
        { n: abroad, line: firstAbroad, why: unreplayedText.toAnotherCountry },
        { n: unlocated, line: firstUnlocated, why: unreplayedText.toUnknownZip },
      ]),
    });
  }
  const idOf = (g: number) => rows[groups.first[g]!]!.orderId;
  kept.sort((a, b) => {
    const x = idOf(a),
      y = idOf(b);
    return placed[a]! - placed[b]! || (x < y ? -1 : x > y ? 1 : 0);
  });

  const n = kept.length;
  const { start: lineFrom, lines: lineRows } = groups;
  let lineCount = 0;
  for (const g of kept) lineCount += lineFrom[g + 1]! - lineFrom[g]!;
  const o = {
    count: n,
    ids: kept.map(idOf),
    key: new Uint32Array(n),
    placedUtc: Float64Array.from(kept, (g) => placed[g]!),
    placedDay: new Int32Array(n),
    promiseDay: new Int32Array(n),
    shipByDay: new Int32Array(n),
    service: new Int32Array(n),
    serviceNames,
    tags: kept.map((g) => rows[groups.first[g]!]!.tags),
    lineStart: new Int32Array(n + 1),
    lineSku: new Int32Array(lineCount),
    lineQty: new Int32Array(lineCount),
    lineSource: new Int32Array(lineCount),
    linePrice: new Float64Array(lineCount),
    destOf: Int32Array.from(kept, (g) => destOf[g]!),
  };
  let l = 0;
  kept.forEach((g, i) => {
    const head = rows[groups.first[g]!]!;
    const day = dayIndexOf(calendar.businessMidnight, 0, calendar.days, placed[g]!);
    o.placedDay[i] = day;
    o.service[i] = serviceNames.indexOf(head.shipService);
    o.promiseDay[i] =
      head.promisedBy !== undefined
        ? head.promisedBy - calendar.startEpochDay
        : addBusinessDays(calendar, day, sc.promise.delivery_business_days[head.shipService]!);
    o.shipByDay[i] = addBusinessDays(calendar, day, sc.promise.ship_sla_business_days);
    o.lineStart[i] = l;
    for (let k = lineFrom[g]!; k < lineFrom[g + 1]!; k++) {
      const line = rows[lineRows[k]!]!;
      o.lineSku[l] = skuIndex.get(line.sku)!;
      o.lineQty[l] = line.quantity;
      o.lineSource[l] = line.line;
      o.linePrice[l] = line.unitPrice ?? NaN;
      l++;
    }
  });
  o.lineStart[n] = l;
  return { orders: o, destKeys, destLoc };
}

function compileDestinations(
  keys: string[],
  locs: { lat: number; lon: number; zip5?: string; state: string }[],
  nodes: NodeTable,
  chartRows: ZoneChartRow[],
): DestinationTable {
  const m = keys.length;
  const n = nodes.count;
  const t: DestinationTable = {
    count: m,
    labels: keys,
    state: locs.map((l) => l.state),
    lat: Float64Array.from(locs, (l) => l.lat),
    lon: Float64Array.from(locs, (l) => l.lon),
    miles: new Float64Array(m * n),
    zone: new Uint8Array(m * n),
    nodesByDistance: new Int32Array(m * n),
    zonesFromChart: 0,
  };
  // zone chart: origin ZIP3 × destination ZIP3 → zone (0 = not in the chart)
  const chart = chartRows.length ? new Uint8Array(1000 * 1000) : null;
  for (const r of chartRows) chart![r.originZip3 * 1000 + r.destZip3] = r.zone;
  const nodeCentroid = Array.from(nodes.zip3, (z3) => (z3 >= 0 ? zip3Centroid(z3) : null));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let d = 0; d < m; d++) {
    const loc = locs[d]!;
    const destZip3 = loc.zip5 !== undefined ? Number(loc.zip5.slice(0, 3)) : -1;
    const destCentroid = destZip3 >= 0 ? zip3Centroid(destZip3) : null;
    for (let k = 0; k < n; k++) {
      const miles = haversineMiles(nodes.lat[k]!, nodes.lon[k]!, loc.lat, loc.lon);
      t.miles[d * n + k] = miles;
      const charted = chart && destZip3 >= 0 && nodes.zip3[k]! >= 0 ? chart[nodes.zip3[k]! * 1000 + destZip3]! : 0;
      if (charted) t.zonesFromChart++;
      const a = nodeCentroid[k],
        b = destCentroid;
      t.zone[d * n + k] = charted || zoneForMiles(a && b ? haversineMiles(a.lat, a.lon, b.lat, b.lon) : miles);
    }
    order.sort((x, y) => t.miles[d * n + x]! - t.miles[d * n + y]! || x - y);
    for (let k = 0; k < n; k++) t.nodesByDistance[d * n + k] = order[k]!;
  }
  return t;
}

function compileReceipts(
  data: DataRows,
  nodes: NodeTable,
  skuIndex: Map<string, number>,
  calendar: Model['calendar'],
  problems: Problems,
): Receipts {
  const nodeIndex = new Map(nodes.ids.map((id, i) => [id, i]));
  const items: { time: number; node: number; sku: number; qty: number; line: number }[] = [];
  let before = 0,
    firstBefore = 0,
    naive = 0,
    firstNaive = 0;
  for (const r of data.receipts) {
    const node = nodeIndex.get(r.nodeId)!;
    if (r.arrivesAt.offset === null && naive++ === 0) firstNaive = r.line;
    const time = timestampInZone(r.arrivesAt, nodes.timezone[node]!);
    if (time < calendar.startUtc) {
      if (before++ === 0) firstBefore = r.line;
      continue;
    }
    items.push({ time, node, sku: skuIndex.get(r.sku)!, qty: r.quantity, line: r.line });
  }
  if (before)
    problems.note({
      file: data.files.receipts,
      line: firstBefore,
      column: data.columns.receipts.arrives_at,
      field: 'arrives_at',
      ...msg.receiptsBeforePeriod(before),
    });
  if (naive)
    problems.note({
      file: data.files.receipts,
      line: firstNaive,
      column: data.columns.receipts.arrives_at,
      field: 'arrives_at',
      ...msg.naiveTimestamps(naive, 'arrives_at', "each node's timezone"),
    });
  items.sort((a, b) => a.time - b.time || a.line - b.line);
  return {
    count: items.length,
    time: Float64Array.from(items, (i) => i.time),
    node: Int32Array.from(items, (i) => i.node),
    sku: Int32Array.from(items, (i) => i.sku),
    qty: Int32Array.from(items, (i) => i.qty),
  };
}

type CompiledOrders = ReturnType<typeof finishedOrders>;

/** `compileOrders`'s tables with each order's destination and random-draw key filled in. */
function finishedOrders({ orders: draft, destKeys, destLoc }: ReturnType<typeof compileOrders>) {
  const { destOf, ...rest } = draft;
  const orders: OrderTable = { ...rest, dest: destOf };
  for (let i = 0; i < orders.count; i++) orders.key[i] = hashOrderId(orders.ids[i]!);
  return { orders, destKeys, destLoc };
}

/** Compiled orders kept with what they were compiled from and the problems compiling them recorded. */
interface KeptOrders {
  skus: DataRows['skus'];
  scenario: ScenarioFile;
  file: string;
  columns: Record<string, number>;
  compiled: CompiledOrders;
  recorded: Problem[];
}

/** The orders compiled from each list of order rows (kept while the list lives), see `ordersOnce`. */
const keptOrders = new WeakMap<readonly OrderLineRow[], KeptOrders>();

/**
 * The compiled orders of `data` under `sc` (`compile` run into `problems`), compiled once per
 * list of order rows: a compile of the same rows with the same sku rows, scenario settings,
 * file name and columns (a policy entry's network variant, a sweep point's node overrides)
 * takes the tables already compiled and records the same problems again. The orders depend
 * on nothing else (the business calendar comes from the scenario settings; nodes play no
 * part). Kept only when compiling them recorded no error; not used when `problems` already
 * holds one (compiling the orders then says less). The tables are shared: read, never change.
 */
function ordersOnce(
  data: DataRows,
  sc: ScenarioFile,
  problems: Problems,
  compile: (into: Problems) => CompiledOrders,
): CompiledOrders {
  if (problems.hasErrors()) return compile(problems);
  const kept = keptOrders.get(data.orders);
  const same =
    kept &&
    kept.skus === data.skus &&
    kept.scenario === sc &&
    kept.file === data.files.orders &&
    kept.columns === data.columns.orders;
  if (same) {
    for (const p of kept.recorded) problems.add({ ...p });
    return kept.compiled;
  }
  const own = new Problems();
  const compiled = compile(own);
  for (const p of own.list) problems.add(p);
  if (!own.hasErrors())
    keptOrders.set(data.orders, {
      skus: data.skus,
      scenario: sc,
      file: data.files.orders,
      columns: data.columns.orders,
      compiled,
      recorded: own.list,
    });
  return compiled;
}

/**
 * Builds the model. Returns `null` when errors were recorded (the caller reports them);
 * warnings are recorded alongside a usable model.
 */
export function compileModel(input: CompileInput, problems: Problems): Model | null {
  const { data, scenario: sc, scenarioFile } = input;
  const nodes = compileNodes(data.nodes, sc, data.files.nodes, data.columns.nodes, problems);
  const start = parseIsoDate(sc.period.start)!;
  const end = parseIsoDate(sc.period.end)!;
  const holidays = sc.holidays.map((h) => parseIsoDate(h)!);
  const calendar = buildCalendar(start, end, sc.timezone, holidays, nodeCalendarSpecs(data.nodes, nodes, sc));
  const skus = compileSkus(data, sc, problems);
  const skuIndex = new Map(skus.ids.map((id, i) => [id, i]));
  const nodeIndex = new Map(nodes.ids.map((id, i) => [id, i]));

  const startOnHand = new Int32Array(nodes.count * skus.count);
  const carried = new Uint8Array(nodes.count * skus.count);
  for (const r of data.inventory) {
    const k = nodeIndex.get(r.nodeId)! * skus.count + skuIndex.get(r.sku)!;
    startOnHand[k] = r.onHand;
    carried[k] = 1;
  }
  const receipts = compileReceipts(data, nodes, skuIndex, calendar, problems);
  const { orders, destKeys, destLoc } = ordersOnce(data, sc, problems, (into) =>
    finishedOrders(compileOrders(data, sc, skuIndex, into, calendar, { file: scenarioFile, ...input.periodAt })),
  );
  const dests = compileDestinations(destKeys, destLoc, nodes, data.zones ?? []);

  const shipping = compileShipping(
    sc.shipping,
    data.rates,
    data.transit,
    orders.serviceNames,
    { rates: data.files.rates, transit: data.files.transit, scenario: scenarioFile },
    problems,
  );
  if (sc.shipping.model === 'rate-card') {
    for (const g of weightGaps(data.rates)) {
      const line = (g.below ?? g.above)!.line;
      problems.error({
        file: data.files.rates,
        line,
        column: data.columns.rates.max_weight_lb,
        field: 'max_weight_lb',
        ...msg.rateCardWeightGap(g),
      });
    }
  }

  let replenishment: Model['replenishment'] = null;
  if (sc.replenishment) {
    const mask = new Uint8Array(nodes.count);
    for (const id of sc.replenishment.nodes ?? nodes.ids) {
      const i = nodeIndex.get(id);
      if (i === undefined)
        problems.error({ file: scenarioFile, field: 'replenishment.nodes', ...msg.unknownNode(id, nodes.ids) });
      else mask[i] = 1;
    }
    replenishment = { everyDays: sc.replenishment.every_days, leadDays: sc.replenishment.lead_time_days, nodes: mask };
  }
  if (problems.hasErrors()) return null;
  return {
    nodesFile: data.files.nodes,
    nodes,
    skus,
    calendar,
    dests,
    orders,
    shipping,
    startOnHand,
    carried,
    receipts,
    replenishment,
    backorderMaxWaitDays: sc.backorder.max_wait_days,
    costs: {
      manualTouch: sc.costs.manual_touch,
      cancellationPerOrder: sc.costs.cancellation_per_order,
      cancellationPerUnit: sc.costs.cancellation_per_unit,
    },
  };
}

/** The random-draw key of an order: a hash of its id, so draws follow the order, not its position. */
export function hashOrderId(id: string): number {
  return hashString(id);
}
