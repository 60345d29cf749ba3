/**
 * The `review:` settings of a policy entry: the exception-review rules (each names exactly one
 * kind), the delay, the touch cost and the value under which orders are never reviewed.
 * Compiled for the engine by engine/review.ts.
 */
import { z } from 'zod';
import { schemaText } from '../messages.ts';

const names = z.array(z.string().min(1)).min(1);

export const REVIEW_RULE_KINDS = [
  'order_value_over',
  'fragile',
  'oversize',
  'tags',
  'margin_below',
  'store_stock_within',
] as const;

export const reviewRuleSchema = z
  .strictObject({
    /** Orders worth more than this many dollars. */
    order_value_over: z.number().min(0).optional(),
    /** Orders with a fragile sku. */
    fragile: z.literal(true).optional(),
    /** Orders with an oversize sku. */
    oversize: z.literal(true).optional(),
    /** Orders tagged with any of these customer tags (e.g. vip). */
    tags: names.optional(),
    /** Orders whose margin (value − unit costs) / value is below this share. */
    margin_below: z.number().min(0).max(1).optional(),
    /** Orders that leave a store at or within this many units of its safety stock. */
    store_stock_within: z.number().int().min(0).optional(),
  })
  .refine((r) => REVIEW_RULE_KINDS.filter((k) => r[k] !== undefined).length === 1, {
    message: schemaText.oneReviewRule(REVIEW_RULE_KINDS),
  });

export const reviewSchema = z.strictObject({
  rules: z.array(reviewRuleSchema).min(1),
  /** Hours a reviewed order waits before its packages are released to the nodes. */
  delay_hours: z.number().min(0).default(4),
  /** Dollars per review (default: costs.manual_touch). */
  touch_cost: z.number().min(0).optional(),
  /** Orders worth less than this are never reviewed (handled automatically). */
  skip_under: z.number().min(0).default(0),
});

export type ReviewSettings = z.infer<typeof reviewSchema>;
