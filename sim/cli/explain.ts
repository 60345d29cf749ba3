/** `routelab explain <scenario> <order_id> [--policy P]`: why an order went where it went. */
import { loadScenario } from '../io/load.ts';
import { explainOrderIn } from '../pipeline/explain.ts';

export interface ExplainOptions {
  policy?: string;
  seed?: string;
  json?: boolean;
}

/**
 * Replays the scenario's policies (or one) recording every decision about the order; returns
 * the text (or JSON). With --policy, only that policy's custom code (and what it uses) is imported.
 */
export async function explainCommand(
  arg: string,
  orderId: string,
  opts: ExplainOptions,
  root: string,
): Promise<string> {
  const loaded = await loadScenario(arg, root, {
    seed: opts.seed,
    custom: opts.policy === undefined ? 'all' : [opts.policy],
  });
  const e = explainOrderIn(loaded, orderId, { policy: opts.policy, seed: opts.seed });
  if (opts.json)
    return JSON.stringify(
      {
        order: orderId,
        policies: e.policies.map((s) => ({ policy: s.policy, uses: s.uses, segment: s.segment, events: s.events })),
      },
      null,
      2,
    );
  return e.text;
}
