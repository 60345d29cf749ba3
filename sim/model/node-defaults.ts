/**
 * Built-in assumptions for node columns left empty, by node type. Planning figures: 3PL
 * pick/pack $2.50–5.00 per order plus $0.50–1.00 per extra unit; stores pick at roughly
 * 1.5–3× a warehouse's cost; store inventory records are often wrong (DeHoratius & Raman
 * 2008), so stores default to a lower accuracy. A scenario's `node_defaults` override these.
 */
import type { NodeType } from '../parse/types.ts';

export interface NodeDefaults {
  cutoff: string;
  ship_days: string;
  pick_cost_per_order: number;
  pick_cost_per_extra_unit: number;
  inventory_accuracy: number;
}

export const BUILTIN_NODE_DEFAULTS: Record<NodeType, NodeDefaults> = {
  warehouse: {
    cutoff: '14:00',
    ship_days: 'Mon-Fri',
    pick_cost_per_order: 3.0,
    pick_cost_per_extra_unit: 0.75,
    inventory_accuracy: 0.995,
  },
  '3pl': {
    cutoff: '13:00',
    ship_days: 'Mon-Fri',
    pick_cost_per_order: 3.75,
    pick_cost_per_extra_unit: 0.75,
    inventory_accuracy: 0.99,
  },
  store: {
    cutoff: '15:00',
    ship_days: 'Mon-Sat',
    pick_cost_per_order: 6.0,
    pick_cost_per_extra_unit: 1.5,
    inventory_accuracy: 0.9,
  },
};

/** Columns whose built-in default changes results enough to warn about. */
export const WARN_WHEN_DEFAULTED = ['pick_cost_per_order', 'pick_cost_per_extra_unit', 'inventory_accuracy'] as const;
