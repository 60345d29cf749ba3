/** `closest-with-stock`: each line from the nearest node that has it; splits allowed. */
import { z } from 'zod';
import { allNodesMask, routeLineClosest } from './helpers.ts';
import type { PolicyDefinition } from './types.ts';

const settings = z.strictObject({});

export const closestWithStock: PolicyDefinition<typeof settings> = {
  name: 'closest-with-stock',
  description: 'Each line ships from the nearest node holding all of it (else from the nearest nodes in turn); orders may split.',
  settings,
  create(model) {
    const all = allNodesMask(model.nodes.count);
    return (req, out) => {
      for (let i = 0; i < req.count; i++) routeLineClosest(req, out, i, all);
    };
  },
};
