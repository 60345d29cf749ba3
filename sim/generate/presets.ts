/** Named synthetic data sets. */
import type { SyntheticOptions } from './synthetic.ts';

/**
 * `three-location`: one central warehouse (Columbus, OH) and two stores (Brooklyn, NY and
 * Los Angeles, CA) with limited fulfillment-ready stock, lower inventory accuracy, higher
 * pick cost and a daily order capacity. About 150 orders a day.
 */
export const THREE_LOCATION: Omit<SyntheticOptions, 'seed' | 'start' | 'days'> = {
  ordersPerDay: 150,
  skuCount: 300,
  timezone: 'America/New_York',
  expeditedShare: 0.08,
  vipShare: 0.03,
  nodes: [
    {
      node_id: 'WH-COLUMBUS', type: 'warehouse', name: 'Columbus warehouse', zip: '43219', timezone: 'America/New_York',
      cutoff: '14:00', ship_days: 'Mon-Fri', pick_cost_per_order: 2.75, pick_cost_per_extra_unit: 0.6, inventory_accuracy: 0.995,
      carries: 1, stock: { daysOfCover: [14, 40] }, stockoutShare: 0.03,
    },
    {
      node_id: 'STORE-BROOKLYN', type: 'store', name: 'Brooklyn store', zip: '11211', timezone: 'America/New_York',
      cutoff: '16:00', ship_days: 'Mon-Sat', daily_order_capacity: 35, pick_cost_per_order: 6.5, pick_cost_per_extra_unit: 1.25, inventory_accuracy: 0.9,
      carries: 0.5, stock: { units: [1, 8] }, stockoutShare: 0.1,
    },
    {
      node_id: 'STORE-LA', type: 'store', name: 'Los Angeles store', zip: '90026', timezone: 'America/Los_Angeles',
      cutoff: '16:00', ship_days: 'Mon-Sat', daily_order_capacity: 35, pick_cost_per_order: 6.5, pick_cost_per_extra_unit: 1.25, inventory_accuracy: 0.88,
      carries: 0.5, stock: { units: [1, 8] }, stockoutShare: 0.1,
    },
  ],
};

export const PRESETS: Record<string, Omit<SyntheticOptions, 'seed' | 'start' | 'days'>> = { 'three-location': THREE_LOCATION };
