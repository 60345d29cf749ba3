/**
 * Named policies built from rules: each preset fills in rule settings; any rule setting
 * written in the scenario entry overrides the preset's (filters are added to the preset's).
 */
import { z } from 'zod';
import { createRulesPolicy } from './rules/policy.ts';
import { normalizeRules, ruleFields, type FilterSettings, type RuleSettings } from './rules/settings.ts';
import { PolicySettingError, type PolicyDefinition } from './types.ts';
import type { Model } from '../model/types.ts';
import { settingText } from '../messages.ts';

type Shape = Record<string, z.ZodType>;

/** A preset: its own settings (beyond the rule settings) and the rules they stand for. */
function preset<E extends Shape>(
  name: string,
  description: string,
  extra: E,
  rules: (model: Model, s: z.infer<z.ZodObject<E>>) => RuleSettings,
): PolicyDefinition {
  const settings = z.strictObject({ ...ruleFields, ...extra });
  return {
    name,
    description,
    settings,
    create(model, raw) {
      const s = raw as z.infer<typeof settings>;
      const base = rules(model, s as never);
      const own = s as RuleSettings;
      const merged: RuleSettings = {
        filters: [...(base.filters ?? []), ...(own.filters ?? [])],
        rank: own.rank ?? base.rank,
        node_order: own.node_order ?? base.node_order,
        split: own.split ?? base.split,
        allocation: own.allocation ?? base.allocation,
      };
      return createRulesPolicy(model, normalizeRules(merged));
    },
  };
}

/** The only warehouse, or a setting error naming the warehouses to choose from. */
function theWarehouse(model: Model, node: string | undefined): string {
  if (node !== undefined) return node;
  const warehouses = model.nodes.ids.filter((_, i) => model.nodes.types[i] === 'warehouse');
  if (warehouses.length === 1) return warehouses[0]!;
  throw new PolicySettingError(settingText.nameTheWarehouse(warehouses), 'node');
}

export const POLICY_PRESETS: PolicyDefinition[] = [
  preset(
    'rules',
    'A policy written out in rules: filters, ranked criteria, a split rule and the allocation level.',
    {},
    () => ({}),
  ),
  preset(
    'warehouse-only',
    "Ship every order from one node (today's routing for most small retailers); what it lacks is cancelled or backordered.",
    { node: z.string().optional() },
    (model, s) => ({ filters: [{ nodes: [theWarehouse(model, s.node)] }], rank: ['closest'], allocation: 'order' }),
  ),
  preset(
    'closest-with-stock',
    'Each line ships from the nearest node holding all of it (else from the nearest nodes in turn); orders may split.',
    {},
    () => ({ rank: ['closest'], allocation: 'line' }),
  ),
  preset(
    'fewest-packages',
    "The smallest set of nodes that fills the order, then the closest such set (Shopify's default ranking).",
    {},
    () => ({ rank: ['fewest-packages', 'closest'], allocation: 'order' }),
  ),
  preset('cheapest', 'The allocation with the lowest shipping plus pick/pack cost, then the fastest.', {}, () => ({
    rank: ['cheapest', 'fastest'],
    allocation: 'order',
  })),
  preset(
    'store-for-local',
    'Stores ship orders within a radius (keeping their safety stock and capacity); everything else ships from the other nodes.',
    { radius_miles: z.number().positive().default(100), stores: z.array(z.string()).min(1).optional() },
    (model, s) => {
      const filters: FilterSettings[] = [
        { radius_miles: s.radius_miles, applies_to: ['store'] },
        { safety_stock: true, applies_to: ['store'] },
        { at_capacity: true, applies_to: ['store'] },
      ];
      if (s.stores) {
        const others = model.nodes.ids.filter((id, i) => model.nodes.types[i] === 'store' && !s.stores!.includes(id));
        for (const id of s.stores)
          if (!model.nodes.ids.includes(id))
            throw new PolicySettingError(settingText.nodeNotInNodes('stores', id, model.nodes.ids), 'stores');
        if (others.length) filters.push({ exclude_nodes: others });
      }
      return { filters, rank: ['fewest-packages', 'closest'], split: 'if-saves', allocation: 'order' };
    },
  ),
];
