/**
 * Settings any policy entry may carry besides the policy's own: exception review, a
 * network what-if (nodes added, removed or changed for this entry only) and the routing
 * cadence.
 */
import { z } from 'zod';
import { reviewSchema } from './review-schema.ts';

const nodeFields = {
  name: z.string().optional(),
  timezone: z.string().optional(),
  cutoff: z.string().optional(),
  ship_days: z.string().optional(),
  daily_order_capacity: z.number().int().min(1).optional(),
  pick_cost_per_order: z.number().min(0).optional(),
  pick_cost_per_extra_unit: z.number().min(0).optional(),
  inventory_accuracy: z.number().min(0).max(1).optional(),
  safety_stock: z.number().int().min(0).optional(),
  active_from: z.string().optional(),
  active_to: z.string().optional(),
  tags: z.array(z.string()).optional(),
};

export const networkSchema = z.strictObject({
  /**
   * New nodes; `stock_from` copies another node's inventory (times `stock_share`, an
   * assumption the report flags); `stock: { SKU: units }` sets its starting stock (after any copy).
   */
  add: z
    .array(
      z.strictObject({
        node_id: z.string().min(1),
        type: z.enum(['warehouse', 'store', '3pl']),
        zip: z.union([z.string(), z.number()]).optional(),
        lat: z.number().min(-90).max(90).optional(),
        lon: z.number().min(-180).max(180).optional(),
        stock_from: z.string().optional(),
        stock_share: z.number().min(0).default(1),
        stock: z.record(z.string(), z.number().int().min(0)).optional(),
        ...nodeFields,
      }),
    )
    .default([]),
  /** Node ids left out. */
  remove: z.array(z.string()).default([]),
  /** Per node id: columns to change. */
  change: z.record(z.string(), z.strictObject(nodeFields)).default({}),
});

export const cadenceSchema = z.strictObject({
  /** Route orders in batches every this many minutes (0: each order as it arrives). */
  batch_minutes: z.number().min(0).default(0),
});

export const ENTRY_KEYS = ['review', 'network', 'cadence'] as const;

export type NetworkSettings = z.infer<typeof networkSchema>;
export type CadenceSettings = z.infer<typeof cadenceSchema>;
export { reviewSchema };
