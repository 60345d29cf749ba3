/** The library's `explainOrder`: `routelab explain` as data. */
import { explainOrderIn, type OrderExplanation } from '../../pipeline/explain.ts';
import type { OpenedScenario } from './open.ts';

/**
 * Why an order went where it went: the order replayed under every policy (or `policy`
 * only), each decision recorded and told in words. InputError for an order not replayed
 * or a policy not in the scenario.
 * @example
 * const e = explainOrder(s, 'O1001', { policy: 'closest-with-stock' });
 * console.log(e.text); e.policies[0].events;
 */
export function explainOrder(
  s: OpenedScenario,
  orderId: string,
  { policy }: { policy?: string } = {},
): OrderExplanation {
  return explainOrderIn(s.loaded, orderId, { policy, seed: s.seed });
}
