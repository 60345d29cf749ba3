/**
 * The folder `routelab init` writes: a template of every canonical CSV with example rows
 * (invented, not anyone's data), the illustrative rate card and transit table, a README
 * describing every column, and a scenario.yaml with every section commented: today's
 * routing (the warehouse ships everything) as the baseline and a store-ships-local policy.
 * The folder validates and runs as written, so a user can replace the rows one file at a time.
 */
import { illustrativeRateCard, illustrativeTransit } from './rate-card.ts';

const ORDERS = `order_id,placed_at,sku,quantity,customer_zip,customer_state,ship_service,unit_price,tags
O-1001,2026-01-05T10:15:00-05:00,SKU-A,1,10003,NY,standard,24.00,
O-1002,2026-01-05T14:40:00-05:00,SKU-B,2,94110,CA,expedited,12.50,vip
`;

const SKUS = `sku,name,category,weight_lb,length_in,width_in,height_in,unit_cost,unit_price,fragile,oversize
SKU-A,Example mug,kitchen,1.2,6,6,6,8.00,24.00,true,false
SKU-B,Example tea towel,kitchen,0.4,10,8,1,3.50,12.50,false,false
`;

const NODES = `node_id,type,name,zip,timezone,cutoff,ship_days,daily_order_capacity,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy
WH-MAIN,warehouse,Main warehouse,43219,America/New_York,14:00,Mon-Fri,,2.75,0.60,0.995
STORE-1,store,First store,11211,America/New_York,16:00,Mon-Sat,30,4.25,0.90,0.96
`;

const INVENTORY = `node_id,sku,on_hand,as_of
WH-MAIN,SKU-A,40,2026-01-04
WH-MAIN,SKU-B,25,2026-01-04
STORE-1,SKU-A,6,2026-01-04
`;

const RECEIPTS = `node_id,sku,quantity,arrives_at
WH-MAIN,SKU-A,24,2026-01-12
WH-MAIN,SKU-B,12,2026-01-12
`;

const scenario = (
  name: string,
) => `# Written by routelab init. Every section is commented; replace the example data files
# (see README.md beside this file) and the settings marked CHECK, then:
#   routelab validate <this folder>   and   routelab run <this folder>
name: ${name}
description: >
  Everything ships from the main warehouse today. What if the first store shipped
  the online orders near it?
data: .                        # the data files are beside this scenario
period: { start: 2026-01-05, end: 2026-01-05 }   # CHECK: first and last order dates to replay
timezone: America/New_York     # CHECK: the business's time zone (order days and cut-offs)
seed: 1                        # same seed, same results

shipping:
  model: rate-card             # or: linear, with per_package, per_unit, per_unit_mile, per_package_mile
  rate_card: rate_card.csv     # CHECK: the bundled ILLUSTRATIVE rates; replace with your own
  transit: transit.csv
  illustrative: true           # remove once the rates are your carrier's
  dim_divisor: 139             # billable weight = max(actual, volume / divisor)
  fuel_surcharge_pct: 21.75    # CHECK: your carrier's fuel surcharge
  residential_surcharge: 3.00  # CHECK: per residential package
  services:                    # carrier services that may carry each ship_service in orders.csv
    standard: [ILLUSTRATIVE/Ground]
    expedited: [ILLUSTRATIVE/Ground, ILLUSTRATIVE/2Day]

promise:
  ship_sla_business_days: 1                                # ship within this many business days
  delivery_business_days: { standard: 5, expedited: 2 }    # CHECK: what you promise customers

costs:
  manual_touch: 4.50            # CHECK: staff cost of handling one exception
  cancellation_per_order: 8.00  # CHECK: support contact and goodwill per cancelled order
  cancellation_per_unit: 0

# stock arriving on a schedule besides receipts.csv (uncomment to use)
# replenishment: { every_days: 7, lead_time_days: 3 }

# what the change would cost, for \`routelab roi\` and the report's verdict (CHECK every figure)
roi:
  horizon_months: 24
  discount_rate_pct: 10
  one_time: { setup: 2000, implementation: 4000, training: 1500, store_readiness: 2500 }
  monthly: { subscription: 300, store_labor: 0 }   # store pick/pack labour is in the pick costs

backorder: { max_wait_days: 0 }  # 0: an order without stock is cancelled, not held

policies:
  # today: everything ships from the main warehouse
  - name: warehouse-only
    node: WH-MAIN
  # the what-if: stores ship orders within 100 miles, keeping their safety stock and capacity
  - name: store-for-local
    radius_miles: 100
baseline: warehouse-only
`;

const README = `# A RouteLab starter folder

Written by \`routelab init\`. Every file holds invented example rows: replace them with your
own (an importer can write most of them: \`routelab import shopify\` or \`routelab import csv\`).
Columns are matched by name in any order; extra columns are ignored and listed once.

| file | one row per | required columns | optional columns |
|---|---|---|---|
| orders.csv | order line | order_id, placed_at (ISO 8601 with offset), sku, quantity, customer_zip (or customer_lat + customer_lon) | unit_price, customer_state, country, ship_service, promised_by, tags; history: fulfilled_from, shipped_at, delivered_at, shipping_cost, status |
| skus.csv | product | sku | name, category, weight_lb, length_in, width_in, height_in, unit_cost, unit_price, fragile, oversize |
| nodes.csv | place that ships | node_id, type (warehouse, store or 3pl), zip (or lat + lon) | name, timezone, cutoff, ship_days, daily_order_capacity, pick_cost_per_order, pick_cost_per_extra_unit, inventory_accuracy, safety_stock, active_from, active_to, tags |
| inventory.csv | node × sku carried | node_id, sku, on_hand | as_of (a missing pair means the node does not carry the sku) |
| receipts.csv | arriving stock | node_id, sku, quantity, arrives_at | |
| rate_card.csv | price | carrier, service, zone, max_weight_lb, price | (the bundled ILLUSTRATIVE rates) |
| transit.csv | transit time | carrier, service, zone, business_days | |

scenario.yaml says which period to replay, the costs, and the policies to compare; each
section is commented there.

Next: \`routelab validate <this folder>\`, then \`routelab run <this folder>\`.
`;

/**
 * The starter folder's files (file name → text), ready to write; `name` is the scenario's name.
 * @example starterFolder('shop')['scenario.yaml'].includes('name: shop') // true
 */
export function starterFolder(name: string): Record<string, string> {
  return {
    'README.md': README,
    'scenario.yaml': scenario(name),
    'orders.csv': ORDERS,
    'skus.csv': SKUS,
    'nodes.csv': NODES,
    'inventory.csv': INVENTORY,
    'receipts.csv': RECEIPTS,
    'rate_card.csv': illustrativeRateCard(),
    'transit.csv': illustrativeTransit(),
  };
}
