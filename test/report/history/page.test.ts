/**
 * The history report's texts from the history worked by hand in test/analytics/history.test.ts
 * (standardized change −$1.33, rate −$1.50 + mix +$1.83 = raw +$0.33, DiD +$0.33): the
 * terminal, summary.md, cohorts.csv and index.html all show those figures, and no rate from
 * fewer than MIN_ORDERS orders.
 */
import { describe, expect, it } from 'vitest';
import { compareHistory } from '../../../sim/analytics/history.ts';
import { parseData } from '../../../sim/pipeline/index.ts';
import { Problems } from '../../../sim/problems.ts';
import { cohortsCsv } from '../../../sim/report/history/cohorts-csv.ts';
import { historyPage } from '../../../sim/report/history/page.ts';
import { historySummary } from '../../../sim/report/history/summary.ts';
import { shipmentColumnsNote } from '../../../sim/report/history/tables.ts';
import { historyTerminal } from '../../../sim/report/history/terminal.ts';
import { handHistoryOrders, HISTORY_ORDERS } from '../../helpers/history.ts';
import { tinyFiles, tinyScenario } from '../../helpers/tiny.ts';

const LIBS = { vega: '/*vega*/', vegaLite: '/*vega-lite*/', vegaEmbed: '/*vega-embed*/' };

function history(orders: string, day: string) {
  const problems = new Problems();
  const { rows } = parseData(tinyFiles({ orders, inventory: 'node_id,sku,on_hand\nWH,A,1\n' }), true, problems);
  return compareHistory(rows, tinyScenario().config, day, ['NY']);
}
const hand = history(handHistoryOrders(), '2026-07-20');
const small = history(HISTORY_ORDERS, '2026-07-13');

describe('the history report of the hand-worked history', () => {
  it('prints one terminal line per measure with the hand-worked figures', () => {
    const line = historyTerminal(hand)
      .split('\n')
      .find((l) => l.startsWith('ship_cost_per_order'))!;
    // n 60 / 60; $12.00 → $12.33; raw +$0.33; at the pre mix −$1.33; rate −$1.50; mix +$1.83; DiD +$0.33 (interval ±t·1.4625)
    expect(line.trim().split(/\s{2,}/)).toEqual([
      'ship_cost_per_order',
      '60 / 60',
      '$12.00',
      '$12.33',
      '+$0.33',
      '−$1.33',
      '−$1.50',
      '+$1.83',
      expect.stringMatching(/^\+\$0\.33 \(95% CI −\$4\.\d\d to \+\$4\.\d\d\)$/),
    ]);
  });

  it('writes the same figures to summary.md, with the columns found and what is missing', () => {
    const md = historySummary(hand, 'hand');
    expect(md).toContain(
      '| ship\\_cost\\_per\\_order | 60 / 60 | $12.00 | $12.33 | +$0.33 | −$1.33 | −$1.50 | +$1.83 | 100% |',
    );
    // placebo: −$0.67 with no interval (one week a side), fake switch 07-13
    expect(md).toMatch(/\| −\$0\.67 \(no interval[^|]*\), fake switch 2026-07-13 \| no interval/);
    expect(md).toContain('| shipping\\_cost | 240 of 240 |');
    expect(md).toContain('| delivered\\_at | none (missing or empty) |');
    expect(md).toMatch(
      /on\\_time\\_delivery\\_rate: no order has delivered\\_at \(delivered\\_at: the carrier's delivery scan/,
    );
    expect(md).toContain('does not cover a failure of parallel trends');
  });

  it('lists every cell of cohorts.csv with its n', () => {
    const csv = cohortsCsv(hand).split('\n');
    expect(csv[0]).toBe('measure,category,region,order_size,pre_orders,pre_value,post_orders,post_value,too_few');
    // 1-unit NY orders: 40 at $10 before, 20 at $9 after (under 30: the after value left empty)
    expect(csv).toContain('ship_cost_per_order,uncategorized,Northeast,1,40,10,20,,yes');
    expect(csv).toContain('ship_cost_per_order,uncategorized,Northeast,2,20,,40,14,yes');
  });

  it('builds one self-contained page with both charts and the figures', () => {
    const { html, charts } = historyPage(hand, 'hand', LIBS);
    expect(charts.map((c) => c.id)).toEqual(['history-rate-mix', 'history-parallel-trends', 'history-trends']);
    for (const s of [
      '−$1.33',
      '−$1.50',
      '+$1.83',
      'fake switch 2026-07-13',
      'cohorts.csv',
      'charts/history-trends.svg',
    ])
      expect(html).toContain(s);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/); // nothing loaded from elsewhere
    expect(html).not.toContain('id="small-sample"'); // 60 and 60 orders
  });
});

describe('a history too thin for rates', () => {
  it('shows n and "too few orders", never a percentage from 3 orders', () => {
    const text = historyTerminal(small);
    const cancel = text.split('\n').find((l) => l.startsWith('cancel_rate'))!;
    expect(cancel).toContain('too few orders (n = 3)');
    expect(cancel).not.toMatch(/\d%/);
    const { html } = historyPage(small, 'small', LIBS);
    expect(html).toContain('id="small-sample"');
    expect(html).not.toMatch(/<td>\d+\.\d%/);
    expect(historyPage(small, 'small', LIBS).charts).toEqual([]); // no week has 30 orders
  });
});

describe('a history as a Shopify orders export gives it (status and shipped_at only)', () => {
  it('says which columns are missing and which export adds them', () => {
    const shopify = history(
      `order_id,placed_at,sku,quantity,customer_zip,customer_state,status,shipped_at
S1,2026-07-06T10:00:00-04:00,A,1,10001,NY,fulfilled,2026-07-07T10:00:00-04:00
S2,2026-07-14T10:00:00-04:00,A,1,10001,NY,cancelled,
`,
      '2026-07-13',
    );
    expect(shopify.results.map((r) => r.measure)).toEqual(['on_time_ship_rate', 'cancel_rate']);
    expect(shipmentColumnsNote(shopify)).toContain('a Shopify orders export alone has none of them');
    expect(shipmentColumnsNote(hand)).toBeNull(); // the hand history has shipping_cost
    const text = historyTerminal(shopify);
    expect(text).toContain('  ship_cost_per_order: no order has shipping_cost');
    expect(text).toContain(
      "a shipping app's or 3PL's shipment export adds shipping_cost, fulfilled_from and delivered_at",
    );
  });
});
