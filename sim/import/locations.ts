/**
 * locations.csv → canonical nodes. Shopify does not export locations, so the user writes a
 * small file: `name`, `type`, and `zip` or `lat` + `lon`; optionally `capacity` (orders a
 * day), `node_id` and any other nodes.csv column. Location names map to node ids.
 */
import { blank, NODE_OUT, type NodeOut } from './canonical.ts';
import type { ImportLog } from './log.ts';
import { fromCSV } from '../parse/csv.ts';
import {
  parseChoice,
  parseDate,
  parseFraction,
  parseInteger,
  parseNumber,
  parseShipDays,
  parseTimeOfDay,
  parseTimeZone,
} from '../parse/fields.ts';
import { TableReader } from '../parse/table.ts';
import { NODE_TYPES } from '../parse/types.ts';
import { normalizeZip, stateOfZip } from '../geo/zip.ts';
import { STATE_TIMEZONE } from '../geo/timezones.ts';
import { importText, msg } from '../messages.ts';
import { InputError, Problems } from '../problems.ts';

const COLUMNS = {
  required: ['name', 'type'],
  optional: [
    'node_id',
    'capacity',
    'daily_order_capacity',
    'timezone',
    'cutoff',
    'ship_days',
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

/** `Brooklyn Store #2` → `BROOKLYN-STORE-2`. */
export function nodeIdFromName(name: string): string {
  return (
    name
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'NODE'
  );
}

export interface Locations {
  nodes: NodeOut[];
  /** Node id by location name (case-insensitive, trimmed). */
  nodeOf(name: string): string | undefined;
}

/** Parses locations.csv text; every bad cell is an input error (thrown together). */
export function parseLocations(text: string, file: string, log: ImportLog): Locations {
  const problems = new Problems();
  log.file(file, 'locations');
  const table = fromCSV(text, file, problems);
  const nodes: NodeOut[] = [];
  const byName = new Map<string, string>();
  if (table) {
    const r = new TableReader(table, COLUMNS, problems);
    const firstLine = new Map<string, number>(); // by location name, lower-cased
    const idLine = new Map<string, number>(); // by node id
    for (let i = 0; r.usable && i < r.length; i++) {
      r.at(i);
      log.read(file);
      const name = r.text('name');
      if (name === '') r.error('name', msg.required('name'));
      const type = r.get('type', (t) => parseChoice(t, NODE_TYPES), { required: true });
      const zipText = r.text('zip');
      const zip = zipText === '' ? null : normalizeZip(zipText);
      if (zipText !== '' && !zip) r.error('zip', msg.badZip(zipText));
      const lat = r.get('lat', (t) => parseNumber(t, -90, 90));
      const lon = r.get('lon', (t) => parseNumber(t, -180, 180));
      if (zipText === '' && (lat === undefined || lon === undefined) && r.rowOk)
        r.error('zip', msg.noLocation(`location ${name}`));
      const capacity = r.text('capacity') || r.text('daily_order_capacity');
      if (capacity !== '')
        r.get(r.hasColumn('capacity') ? 'capacity' : 'daily_order_capacity', (t) => parseInteger(t, 1));
      const checks: [string, (t: string) => { ok: boolean }][] = [
        ['timezone', parseTimeZone],
        ['cutoff', parseTimeOfDay],
        ['ship_days', parseShipDays],
        ['pick_cost_per_order', (t) => parseNumber(t, 0)],
        ['pick_cost_per_extra_unit', (t) => parseNumber(t, 0)],
        ['inventory_accuracy', parseFraction],
        ['safety_stock', (t) => parseInteger(t, 0)],
        ['active_from', parseDate],
        ['active_to', parseDate],
      ];
      for (const [col, parse] of checks) r.get(col, parse as never);
      const id = r.text('node_id') || nodeIdFromName(name);
      const key = name.toLowerCase();
      if (firstLine.has(key)) r.error('name', msg.duplicateKey('location', name, firstLine.get(key)!));
      if (!r.rowOk) continue;
      firstLine.set(key, r.line);
      const n = blank(NODE_OUT);
      n.node_id = id;
      n.type = type!;
      n.name = name;
      n.zip = zip?.zip5 ?? '';
      n.lat = lat === undefined ? '' : String(lat);
      n.lon = lon === undefined ? '' : String(lon);
      n.daily_order_capacity = capacity;
      for (const col of [
        'cutoff',
        'ship_days',
        'pick_cost_per_order',
        'pick_cost_per_extra_unit',
        'inventory_accuracy',
        'safety_stock',
        'active_from',
        'active_to',
        'tags',
      ] as const)
        n[col] = r.text(col);
      n.timezone = r.text('timezone');
      if (n.timezone === '' && zip) {
        const tz = STATE_TIMEZONE[stateOfZip(zip.zip5)];
        if (tz) {
          n.timezone = tz;
          log.repair(file, r.line, importText.timezoneFromZip, `${name}: ${tz}`);
        }
      }
      if (idLine.has(id)) r.error('node_id', msg.duplicateKey('node_id', id, idLine.get(id)!));
      else {
        idLine.set(id, r.line);
        nodes.push(n);
        byName.set(key, id);
        log.written(file);
      }
    }
  }
  if (problems.hasErrors()) throw new InputError(problems.list);
  return { nodes, nodeOf: (name) => byName.get(name.trim().toLowerCase()) };
}
