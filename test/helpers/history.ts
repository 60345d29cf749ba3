/**
 * Orders with their recorded outcomes (status, fulfilled_from, delivered_at, shipping_cost),
 * for pre/post on history. Tiny nodes WH and ST; 2026-07-06 is a Monday; standard promise:
 * 3 business days; the switch is on 2026-07-13. By hand: NY carrier cost 11 → 9 an order
 * (P1 10, P2 12; Q1 9, Q2 9), CA 14 → 13; NY cancellations 1 of 3 → 0 of 2; P2 is split.
 */
export const HISTORY_ORDERS = `order_id,placed_at,sku,quantity,customer_zip,customer_state,status,fulfilled_from,delivered_at,shipping_cost
P1,2026-07-06T10:00:00-04:00,A,1,10001,NY,fulfilled,WH,2026-07-08T12:00:00-04:00,10
P2,2026-07-06T11:00:00-04:00,A,1,10001,NY,fulfilled,WH,2026-07-10T12:00:00-04:00,12
P2,2026-07-06T11:00:00-04:00,B,1,10001,NY,fulfilled,ST,2026-07-10T12:00:00-04:00,12
P3,2026-07-07T09:00:00-04:00,A,1,10001,NY,cancelled,,,
Q1,2026-07-13T10:00:00-04:00,A,1,10001,NY,fulfilled,ST,2026-07-15T12:00:00-04:00,9
Q2,2026-07-14T10:00:00-04:00,A,1,10001,NY,fulfilled,ST,2026-07-16T12:00:00-04:00,9
C1,2026-07-06T10:00:00-04:00,A,1,94110,CA,fulfilled,WH,2026-07-09T12:00:00-04:00,14
C2,2026-07-13T10:00:00-04:00,A,1,94110,CA,fulfilled,WH,2026-07-16T12:00:00-04:00,13
`;

/**
 * A history worked by hand (test/analytics/history.test.ts, "worked by hand"): the switch on
 * Mon 2026-07-20, two weeks before (from Mon 07-06 and 07-13) and two after (07-20, 07-27),
 * every order placed on a week's Monday with only status and shipping_cost filled in.
 * NY (the pilot), per week −2, −1 | 0, 1:
 *   1-unit orders: 20 at $9, 20 at $11 | 10 at $9, 10 at $9   (cell rate $10 before, $9 after)
 *   2-unit orders: 10 at $16, 10 at $16 | 20 at $13, 20 at $15 (cell rate $16 before, $14 after)
 * CA (the control): 30 1-unit orders a week at $13, $15 | $13.50, $14.50 (mean $14 on both sides).
 */
export function handHistoryOrders(): string {
  const rows = ['order_id,placed_at,sku,quantity,customer_zip,customer_state,status,shipping_cost'];
  const mondays = ['2026-07-06', '2026-07-13', '2026-07-20', '2026-07-27'];
  let id = 0;
  const add = (week: number, n: number, units: number, state: 'NY' | 'CA', cost: number) => {
    for (let i = 0; i < n; i++) {
      id++;
      const hh = String(8 + (Math.floor(id / 60) % 10)).padStart(2, '0');
      const mm = String(id % 60).padStart(2, '0');
      const zip = state === 'NY' ? '10001' : '94110';
      rows.push(`O${id},${mondays[week]}T${hh}:${mm}:00-04:00,A,${units},${zip},${state},fulfilled,${cost}`);
    }
  };
  add(0, 20, 1, 'NY', 9);
  add(1, 20, 1, 'NY', 11);
  add(0, 10, 2, 'NY', 16);
  add(1, 10, 2, 'NY', 16);
  add(2, 10, 1, 'NY', 9);
  add(3, 10, 1, 'NY', 9);
  add(2, 20, 2, 'NY', 13);
  add(3, 20, 2, 'NY', 15);
  [13, 15, 13.5, 14.5].forEach((cost, week) => add(week, 30, 1, 'CA', cost));
  return `${rows.join('\n')}\n`;
}
