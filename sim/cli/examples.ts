/** One example line per verb, shown after `routelab <verb> --help` (paths are the bundled demo's). */
export const VERB_EXAMPLES: Record<string, string> = {
  run: 'routelab run three-location --out reports/demo',
  generate: 'routelab generate --preset three-location --seed 7 --days 90 --out data/my-synthetic',
  shopify:
    'routelab import shopify --orders orders_export.csv --products products_export.csv --inventory inventory_export.csv --locations locations.csv --out data/my-shop',
  csv: 'routelab import csv --map examples/mappings/woocommerce.yaml --out data/my-shop',
  import: 'routelab import shopify --orders orders_export.csv --locations locations.csv --out data/my-shop',
  compare: 'routelab compare three-location --a warehouse-only --b store-for-local --replicates 20',
  roi: 'routelab roi three-location --policy store-for-local',
  sweep: 'routelab sweep three-location --set policies.store-for-local.radius_miles=50,100,150',
  merge:
    'routelab merge reports/three-location-sweep-shard-1-of-2.json reports/three-location-sweep-shard-2-of-2.json --out reports/three-location-sweep.csv',
  explain: 'routelab explain three-location R100001 --policy store-for-local',
  validate: 'routelab validate data/my-shop',
  init: 'routelab init my-shop',
};
