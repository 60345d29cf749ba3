/**
 * `fastest`: the earliest delivery (no random delay). A node ranks by when the whole request
 * would arrive from it; a line by when the node's package would arrive with it; an allocation
 * by its last package.
 */
import { defineCriterion } from './criterion.ts';

export const fastest = defineCriterion({
  name: 'fastest',
  nodeKey: (req, st, n) => req.planner.deliveryDay(n, req.planner.shipDay(n), st.reqUnits, st.reqWeight, st.reqVolume),
  lineKey(req, st, n, k, q) {
    const { skus, orders } = st.model;
    const sku = orders.lineSku[req.lines[k]!]!;
    return req.planner.deliveryDay(
      n,
      req.planner.shipDay(n),
      st.pkgUnits[n]! + q,
      st.pkgWeight[n]! + q * skus.weightLb[sku]!,
      st.pkgVolume[n]! + q * skus.volumeIn3[sku]!,
    );
  },
  setKey: (req, st, n) =>
    req.planner.deliveryDay(n, req.planner.shipDay(n), st.pkgUnits[n]!, st.pkgWeight[n]!, st.pkgVolume[n]!),
  fold: 'max',
  shown: { label: 'delivered', value: (v, day) => day(v) },
});
