/**
 * `cheapest`: the lowest carrier cost plus pick/pack. A node ranks by the cost of shipping the
 * whole request; a line by what it adds to the node's package (the whole package when the node
 * ships nothing yet); an allocation by the sum of its packages.
 */
import { defineCriterion } from './criterion.ts';

export const cheapest = defineCriterion({
  name: 'cheapest',
  nodeKey: (req, st, n) => req.planner.packageCost(n, req.planner.shipDay(n), st.reqUnits, st.reqWeight, st.reqVolume),
  lineKey(req, st, n, k, q) {
    const { skus, orders } = st.model;
    const sku = orders.lineSku[req.lines[k]!]!;
    const u = st.pkgUnits[n]!,
      w = st.pkgWeight[n]!,
      vol = st.pkgVolume[n]!;
    const after = req.planner.packageCost(
      n,
      req.planner.shipDay(n),
      u + q,
      w + q * skus.weightLb[sku]!,
      vol + q * skus.volumeIn3[sku]!,
    );
    return u > 0 ? after - req.planner.packageCost(n, req.planner.shipDay(n), u, w, vol) : after;
  },
  setKey: (req, st, n) =>
    req.planner.packageCost(n, req.planner.shipDay(n), st.pkgUnits[n]!, st.pkgWeight[n]!, st.pkgVolume[n]!),
  fold: 'sum',
  shown: { label: 'cost $', value: (v) => Math.round(v * 100) / 100 },
});
