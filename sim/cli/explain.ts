/** `routelab explain <scenario> <order_id> [--policy P]`: why an order went where it went. */
import { loadScenario } from '../io/load.ts';
import type { ExplainEvent } from '../engine/explain.ts';
import { simulate } from '../engine/engine.ts';
import { msg } from '../messages.ts';
import { InputError } from '../problems.ts';
import { makeRng } from '../random/rng.ts';
import { explainText, orderHeader } from '../report/order-story.ts';
import { closestName } from '../suggest.ts';

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
  const { scenario, model, policies } = await loadScenario(arg, root, {
    seed: opts.seed,
    custom: opts.policy === undefined ? 'all' : [opts.policy],
  });
  const o = model.orders.ids.indexOf(orderId);
  if (o < 0)
    throw new InputError([
      {
        severity: 'error',
        file: 'command line',
        field: 'order_id',
        ...msg.unknownOrder(
          orderId,
          model.orders.count <= 200_000 ? closestName(orderId, model.orders.ids) : undefined,
        ),
      },
    ]);
  const chosen = opts.policy === undefined ? policies : policies.filter((p) => p.spec.name === opts.policy);
  if (chosen.length === 0)
    throw new InputError([
      {
        severity: 'error',
        file: scenario.file,
        field: '--policy',
        ...msg.notOneOf(
          opts.policy!,
          scenario.policies.map((p) => p.name),
        ),
      },
    ]);
  const rng = makeRng(opts.seed ?? scenario.config.seed);
  const tz = scenario.config.timezone;
  const stories = chosen.map((p) => {
    const events: ExplainEvent[] = [];
    const run = simulate(p.model, p.fn, {
      rng,
      policyName: p.spec.name,
      review: p.review,
      batchMs: p.batchMs,
      explain: { order: o, events },
    });
    return { policy: p.spec.name, use: p.spec.use, model: p.model, events, run, segment: p.fn.segmentOf?.(o) ?? null };
  });
  if (opts.json)
    return JSON.stringify(
      {
        order: orderId,
        policies: stories.map((s) => ({ policy: s.policy, uses: s.use, segment: s.segment, events: s.events })),
      },
      null,
      2,
    );
  return [
    orderHeader(model, o, tz),
    ...stories.map((s) => explainText(s.model, s.policy, s.use, o, s.events, s.run.outcomes, tz, s.segment)),
  ].join('\n\n');
}
