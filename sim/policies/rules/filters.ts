/**
 * Filters of a rule-based policy, compiled for a model: node filters remove a node from an
 * order's candidates; sku filters stop a node shipping some skus; safety stock holds back
 * units at the nodes it applies to.
 */
import type { FilterKind, FilterSettings } from './settings.ts';
import { FILTER_KINDS } from './settings.ts';
import type { Model } from '../../model/types.ts';
import { PolicySettingError, type RouteRequest } from '../types.ts';
import { settingText } from '../../messages.ts';

export interface CompiledFilters {
  /** Node filters: `removes(req, node)` is true when the filter takes the node out. */
  node: { label: string; removes(req: RouteRequest, node: number): boolean }[];
  /** Per sku × node (`sku * nodes + node`, as `RouteRequest.onHandBySku`): 1 when some filter forbids the node to ship the sku. */
  blockedSku: Uint8Array;
  /** Label of the filter blocking each node × sku (for explain), '' when none. */
  blockedBy: string[];
  /** Per node: units held back as safety stock (0 where no safety-stock filter applies). */
  reserve: Int32Array;
  /** Per node: 0 when a filter that reads no request (types, nodes, exclude_nodes, tags) always takes it out. */
  reach: Uint8Array;
  /** Whether a filter reads the nodes' inventory accuracy (min_accuracy). */
  readsAccuracy: boolean;
}

/** Node filters whose verdict does not depend on the request: their `removes` never reads it. */
const REQUEST_FREE: ReadonlySet<FilterKind> = new Set<FilterKind>(['types', 'nodes', 'exclude_nodes', 'tags']);

function kindOf(f: FilterSettings): FilterKind {
  return FILTER_KINDS.find((k) => f[k] !== undefined)!;
}

/** A readable label: `radius_miles 100 (store)`. */
export function filterLabel(f: FilterSettings): string {
  const k = kindOf(f);
  const v = f[k];
  const value = Array.isArray(v) ? v.join(', ') : v === true ? '' : String(v);
  return `${k}${value ? ` ${value}` : ''}${f.applies_to ? ` (${f.applies_to.join(', ')})` : ''}`;
}

/** Compiles filters for a model; unknown node ids, types or categories are setting errors. */
export function compileFilters(model: Model, filters: FilterSettings[]): CompiledFilters {
  const { nodes, skus } = model;
  const N = nodes.count,
    S = skus.count;
  const nodeIndex = (id: string, setting: string) => {
    const i = nodes.ids.indexOf(id);
    if (i < 0) throw new PolicySettingError(settingText.nodeNotInNodes(setting, id, nodes.ids), setting);
    return i;
  };
  const out: CompiledFilters = {
    node: [],
    blockedSku: new Uint8Array(N * S),
    blockedBy: new Array<string>(N * S).fill(''),
    reserve: new Int32Array(N),
    reach: new Uint8Array(N).fill(1),
    readsAccuracy: false,
  };
  const categories = new Set(skus.categories);
  for (const f of filters) {
    const kind = kindOf(f);
    const label = filterLabel(f);
    const applies = new Uint8Array(N).fill(1);
    if (f.applies_to) {
      applies.fill(0);
      for (const a of f.applies_to) {
        if (a === 'warehouse' || a === 'store' || a === '3pl')
          nodes.types.forEach((t, i) => {
            if (t === a) applies[i] = 1;
          });
        else applies[nodeIndex(a, 'applies_to')] = 1;
      }
    }
    switch (kind) {
      case 'types': {
        const allowed = new Set<string>(f.types!);
        out.node.push({ label, removes: (_r, n) => applies[n] === 1 && !allowed.has(nodes.types[n]!) });
        break;
      }
      case 'nodes': {
        const keep = new Set(f.nodes!.map((id) => nodeIndex(id, 'nodes')));
        out.node.push({ label, removes: (_r, n) => applies[n] === 1 && !keep.has(n) });
        break;
      }
      case 'exclude_nodes': {
        const drop = new Set(f.exclude_nodes!.map((id) => nodeIndex(id, 'exclude_nodes')));
        out.node.push({ label, removes: (_r, n) => applies[n] === 1 && drop.has(n) });
        break;
      }
      case 'tags': {
        const tags = new Set(f.tags!);
        const has = Uint8Array.from(nodes.tags, (t) => (t.some((x) => tags.has(x)) ? 1 : 0));
        out.node.push({ label, removes: (_r, n) => applies[n] === 1 && !has[n] });
        break;
      }
      case 'radius_miles': {
        const r = f.radius_miles!;
        out.node.push({ label, removes: (req, n) => applies[n] === 1 && model.dests.miles[req.dest * N + n]! > r });
        break;
      }
      case 'min_accuracy': {
        const min = f.min_accuracy!;
        out.readsAccuracy = true;
        out.node.push({ label, removes: (_r, n) => applies[n] === 1 && nodes.accuracy[n]! < min });
        break;
      }
      case 'at_capacity':
        out.node.push({
          label,
          removes: (req, n) =>
            applies[n] === 1 && nodes.capacity[n]! > 0 && req.planner.shipDay(n) !== req.planner.firstShipDay(n),
        });
        break;
      case 'safety_stock':
        for (let n = 0; n < N; n++) if (applies[n]) out.reserve[n] = nodes.safetyStock[n]!;
        break;
      case 'exclude_categories':
      case 'exclude_skus': {
        const list = kind === 'exclude_categories' ? f.exclude_categories! : f.exclude_skus!;
        if (kind === 'exclude_categories') {
          for (const c of list)
            if (!categories.has(c))
              throw new PolicySettingError(
                settingText.noSkuInCategoryOf('exclude_categories', c, [...categories].filter(Boolean)),
                'exclude_categories',
              );
        } else {
          for (const s of list)
            if (!skus.ids.includes(s))
              throw new PolicySettingError(settingText.skuNotInSkus('exclude_skus', s), 'exclude_skus');
        }
        const set = new Set(list);
        for (let s = 0; s < S; s++) {
          if (!set.has(kind === 'exclude_categories' ? skus.categories[s]! : skus.ids[s]!)) continue;
          for (let n = 0; n < N; n++)
            if (applies[n]) {
              out.blockedSku[s * N + n] = 1;
              if (!out.blockedBy[n * S + s]) out.blockedBy[n * S + s] = label;
            }
        }
        break;
      }
    }
    if (REQUEST_FREE.has(kind)) {
      // these filters' `removes` ignores the request, so none is needed to ask it
      const f = out.node[out.node.length - 1]!;
      for (let n = 0; n < N; n++) if (f.removes(undefined as unknown as RouteRequest, n)) out.reach[n] = 0;
    }
  }
  return out;
}
