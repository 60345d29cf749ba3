/**
 * An example custom policy: orders carrying a customer tag (default `vip`) ship from one
 * warehouse, whose stock records are the most reliable; every other order is routed by
 * another policy (default `closest-with-stock`).
 *
 * Use it from a scenario (the path is relative to the scenario file):
 *
 * ```yaml
 * - name: vip-from-warehouse
 *   use: ../../examples/policies/vip-from-warehouse.ts
 *   warehouse: WH-COLUMBUS
 * ```
 *
 * A policy is a PolicyDefinition: a name, a description, a zod schema for its settings, and
 * `create(model, settings, ctx)` returning the function the engine calls for every routing
 * decision. That function reads the request (`req.lines`, `req.need`, `req.eligible`,
 * `req.onHand`) and pushes `(line, node, units)` into `out`; the engine does the rest.
 */
import { z } from 'zod';
import { PolicySettingError, type PolicyDefinition, type PolicyFn } from '../../sim/policies/types.ts';

const settings = z.strictObject({
  /** The node VIP orders ship from. */
  warehouse: z.string(),
  /** The customer tag that marks them. */
  tag: z.string().default('vip'),
  /** The policy for all other orders (a scenario entry or a built-in policy). */
  otherwise: z.string().default('closest-with-stock'),
});

const vipFromWarehouse: PolicyDefinition<typeof settings> = {
  name: 'vip-from-warehouse',
  description: 'Tagged orders ship from one warehouse; the rest use another policy.',
  settings,
  create(model, s, ctx) {
    const wh = model.nodes.ids.indexOf(s.warehouse);
    if (wh < 0)
      throw new PolicySettingError(
        `warehouse "${s.warehouse}" is not in nodes.csv (nodes: ${model.nodes.ids.join(', ')})`,
        'warehouse',
      );
    const rest = ctx.resolve(s.otherwise, 'otherwise');
    const tagged = Uint8Array.from(model.orders.tags, (tags) => (tags.includes(s.tag) ? 1 : 0));
    const S = model.skus.count;
    const fn: PolicyFn = (req, out) => {
      if (!tagged[req.order]) return rest(req, out);
      if (!req.eligible[wh]) return; // the warehouse may not ship it (e.g. its pick already failed): nothing else is allowed
      for (let k = 0; k < req.count; k++) {
        const line = req.lines[k]!;
        const sku = model.orders.lineSku[line]!;
        const free = req.onHand[wh * S + sku]! - out.allocated(model, wh, sku);
        const take = Math.min(req.need[k]!, free);
        if (take > 0) out.push(line, wh, take);
      }
    };
    fn.segmentOf = (o) => (tagged[o] ? s.tag : 'other');
    return fn;
  },
};

export default vipFromWarehouse;
