/**
 * Settings of a rule-based policy, as written in a scenario: filters that remove
 * candidate nodes, ranked criteria, a split rule and the allocation level.
 *
 * ```yaml
 * - name: store-for-local
 *   use: rules
 *   filters:
 *     - { radius_miles: 100, applies_to: [store] }
 *     - { safety_stock: true }
 *   rank: [fewest-packages, closest]
 *   split: { if_saves: { min_saving: 1.00 } }
 *   allocation: order
 * ```
 */
import { z } from 'zod';
import { CRITERION_NAMES, type CriterionName } from './criteria/index.ts';

/** Filter kinds: each filter object names exactly one. */
export const FILTER_KINDS = [
  'types',
  'nodes',
  'exclude_nodes',
  'tags',
  'radius_miles',
  'min_accuracy',
  'safety_stock',
  'at_capacity',
  'exclude_categories',
  'exclude_skus',
] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];

const names = z.array(z.string().min(1)).min(1);

export const filterSchema = z
  .strictObject({
    /** Only nodes of these types (warehouse, store, 3pl). */
    types: z
      .array(z.enum(['warehouse', 'store', '3pl']))
      .min(1)
      .optional(),
    /** Only these nodes. */
    nodes: names.optional(),
    /** Never these nodes. */
    exclude_nodes: names.optional(),
    /** Only nodes with at least one of these tags. */
    tags: names.optional(),
    /** Only nodes within this many miles of the customer. */
    radius_miles: z.number().positive().optional(),
    /** Only nodes whose inventory_accuracy is at least this. */
    min_accuracy: z.number().min(0).max(1).optional(),
    /** Keep each node's safety_stock for walk-in shoppers: only units above it may ship. */
    safety_stock: z.literal(true).optional(),
    /** Leave out nodes already at their daily order capacity on their next ship day. */
    at_capacity: z.literal(true).optional(),
    /** The node may not ship skus of these categories. */
    exclude_categories: names.optional(),
    /** The node may not ship these skus. */
    exclude_skus: names.optional(),
    /** The filter applies only to these node types or node ids; other nodes pass it. */
    applies_to: names.optional(),
  })
  .refine((f) => FILTER_KINDS.filter((k) => f[k] !== undefined).length === 1, {
    message: `each filter names exactly one of: ${FILTER_KINDS.join(', ')} (plus an optional applies_to)`,
  });

export type FilterSettings = z.infer<typeof filterSchema>;

export const splitSchema = z.union([
  z.enum(['allow', 'never', 'if-saves']),
  z.strictObject({ max_packages: z.number().int().min(1) }),
  z.strictObject({ if_saves: z.strictObject({ min_saving: z.number().min(0).default(0) }) }),
]);

/** Settings every rule-based policy (and every preset) accepts. */
export const ruleFields = {
  filters: z.array(filterSchema).optional(),
  rank: z.array(z.enum(CRITERION_NAMES)).min(1).optional(),
  /** Node order for the `ranked` criterion, first = most preferred. */
  node_order: names.optional(),
  split: splitSchema.optional(),
  /** `order`: choose the set of nodes for the whole order; `line`: each line on its own. */
  allocation: z.enum(['order', 'line']).optional(),
};

export const rulesSchema = z.strictObject(ruleFields);
export type RuleSettings = z.infer<typeof rulesSchema>;

/** A rule set with every default filled in. */
export interface RuleSet {
  filters: FilterSettings[];
  rank: CriterionName[];
  nodeOrder: string[];
  /** Most packages (nodes) an order may ship in. */
  maxPackages: number;
  /** When set, split only if it saves at least this many dollars over the best single-node option. */
  ifSavesMin: number | null;
  allocation: 'order' | 'line';
}

/**
 * Fills in defaults: no filters, rank [fewest-packages, closest], splits allowed, order-level
 * allocation.
 */
export function normalizeRules(s: RuleSettings): RuleSet {
  const split = s.split ?? 'allow';
  let maxPackages = Infinity;
  let ifSavesMin: number | null = null;
  if (split === 'never') maxPackages = 1;
  else if (split === 'if-saves') ifSavesMin = 0;
  else if (typeof split === 'object' && 'max_packages' in split) maxPackages = split.max_packages;
  else if (typeof split === 'object' && 'if_saves' in split) ifSavesMin = split.if_saves.min_saving;
  return {
    filters: s.filters ?? [],
    rank: s.rank ?? ['fewest-packages', 'closest'],
    nodeOrder: s.node_order ?? [],
    maxPackages,
    ifSavesMin,
    allocation: s.allocation ?? 'order',
  };
}
