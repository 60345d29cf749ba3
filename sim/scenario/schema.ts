/**
 * The scenario file (`scenarios/<name>/scenario.yaml`) schema. Every object is strict, so
 * a misspelled key is an error that names the closest valid key.
 */
import { z } from 'zod';
import { parseIsoDate, parseWeekdays } from '../time/calendar.ts';
import { parseTimeOfDay } from '../parse/fields.ts';
import { isValidTimeZone } from '../time/zone.ts';
import { schemaText } from '../messages.ts';

const isoDate = z.string().refine((s) => parseIsoDate(s) !== null, { message: schemaText.isoDate });
const timeZone = z.string().refine(isValidTimeZone, { message: schemaText.timeZone });
const money = z.number().min(0);
const fraction = z.number().min(0).max(1);

const transitDelay = z
  .strictObject({
    /** Chance that a package arrives late. */
    probability: fraction.default(0),
    /** Extra business days when it does. */
    days: z.number().int().min(1).default(1),
  })
  .default({ probability: 0, days: 1 });

const rateCardShipping = z.strictObject({
  model: z.literal('rate-card'),
  /** File in the data folder (or a path relative to the scenario). */
  rate_card: z.string().default('rate_card.csv'),
  transit: z.string().default('transit.csv'),
  /** Optional zone chart (origin_zip3, dest_zip3, zone) overriding the distance bands. */
  zone_chart: z.string().optional(),
  /** Cubic inches per billable pound. */
  dim_divisor: z.number().positive().default(139),
  fuel_surcharge_pct: z.number().min(0).max(100).default(0),
  residential_surcharge: money.default(0),
  /** Label the rate card as illustrative in outputs. */
  illustrative: z.boolean().default(false),
  /** ship_service → carrier services ("carrier/service") allowed to carry it; default: all. */
  services: z.record(z.string(), z.array(z.string()).min(1)).default({}),
  transit_delay: transitDelay,
});

const linearShipping = z.strictObject({
  model: z.literal('linear'),
  per_package: money.default(0),
  per_unit: money.default(0),
  per_unit_mile: money.default(0),
  per_package_mile: money.default(0),
  /** Transit business days for zones 1..8. */
  transit_business_days_by_zone: z.array(z.number().int().min(0)).length(8).default([1, 1, 2, 3, 3, 4, 4, 5]),
  transit_delay: transitDelay,
});

export const shippingSchema = z.discriminatedUnion('model', [rateCardShipping, linearShipping], {
  error: schemaText.shippingModel,
});

const nodeDefaults = z.strictObject({
  cutoff: z
    .string()
    .refine((s) => parseTimeOfDay(s).ok, { message: schemaText.cutoff })
    .optional(),
  ship_days: z
    .string()
    .refine((s) => parseWeekdays(s) !== null, { message: schemaText.shipDays })
    .optional(),
  pick_cost_per_order: money.optional(),
  pick_cost_per_extra_unit: money.optional(),
  inventory_accuracy: fraction.optional(),
});

/**
 * A policy entry: its display name, the policy it uses (default: the name; another entry's
 * name: that entry, inherited) and its settings; `compare_to` names the entry it modifies.
 */
export const policyEntrySchema = z.looseObject({
  name: z.string().min(1),
  use: z.string().min(1).optional(),
  /** The entry this one changes, for its rung of the effect ladder (default: the entry it `use`s, else the baseline). */
  compare_to: z.string().min(1).optional(),
});

/** Fixed costs of a node a network what-if adds (illustrative until you enter your own), dollars. */
export const nodeCostsSchema = z.strictObject({
  monthly_rent: money.default(0),
  monthly_labor: money.default(0),
  /** One-time cost of opening it (fit-out, first stock's handling, hiring). */
  opening_cost: money.default(0),
});

export const generateSchema = z.strictObject({
  preset: z.string().default('three-location'),
  seed: z.union([z.number().int(), z.string()]).default(1),
  start: isoDate,
  days: z.number().int().min(1).max(3660),
  orders_per_day: z.number().positive().optional(),
});

