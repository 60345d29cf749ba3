/**
 * Parameter overrides for sweeps: `costs.manual_touch=5`, `policies.store-for-local.radius_miles=50`
 * (an entry by name), or `nodes.STORE-LA.inventory_accuracy=0.95` / `nodes.store.inventory_accuracy=0.95`
 * (node columns in the data, by node id or node type, for every entry).
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import { msg, overrideText } from '../messages.ts';
import type { DataRows, NodeRow } from '../parse/types.ts';
import { InputError } from '../problems.ts';

/** Node columns a sweep may set. */
export const NODE_OVERRIDES = {
  inventory_accuracy: 'inventoryAccuracy',
  daily_order_capacity: 'dailyOrderCapacity',
  pick_cost_per_order: 'pickCostPerOrder',
  pick_cost_per_extra_unit: 'pickCostPerExtraUnit',
  safety_stock: 'safetyStock',
} as const satisfies Record<string, keyof NodeRow>;

export interface Override {
  /** As written: `policies.store-for-local.radius_miles`. */
  path: string;
  value: unknown;
}

/** Parses `PATH=v1,v2,…` into the path and its values (numbers, booleans or text). */
export function parseSetting(text: string): { path: string; values: unknown[] } {
  const i = text.indexOf('=');
  if (i <= 0 || i === text.length - 1)
    throw new InputError([{ severity: 'error', file: 'command line', field: '--set', ...msg.badSetting(text) }]);
  const scalar = (v: string) =>
    /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v === 'true' ? true : v === 'false' ? false : v;
  return {
    path: text.slice(0, i).trim(),
    values: text
      .slice(i + 1)
      .split(',')
      .map((v) => scalar(v.trim())),
  };
}

/** Every combination of the settings' values (the grid), in order. */
export function grid(settings: { path: string; values: unknown[] }[]): Override[][] {
  let points: Override[][] = [[]];
  for (const s of settings) points = points.flatMap((p) => s.values.map((value) => [...p, { path: s.path, value }]));
  return points;
}

/**
 * The scenario text with the scenario overrides applied (node overrides are left for
 * `overrideNodes`). Without any, the text as written, so problems keep their lines and
 * columns (writing the document out again re-wraps long lines). Text that is not valid YAML
 * is returned as written too, for the scenario parser to report at its line and column.
 */
export function overrideScenario(text: string, overrides: Override[]): string {
  if (overrides.every((o) => o.path.split('.')[0] === 'nodes')) return text;
  const doc = parseDocument(text, { uniqueKeys: true });
  // a document with errors cannot be written out, nor one whose aliases expand too far:
  // the scenario parser reports them at their lines
  if (doc.errors.length || !aliasesExpand(doc)) return text;
  for (const o of overrides) {
    const parts = o.path.split('.');
    if (parts[0] === 'nodes') continue;
    let path: (string | number)[] = parts;
    if (parts[0] === 'policies') {
      const seq = doc.get('policies');
      const index = isSeq(seq) ? seq.items.findIndex((e) => isMap(e) && e.get('name') === parts[1]) : -1;
      if (index < 0)
        throw new InputError([
          {
            severity: 'error',
            file: 'command line',
            field: '--set',
            ...msg.badSetting(o.path, overrideText.noPolicy(parts[1]!)),
          },
        ]);
      path = ['policies', index, ...parts.slice(2)];
    }
    doc.setIn(path, o.value);
  }
  return doc.toString();
}

/** Whether the document's aliases expand within yaml's limit (no alias bomb). */
function aliasesExpand(doc: ReturnType<typeof parseDocument>): boolean {
  try {
    doc.toJS({ maxAliasCount: 100 });
    return true;
  } catch {
    return false;
  }
}

/** The rows with node overrides applied (`nodes.<id or type>.<column>`). */
export function overrideNodes(data: DataRows, overrides: Override[]): DataRows {
  let nodes = data.nodes;
  for (const o of overrides) {
    const [head, target, column] = o.path.split('.');
    if (head !== 'nodes') continue;
    const field = NODE_OVERRIDES[column as keyof typeof NODE_OVERRIDES];
    if (!field || typeof o.value !== 'number')
      throw new InputError([
        {
          severity: 'error',
          file: 'command line',
          field: '--set',
          ...msg.badSetting(o.path, overrideText.nodeColumns(Object.keys(NODE_OVERRIDES))),
        },
      ]);
    if (!nodes.some((n) => n.nodeId === target || n.type === target))
      throw new InputError([
        {
          severity: 'error',
          file: 'command line',
          field: '--set',
          ...msg.badSetting(o.path, overrideText.noNode(target)),
        },
      ]);
    nodes = nodes.map((n) => (n.nodeId === target || n.type === target ? { ...n, [field]: o.value } : n));
  }
  return nodes === data.nodes ? data : { ...data, nodes };
}
