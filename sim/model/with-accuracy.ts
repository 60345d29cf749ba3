/**
 * A model that differs from another only in its nodes' inventory accuracy (the store-accuracy
 * sensitivity moves it): a copy sharing every other table with the original, so nothing is
 * compiled again, and a record of where it came from, so work that does not read accuracy
 * (the look-ahead plan, sim/lp/plan.ts) is done once for the original and all its copies.
 */
import type { Model } from './types.ts';

const origins = new WeakMap<Model, Model>();

/**
 * `model` with `accuracy` (one entry per node) in place of its nodes' accuracy; every other
 * array is the original's (read only, as every model's). Throws on a wrong length.
 * @example withNodeAccuracy(model, model.nodes.accuracy.map((a, i) => (model.nodes.types[i] === 'store' ? a - 0.05 : a)))
 */
export function withNodeAccuracy(model: Model, accuracy: Float64Array): Model {
  if (accuracy.length !== model.nodes.count)
    throw new RangeError(`accuracy needs ${model.nodes.count} entries (one per node), got ${accuracy.length}`);
  const copy: Model = { ...model, nodes: { ...model.nodes, accuracy } };
  origins.set(copy, accuracyOrigin(model));
  return copy;
}

/** The model `withNodeAccuracy` copies were made from (the model itself when it is no such copy). */
export function accuracyOrigin(model: Model): Model {
  return origins.get(model) ?? model;
}
