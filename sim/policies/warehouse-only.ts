/** `warehouse-only`: everything from one named node; what it cannot supply is cancelled. */
import { z } from 'zod';
import { unitsAvailable } from './helpers.ts';
import { PolicySettingError, type PolicyDefinition } from './types.ts';

const settings = z.strictObject({
  /** The node that ships everything (default: the only warehouse). */
  node: z.string().optional(),
});

export const warehouseOnly: PolicyDefinition<typeof settings> = {
  name: 'warehouse-only',
  description: 'Ship every order from one node (today\'s routing for most small retailers); what it lacks is cancelled or backordered.',
  settings,
  create(model, s) {
    const warehouses = model.nodes.ids.filter((_, i) => model.nodes.types[i] === 'warehouse');
    const id = s.node ?? (warehouses.length === 1 ? warehouses[0]! : undefined);
    const node = id === undefined ? -1 : model.nodes.ids.indexOf(id);
    if (node < 0) {
      throw new PolicySettingError(
        id === undefined
          ? `needs node: there are ${warehouses.length} warehouses (${warehouses.join(', ') || 'none'}), so name the one that ships`
          : `node "${id}" is not in nodes.csv (nodes: ${model.nodes.ids.join(', ')})`,
        'node',
      );
    }
    return (req, out) => {
      for (let i = 0; i < req.count; i++) {
        const take = Math.min(req.need[i]!, unitsAvailable(req, out, node, req.lines[i]!));
        if (take > 0) out.push(req.lines[i]!, node, take);
      }
    };
  },
};
