/** nodes.csv: the places that can ship (DESIGN §3). */
import type { CsvTable } from './csv.ts';
import {
  parseChoice,
  parseDate,
  parseFraction,
  parseInteger,
  parseNumber,
  parseShipDays,
  parseTags,
  parseTimeOfDay,
  parseTimeZone,
} from './fields.ts';
import { readRows } from './table.ts';
import { NODE_TYPES, type NodeRow } from './types.ts';
import { msg } from '../messages.ts';
import { describeZipRepairs, normalizeZip } from '../geo/zip.ts';
import type { Problems } from '../problems.ts';

export const NODE_COLUMNS = {
  required: ['node_id', 'type'],
  optional: [
    'name',
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
  ],
  oneOf: [['zip'], ['lat', 'lon']],
} as const;

/** Parses nodes.csv rows; bad cells are recorded and their rows left out. */
export function parseNodes(table: CsvTable, problems: Problems): NodeRow[] {
  const money = (t: string) => parseNumber(t, 0);
  return readRows(table, NODE_COLUMNS, problems, (r) => {
    const nodeId = r.text('node_id');
    if (nodeId === '') r.error('node_id', msg.required('node_id'));
    const type = r.get('type', (t) => parseChoice(t, NODE_TYPES), { required: true });
    let zip5: string | undefined;
    const zipText = r.text('zip');
    if (zipText !== '') {
      const z = normalizeZip(zipText);
      if (!z) r.error('zip', msg.badZip(zipText));
      else {
        zip5 = z.zip5;
        if (z.repairs.length) r.warning('zip', msg.zipRepaired(zipText, z.zip5, describeZipRepairs(z.repairs)));
      }
    }
    const lat = r.get('lat', (t) => parseNumber(t, -90, 90));
    const lon = r.get('lon', (t) => parseNumber(t, -180, 180));
    if (zipText === '' && (lat === undefined || lon === undefined) && r.rowOk)
      r.error('zip', msg.noLocation(`node ${nodeId}`));
    const row: NodeRow = {
      line: r.line,
      nodeId,
      type: type!,
      name: r.text('name') || nodeId,
      zip5,
      lat,
      lon,
      timezone: r.get('timezone', parseTimeZone),
      cutoff: r.get('cutoff', parseTimeOfDay),
      shipDays: r.get('ship_days', parseShipDays),
      dailyOrderCapacity: r.get('daily_order_capacity', (t) => parseInteger(t, 1)),
      pickCostPerOrder: r.get('pick_cost_per_order', money),
      pickCostPerExtraUnit: r.get('pick_cost_per_extra_unit', money),
      inventoryAccuracy: r.get('inventory_accuracy', parseFraction),
      safetyStock: r.get('safety_stock', (t) => parseInteger(t, 0)),
      activeFrom: r.get('active_from', parseDate),
      activeTo: r.get('active_to', parseDate),
      tags: parseTags(r.text('tags')),
    };
    return row;
  });
}
