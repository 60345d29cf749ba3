/**
 * Cross-file checks on parsed data: unique keys, references to known skus and nodes, and
 * order-level columns that agree across an order's lines. Rows that fail are reported as
 * errors (they block the run).
 */
import type { DataRows } from '../parse/types.ts';
import { orderGroups } from '../parse/order-groups.ts';
import type { Timestamp } from '../parse/fields.ts';
import { msg } from '../messages.ts';
import type { Problems } from '../problems.ts';
import { closestName } from '../suggest.ts';

function checkUnique<T extends { line: number }>(
  rows: T[],
  key: (r: T) => string,
  what: string,
  file: string,
  field: string,
  column: number | undefined,
  problems: Problems,
): Map<string, T> {
  const seen = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    const first = seen.get(k);
    if (first) problems.error({ file, line: r.line, column, field, ...msg.duplicateKey(what, k, first.line) });
    else seen.set(k, r);
  }
  return seen;
}

/**
 * Records every broken reference between the data files. References to skus or nodes are
 * checked only when that table could be read (`check`), so one broken header does not
 * produce an error on every line that names a node.
 */
export function checkReferences(data: DataRows, problems: Problems, check = { skus: true, nodes: true }): void {
  const f = data.files;
  const col = data.columns;
  const skus = checkUnique(data.skus, (r) => r.sku, 'sku', f.skus, 'sku', col.skus.sku, problems);
  const nodes = checkUnique(data.nodes, (r) => r.nodeId, 'node', f.nodes, 'node_id', col.nodes.node_id, problems);
  checkUnique(
    data.inventory,
    (r) => `${r.nodeId} ${r.sku}`,
    'node and sku pair',
    f.inventory,
    'sku',
    col.inventory.sku,
    problems,
  );
  checkUnique(
    data.rates,
    (r) => `${r.carrier}/${r.service} zone ${r.zone} up to ${r.maxWeightLb} lb`,
    'rate',
    f.rates,
    'max_weight_lb',
    col.rates.max_weight_lb,
    problems,
  );
  checkUnique(
    data.transit,
    (r) => `${r.carrier}/${r.service} zone ${r.zone}`,
    'transit row for',
    f.transit,
    'zone',
    col.transit.zone,
    problems,
  );
  const nodeIds = [...nodes.keys()];
  const skuIds = [...skus.keys()];

  const unknownSku = new Map<string, string | undefined>();
  const suggestSku = (sku: string) => {
    if (!unknownSku.has(sku)) unknownSku.set(sku, skuIds.length <= 5000 ? closestName(sku, skuIds) : undefined);
    return unknownSku.get(sku);
  };
  // a sku or node on a row left out for a bad cell counts as named: that row's error is the real problem
  const skuNamed = (sku: string) => skus.has(sku) || data.named?.skus?.has(sku) === true;
  const nodeNamed = (node: string) => nodes.has(node) || data.named?.nodes?.has(node) === true;
  if (check.skus)
    for (const o of data.orders)
      if (!skuNamed(o.sku))
        problems.error({
          file: f.orders,
          line: o.line,
          column: col.orders.sku,
          field: 'sku',
          ...msg.unknownSku(o.sku, suggestSku(o.sku)),
        });
  for (const [rows, file, c] of [
    [data.inventory, f.inventory, col.inventory],
    [data.receipts, f.receipts, col.receipts],
  ] as const) {
    for (const r of rows) {
      if (check.nodes && !nodeNamed(r.nodeId))
        problems.error({
          file,
          line: r.line,
          column: c.node_id,
          field: 'node_id',
          ...msg.unknownNode(r.nodeId, nodeIds),
        });
      if (check.skus && !skuNamed(r.sku))
        problems.error({
          file,
          line: r.line,
          column: c.sku,
          field: 'sku',
          ...msg.unknownSku(r.sku, suggestSku(r.sku)),
        });
    }
  }

  // order-level columns must agree across an order's lines
  const orders = data.orders;
  const { of, first } = orderGroups(orders);
  for (let i = 0; i < orders.length; i++) {
    const head = first[of[i]!]!;
    if (head === i) continue;
    const o = orders[i]!;
    const a = orders[head]!;
    const fields: [string, boolean][] = [
      ['placed_at', sameTimestamp(a.placedAt, o.placedAt)],
      ['customer_zip', a.zip5 === o.zip5],
      ['customer_lat/customer_lon', same(a.lat, o.lat) && same(a.lon, o.lon)],
      ['ship_service', a.shipService === o.shipService],
      ['promised_by', same(a.promisedBy, o.promisedBy)],
      ['country', a.country === o.country],
    ];
    for (const [field, agrees] of fields)
      if (!agrees)
        problems.error({
          file: f.orders,
          line: o.line,
          column: col.orders[field.split('/')[0]!],
          field,
          ...msg.orderFieldConflict(field, o.orderId, a.line),
        });
  }
}

/** Whether two cells hold the same number, one not there counting as any other not-a-number (as JSON would write them). */
const same = (x: number | undefined, y: number | undefined): boolean =>
  (Number.isFinite(x) ? x : null) === (Number.isFinite(y) ? y : null);

/** Whether two timestamps are the same instant written the same way. */
const sameTimestamp = (x: Timestamp, y: Timestamp): boolean =>
  x.day === y.day && x.minutes === y.minutes && x.offset === y.offset;
