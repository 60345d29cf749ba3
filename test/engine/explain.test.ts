/** `explain` records what the engine actually did, and says it in words. */
import { describe, expect, it } from 'vitest';
import { runTiny, tinyFiles, tinyScenario, TINY_NODES, TINY_SCENARIO } from '../helpers/tiny.ts';
import { randomTiny } from '../helpers/random-scenario.ts';
import { simulate } from '../../sim/engine/engine.ts';
import type { ExplainEvent } from '../../sim/engine/explain.ts';
import { buildModel, preparePolicies } from '../../sim/pipeline/index.ts';
import { makeRng } from '../../sim/random/rng.ts';
import { explainText } from '../../sim/report/order-story.ts';

function explainAll(input: ReturnType<typeof randomTiny>, order: string) {
  const scenario = tinyScenario(input.scenario);
  const { model, data } = buildModel(scenario, tinyFiles(input));
  const o = model.orders.ids.indexOf(order);
  return preparePolicies(model, scenario, undefined, data).map((p) => {
    const events: ExplainEvent[] = [];
    const run = simulate(p.model, p.fn, {
      rng: makeRng(scenario.config.seed),
      policyName: p.spec.name,
      review: p.review,
      batchMs: p.batchMs,
      explain: { order: o, events },
    });
    return { p, o, events, run };
  });
}

describe('explain', () => {
  it('records exactly the packages the engine shipped, and changes nothing', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const input = randomTiny(seed, { backorder: seed % 2 === 0 });
      const plain = runTiny(input);
      for (const order of plain.model.orders.ids.slice(0, 6)) {
        for (const { p, o, events, run } of explainAll(input, order)) {
          const log = run.packages;
          const shipped = Array.from({ length: log.count }, (_, k) => k)
            .filter((k) => log.order[k] === o)
            .map((k) => `${log.node[k]}@${log.shipDay[k]}:${log.units[k]}`);
          const told = events.filter((e) => e.type === 'package').map((e) => `${e.node}@${e.shipDay}:${e.units}`);
          expect(told, `${p.spec.name} order ${order} seed ${seed}`).toEqual(shipped);
          // the same outcome as a run without explain
          const same = plain.runs.find((x) => x.policy === p.spec.name)!.run.outcomes;
          expect(run.outcomes.shipCost[o]).toBe(same.shipCost[o]);
          expect(run.outcomes.reason[o]).toBe(same.reason[o]);
          // every unit allocated and not failed is in a package
          const failed = events
            .filter((e) => e.type === 'pick-failed')
            .reduce((s, e) => s + (e.type === 'pick-failed' ? e.qty : 0), 0);
          const allocated = events
            .filter((e) => e.type === 'decision')
            .reduce((s, e) => s + (e.type === 'decision' ? e.allocation.reduce((a, x) => a + x.qty, 0) : 0), 0);
          expect(allocated - failed).toBe(run.outcomes.unitsShipped[o]);
        }
      }
    }
  });

  it('tells one reroute and one package when two lines fail their pick at the same instant', () => {
    const input = {
      scenario: TINY_SCENARIO,
      nodes: TINY_NODES.replace('6.00,1.00,1\n', '6.00,1.00,0\n'), // every pick at ST fails
      orders:
        'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nX2,2026-07-06T09:00:00-04:00,A,1,0,0\nX2,2026-07-06T09:00:00-04:00,B,1,0,0\n',
      inventory: 'node_id,sku,on_hand\nWH,A,5\nWH,B,5\nST,A,5\nST,B,5\n',
    };
    const s = explainAll(input as ReturnType<typeof randomTiny>, 'X2').find(
      (x) => x.p.spec.name === 'closest-with-stock',
    )!;
    const text = explainText(
      s.p.model,
      'closest-with-stock',
      s.p.spec.use,
      s.o,
      s.events,
      s.run.outcomes,
      'America/New_York',
      null,
    );
    expect(text.match(/Pick failed at ST/g)).toHaveLength(2); // one touch per failed line
    expect(text.match(/Rerouting at/g)).toHaveLength(1);
    expect(text).toContain('Rerouting at 2026-07-06 16:00 (UTC-04:00): A ×1, B ×1');
    // A 1 lb + B 2 lb = 3 lb, zone 2, 5-lb bracket: (20 + 2) × 1.10 + 1 = $25.20; pick 3.00 + 0.50
    expect(text.match(/Package from/g)).toHaveLength(1);
    expect(text).toContain(
      'Package from WH: 2 units, ships 2026-07-07, delivered 2026-07-08; carrier $25.20, pick/pack $3.50.',
    );
  });

  it('says which filter removed a node, the criteria values, the choice, a failed pick and the reroute', () => {
    const nodes = TINY_NODES.replace('6.00,1.00,1\n', '6.00,1.00,0\n'); // every pick at ST fails
    const input = {
      scenario: TINY_SCENARIO.replace(
        '  - name: fewest-packages\n',
        '  - name: no-stores\n    use: rules\n    filters: [{ types: [warehouse] }]\n',
      ),
      nodes,
      orders: 'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nX1,2026-07-06T09:00:00-04:00,A,1,0,0\n',
      inventory: 'node_id,sku,on_hand\nWH,A,5\nST,A,5\n',
    };
    const stories = explainAll(input as ReturnType<typeof randomTiny>, 'X1');
    const text = (name: string) => {
      const s = stories.find((x) => x.p.spec.name === name)!;
      return explainText(s.p.model, name, s.p.spec.use, s.o, s.events, s.run.outcomes, 'America/New_York', null);
    };
    const closest = text('closest-with-stock');
    expect(closest).toContain('Routing at 2026-07-06 09:00 (UTC-04:00): A ×1');
    expect(closest).toMatch(/ST\s+miles 35\n\s+WH\s+miles 138/); // candidates best first
    expect(closest).toContain('chosen: A ×1 → ST');
    expect(closest).toContain('Pick failed at ST for A ×1');
    expect(closest).toMatch(/Rerouting at 2026-07-06 16:00 \(UTC-04:00\): A ×1[\s\S]*ST\s+left out: not eligible/);
    expect(closest).toContain(
      'Package from WH: 1 unit, ships 2026-07-07, delivered 2026-07-08; carrier $14.20, pick/pack $3.00.',
    );
    expect(closest).toContain('reason rerouted');
    const noStores = text('no-stores');
    expect(noStores).toMatch(/ST\s+left out: filter types warehouse/);
    expect(noStores).toContain('chosen: A ×1 → WH');
  });
});
