/** Named synthetic data sets. */
import type { SyntheticOptions } from './synthetic.ts';

/**
 * `three-location`: one central warehouse (Columbus, OH) and two stores (Brooklyn, NY and
 * Los Angeles, CA) with limited fulfillment-ready stock, a higher pick cost (about 1.5× the
 * warehouse's) and a daily order capacity. Brooklyn's stock records are good (96%, as with
 * RFID counting); Los Angeles's are not (88%). About 150 orders a day.
 */
export const THREE_LOCATION: Omit<SyntheticOptions, 'seed' | 'start' | 'days'> = {
  ordersPerDay: 150,
  skuCount: 300,
  timezone: 'America/New_York',
  expeditedShare: 0.08,
  vipShare: 0.03,
  nodes: [
    {
      node_id: 'WH-COLUMBUS',
      type: 'warehouse',
      name: 'Columbus warehouse',
      zip: '43219',
      timezone: 'America/New_York',
      cutoff: '14:00',
      ship_days: 'Mon-Fri',
      pick_cost_per_order: 2.75,
      pick_cost_per_extra_unit: 0.6,
      inventory_accuracy: 0.995,
      carries: 1,
      stock: { daysOfCover: [14, 40] },
      stockoutShare: 0.03,
    },
    {
      node_id: 'STORE-BROOKLYN',
      type: 'store',
      name: 'Brooklyn store',
      zip: '11211',
      timezone: 'America/New_York',
      cutoff: '16:00',
      ship_days: 'Mon-Sat',
      daily_order_capacity: 35,
      pick_cost_per_order: 4.25,
      pick_cost_per_extra_unit: 0.9,
      inventory_accuracy: 0.96,
      carries: 0.5,
      stock: { units: [1, 8] },
      stockoutShare: 0.1,
    },
    {
      node_id: 'STORE-LA',
      type: 'store',
      name: 'Los Angeles store',
      zip: '90026',
      timezone: 'America/Los_Angeles',
      cutoff: '16:00',
      ship_days: 'Mon-Sat',
      daily_order_capacity: 35,
      pick_cost_per_order: 4.25,
      pick_cost_per_extra_unit: 0.9,
      inventory_accuracy: 0.88,
      carries: 0.5,
      stock: { units: [1, 8] },
      stockoutShare: 0.1,
    },
  ],
};

/**
 * `warehouse-3pl`: an East Coast warehouse plus a West Coast 3PL holding the faster half of
 * the catalog. About 250 orders a day.
 */
export const WAREHOUSE_3PL: Omit<SyntheticOptions, 'seed' | 'start' | 'days'> = {
  ordersPerDay: 250,
  skuCount: 400,
  timezone: 'America/New_York',
  expeditedShare: 0.1,
  vipShare: 0.02,
  nodes: [
    {
      node_id: 'WH-NJ',
      type: 'warehouse',
      name: 'Edison warehouse',
      zip: '08817',
      timezone: 'America/New_York',
      cutoff: '14:00',
      ship_days: 'Mon-Fri',
      pick_cost_per_order: 2.6,
      pick_cost_per_extra_unit: 0.55,
      inventory_accuracy: 0.995,
      carries: 1,
      stock: { daysOfCover: [14, 40] },
      stockoutShare: 0.03,
    },
    {
      node_id: '3PL-RENO',
      type: '3pl',
      name: 'Reno 3PL',
      zip: '89502',
      timezone: 'America/Los_Angeles',
      cutoff: '13:00',
      ship_days: 'Mon-Fri',
      pick_cost_per_order: 3.75,
      pick_cost_per_extra_unit: 0.85,
      inventory_accuracy: 0.99,
      carries: 0.5,
      stock: { daysOfCover: [7, 21] },
      stockoutShare: 0.05,
    },
  ],
};

/**
 * `five-stores`: a central warehouse and four stores (Atlanta, Chicago, Dallas, Seattle)
 * with small ship-from-store stock. About 200 orders a day.
 */
export const FIVE_STORES: Omit<SyntheticOptions, 'seed' | 'start' | 'days'> = {
  ordersPerDay: 200,
  skuCount: 300,
  timezone: 'America/Chicago',
  expeditedShare: 0.08,
  vipShare: 0.03,
  nodes: [
    {
      node_id: 'WH-KC',
      type: 'warehouse',
      name: 'Kansas City warehouse',
      zip: '64120',
      timezone: 'America/Chicago',
      cutoff: '14:00',
      ship_days: 'Mon-Fri',
      pick_cost_per_order: 2.75,
      pick_cost_per_extra_unit: 0.6,
      inventory_accuracy: 0.995,
      carries: 1,
      stock: { daysOfCover: [14, 40] },
      stockoutShare: 0.03,
    },
    ...(
      [
        ['ATL', 'Atlanta', '30308', 'America/New_York'],
        ['CHI', 'Chicago', '60614', 'America/Chicago'],
        ['DAL', 'Dallas', '75201', 'America/Chicago'],
        ['SEA', 'Seattle', '98101', 'America/Los_Angeles'],
      ] as const
    ).map(([code, city, zip, tz]) => ({
      node_id: `STORE-${code}`,
      type: 'store' as const,
      name: `${city} store`,
      zip,
      timezone: tz,
      cutoff: '16:00',
      ship_days: 'Mon-Sat',
      daily_order_capacity: 25,
      pick_cost_per_order: 6.0,
      pick_cost_per_extra_unit: 1.25,
      inventory_accuracy: 0.9,
      carries: 0.4,
      stock: { units: [1, 6] as [number, number] },
      stockoutShare: 0.1,
    })),
  ],
};

export const DATA_PRESETS: Record<string, Omit<SyntheticOptions, 'seed' | 'start' | 'days'>> = {
  'three-location': THREE_LOCATION,
  'warehouse-3pl': WAREHOUSE_3PL,
  'five-stores': FIVE_STORES,
};
