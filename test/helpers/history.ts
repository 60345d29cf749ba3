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
