/**
 * `explain`: one order replayed under the scenario's policies (or one of them), every
 * decision about it recorded, and the story told. Pure: the scenario comes in loaded.
 */
import type { ExplainEvent } from '../engine/explain.ts';
import { simulate } from '../engine/engine.ts';
import { msg } from '../messages.ts';
import { InputError } from '../problems.ts';
import { makeRng } from '../random/rng.ts';
import { explainText, orderHeader } from '../report/order-story.ts';
import { closestName } from '../suggest.ts';
import type { LoadedScenario } from './load.ts';

/** One policy's story of the order. */
export interface OrderStory {
  policy: string;
  uses: string;
  /** The policy's segment of the order (segmenting policies), else null. */
  segment: string | null;
  events: ExplainEvent[];
  /** The story in words, as `routelab explain` prints it. */
  text: string;
}

export interface OrderExplanation {
  order: string;
  /** The order's header line(s): when it was placed, where it goes, its lines. */
  header: string;
  policies: OrderStory[];
  /** Everything `routelab explain` prints. */
  text: string;
}

/**
 * Replays the scenario's policies (or `policy` only) recording every decision about the
 * order `orderId`; InputError for an order not replayed or a policy not in the scenario.
 * @example explainOrderIn(loaded, 'O1', { policy: 'closest-with-stock' }).policies[0].events
 */
export function explainOrderIn(
  loaded: Pick<LoadedScenario, 'scenario' | 'model' | 'policies'>,
  orderId: string,
  { policy, seed }: { policy?: string; seed?: string | number } = {},
): OrderExplanation {
  const { scenario, model, policies } = loaded;
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
  const chosen = policy === undefined ? policies : policies.filter((p) => p.spec.name === policy);
  if (chosen.length === 0)
    throw new InputError([
      {
        severity: 'error',
        file: scenario.file,
        field: '--policy',
        ...msg.notOneOf(
          policy!,
          scenario.policies.map((p) => p.name),
        ),
      },
    ]);
  const rng = makeRng(seed ?? scenario.config.seed);
  const tz = scenario.config.timezone;
  const stories = chosen.map((p): OrderStory => {
    const events: ExplainEvent[] = [];
    const run = simulate(p.model, p.fn, {
      rng,
      policyName: p.spec.name,
      review: p.review,
      batchMs: p.batchMs,
      explain: { order: o, events },
    });
    const segment = p.fn.segmentOf?.(o) ?? null;
    return {
      policy: p.spec.name,
      uses: p.spec.use,
      segment,
      events,
      text: explainText(p.model, p.spec.name, p.spec.use, o, events, run.outcomes, tz, segment),
    };
  });
  const header = orderHeader(model, o, tz);
  return { order: orderId, header, policies: stories, text: [header, ...stories.map((s) => s.text)].join('\n\n') };
}