export const roiSchema = z.strictObject({
  /** The policy being decided on (default: the largest saving per order that keeps service, see analytics/recommend.ts). */
  policy: z.string().optional(),
  horizon_months: z.number().int().min(1).max(120).default(24),
  /** Annual discount rate, percent. */
  discount_rate_pct: z.number().min(0).max(100).default(10),
  /** Orders a month to scale savings to (default: the replayed orders per month). */
  monthly_orders: z.number().positive().optional(),
  /** One-time costs, dollars. */
  one_time: z
    .strictObject({
      setup: money.default(0),
      implementation: money.default(0),
      training: money.default(0),
      store_readiness: money.default(0),
    })
    .default({ setup: 0, implementation: 0, training: 0, store_readiness: 0 }),
  /** Recurring costs, dollars a month. */
  monthly: z
    .strictObject({ subscription: money.default(0), store_labor: money.default(0) })
    .default({ subscription: 0, store_labor: 0 }),
  /** Count a cancelled unit's lost margin (unit price − unit cost) as a cost. */
  cancellation_margin: z.boolean().default(true),
  /** Optional upside, reported apart from the conservative case: extra online sales, percent, per day of faster delivery. */
  sales_uplift_pct_per_day_faster: z.number().min(0).max(100).default(0),
  /** Can the order, inventory and store systems be connected without major custom work? */
  integration: z.enum(['connector', 'custom-work', 'unknown']).default('unknown'),
  /** Per node id a what-if adds: its own fixed costs, counted for every entry that adds it. */
  nodes: z.record(z.string(), nodeCostsSchema).default({}),
});

export const scenarioSchema = z.strictObject({
  name: z.string().optional(),
  description: z.string().optional(),
  /**
   * Data folder, relative to the scenario file; or `{ generate: {...} }` for a seeded
   * synthetic stream (each replicate then draws its own order stream).
   */
  data: z.union([z.string(), z.strictObject({ generate: generateSchema })], { error: schemaText.data }),
  period: z.strictObject({ start: isoDate, end: isoDate }),
  /** The business's time zone: promise dates and timestamps without an offset use it. */
  timezone: timeZone.default('America/New_York'),
  seed: z.union([z.number().int(), z.string()], { error: schemaText.seed }).default(1),
  holidays: z.array(isoDate).default([]),
  shipping: shippingSchema,
  promise: z
    .strictObject({
      ship_sla_business_days: z.number().int().min(0).default(1),
      delivery_business_days: z.record(z.string(), z.number().int().min(0)).default({ standard: 5 }),
    })
    .default({ ship_sla_business_days: 1, delivery_business_days: { standard: 5 } }),
  costs: z
    .strictObject({
      manual_touch: money.default(0),
      cancellation_per_order: money.default(0),
      cancellation_per_unit: money.default(0),
    })
    .default({ manual_touch: 0, cancellation_per_order: 0, cancellation_per_unit: 0 }),
  /** Defaults by node type for columns nodes.csv leaves empty. */
  node_defaults: z.partialRecord(z.enum(['warehouse', 'store', '3pl']), nodeDefaults).default({}),
  /** Weight assumed for skus without weight_lb. */
  default_weight_lb: z.number().positive().default(1),
  replenishment: z
    .strictObject({
      every_days: z.number().int().min(1),
      lead_time_days: z.number().int().min(0),
      /** Node ids replenished (default: all). */
      nodes: z.array(z.string()).optional(),
    })
    .optional(),
  backorder: z
    .strictObject({
      /** Longest wait (days) for a receipt before unfillable units are cancelled; 0 cancels at once. */
      max_wait_days: z.number().int().min(0).default(0),
    })
    .default({ max_wait_days: 0 }),
  /**
   * The stock the replay starts from: `as-counted` (inventory.csv as it is, the default) or
   * `rebuild` (on hand at as_of plus the units sold since the period start, minus receipts
   * since: compile/start-stock.ts), for an export of today's stock. Optional, so scenarios
   * without it parse to the same config as before.
   */
  inventory: z.strictObject({ start: z.enum(['as-counted', 'rebuild']).default('as-counted') }).optional(),
  /** Replay orders whose historical status is `cancelled` (default: leave them out, counted). */
  replay_cancelled: z.boolean().default(false),
  /** Money and the decision: what the change costs, over what horizon, and what is known about connecting systems. */
  roi: roiSchema.default(roiSchema.parse({})),
  policies: z.array(policyEntrySchema).min(1),
  /** Name of the policy the others are compared with (default: the first). */
  baseline: z.string().optional(),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type GenerateSettings = z.infer<typeof generateSchema>;
export type ShippingConfig = z.infer<typeof shippingSchema>;
export type PolicyEntry = z.infer<typeof policyEntrySchema>;
