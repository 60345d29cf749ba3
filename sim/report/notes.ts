/**
 * The report's assumptions and method notes as plain-text items (the page escapes them).
 * Assumptions come from the scenario and the compiled model; method notes describe how the
 * numbers were made, including the analytics when they ran.
 */
import { dayLabel } from '../time/day-label.ts';
import type { ScenarioRun } from '../metrics/runs.ts';
import type { DecisionBasis } from '../analytics/analyze.ts';
import { periodDays } from '../metrics/period.ts';
import { groupThousands } from '../format/number.ts';
import type { ReportInput } from './input.ts';
import { illustrative } from './summary.ts';
import { networkAssumptions, type NoteItem } from './network-notes.ts';
import { intervalCoverage, type IntervalKind } from './coverage.ts';
import { startStockAssumption } from '../compile/start-stock.ts';

/** The model's warehouse node ids. */
const warehouseIds = (m: ScenarioRun['model']): string[] =>
  m.nodes.ids.filter((_, i) => m.nodes.types[i] === 'warehouse');

export type { NoteItem } from './network-notes.ts';

const usd = (v: number) => `$${groupThousands(v, 2)}`;

/** The replay's assumptions: shipping, promises, costs, inventory, scale (`orders`: the decision model's orders a month). */
export function assumptions(r: ScenarioRun, orders?: DecisionBasis['orders']): NoteItem[] {
  const sc = r.scenario.config;
  const m = r.model;
  const ship = sc.shipping;
  const items: NoteItem[] = [];
  if (ship.model === 'rate-card') {
    const chart =
      m.dests.zonesFromChart > 0
        ? `zones from your zone chart for ${m.dests.zonesFromChart} node–destination pairs, distance bands for the rest`
        : 'zones from distance bands between ZIP3 centroids';
    items.push(
      illustrative(r)
        ? {
            label: 'Rate card',
            text: `illustrative prices shaped like a ground parcel list, not any carrier's published or contract rates. Replace rate_card.csv and transit.csv with your own rates before deciding. DIM divisor ${ship.dim_divisor}, fuel surcharge ${ship.fuel_surcharge_pct}%, residential surcharge ${usd(ship.residential_surcharge)}; ${chart}.`,
            warn: true,
          }
        : {
            label: 'Rate card',
            text: `your rate card (${m.shipping.names.join(', ')}), DIM divisor ${ship.dim_divisor}, fuel surcharge ${ship.fuel_surcharge_pct}%, residential surcharge ${usd(ship.residential_surcharge)}; ${chart}.`,
          },
    );
  } else {
    items.push({
      label: 'Shipping',
      text: `linear cost model: ${usd(ship.per_package)} a package + ${usd(ship.per_unit)} a unit + ${usd(ship.per_unit_mile)} a unit-mile + ${usd(ship.per_package_mile)} a package-mile.`,
      warn: true,
    });
  }
  if (ship.transit_delay && ship.transit_delay.probability > 0)
    items.push({
      label: 'Transit delays',
      text: `${(ship.transit_delay.probability * 100).toFixed(1)}% of packages arrive ${ship.transit_delay.days} day(s) late (the same packages under every policy).`,
    });
  items.push({
    label: 'Promise',
    text: `${Object.entries(sc.promise.delivery_business_days)
      .map(([s, d]) => `${s} ${d} business days`)
      .join(
        ', ',
      )} from placement (or the order's promised_by); ship within ${sc.promise.ship_sla_business_days} business day(s).`,
  });
  items.push({
    label: 'Costs',
    text: `a manual touch (a review, a reroute after a failed pick) costs ${usd(sc.costs.manual_touch)}; a cancellation ${usd(sc.costs.cancellation_per_order)} per order + ${usd(sc.costs.cancellation_per_unit)} per unit. Pick/pack per order and per extra unit, capacity and inventory accuracy per node are in the node table below.`,
  });
  items.push({
    label: 'Inventory accuracy',
    text: `the chance that a picked line is really on the shelf: ${m.nodes.ids.map((id, i) => `${id} ${(m.nodes.accuracy[i]! * 100).toFixed(1)}%`).join(', ')}. A failed pick costs a touch and a reroute. Store records are often far less accurate than the system says (DeHoratius & Raman 2008): check these figures.`,
    warn: m.nodes.types.some((t, i) => t === 'store' && m.nodes.accuracy[i]! >= 0.97),
  });
  const startStock = startStockAssumption(r.scenario, warehouseIds(m));
  if (startStock) items.push({ label: 'Start stock', text: startStock, warn: true });
  items.push({
    label: 'Stock',
    text: `${sc.replenishment ? `replenished every ${sc.replenishment.every_days} days back to the starting level, ${sc.replenishment.lead_time_days} days lead time` : 'no replenishment beyond receipts.csv'}; ${sc.backorder.max_wait_days > 0 ? `unfillable units wait up to ${sc.backorder.max_wait_days} days for a receipt` : 'unfillable units are cancelled'}.`,
  });
  if (orders) {
    items.push({
      label: 'Per month and quarter',
      text: `money figures scale the saving per order to ${groupThousands(Math.round(orders.perMonth))} orders a month (${orders.from === 'roi.monthly_orders' ? 'roi.monthly_orders' : `the pace of the ${periodDays(r)} days replayed, ${dayLabel(m, 0)} to ${dayLabel(m, m.calendar.endDay)}, ${groupThousands(m.orders.count)} orders`}); a quarter is 3 months, with the same mix.`,
    });
  }
  items.push(...networkAssumptions(r));
  return items;
}

/** How the numbers were made. */
export function methodNotes(input: ReportInput): NoteItem[] {
  const r = input.run;
  const a = input.analytics;
  const items: NoteItem[] = [
    {
      label: 'Replay',
      text: `every policy replays the same ${groupThousands(r.model.orders.count)} orders in the order they were placed, against the same starting stock, calendars and rates (seed ${r.seed}).`,
    },
    {
      label: 'Common random numbers',
      text: 'the random parts (failed picks, late deliveries) are drawn per order, line and node, so every policy meets the same luck and differences come from the routing, not from chance draws.',
    },
    {
      label: 'Better and worse',
      text: 'a change is marked better or worse by the direction that is good for each metric (lower cost, higher on-time delivery, …); that is not by itself a test of significance.',
    },
  ];
  const methods = [...new Set((a?.intervals ?? []).map((i) => i.method))];
  const kind: IntervalKind = !methods.some((m) => m.includes('replicates'))
    ? 'days'
    : typeof r.scenario.config.data === 'string'
      ? 'resampled'
      : 'generated';
  if (methods.length)
    items.push({
      label: 'Intervals',
      text: `confidence intervals of the changes come from ${methods.join('; ')}. An interval that includes zero means the data cannot tell the policy from the baseline on that metric. ${intervalCoverage(kind)}`,
    });
  else
    items.push({
      label: 'No intervals',
      text: 'this report has no confidence intervals: it is one replay of one period. Small differences may not hold for another seed or another quarter.',
      warn: true,
    });
  if (a?.prePost?.length)
    items.push({
      label: 'Standardization',
      text: 'the pre/post split holds the order mix fixed to separate the rate effect (how orders were handled) from the mix effect (which orders came in).',
    });
  if (a?.roi)
    items.push({
      label: 'ROI',
      text: 'the cash flow projects the replayed saving month by month against the costs of the switch; the payback month is the first with cumulative cash at or above zero.',
    });
  items.push(
    {
      label: 'Verdict',
      text: 'the policy decided on is roi.policy when the scenario names one, else the one with the largest saving per order (carrier, pick/pack, manual touches, cancellations, plus the margin of cancellations avoided when roi.cancellation_margin is true) among those that save at least a cent without making on-time delivery or cancellations worse; a change that shows as zero is neither better nor worse.',
    },
    {
      label: 'Cost parts',
      text: 'the waterfall splits fulfillment cost per order into the first package of each order (carrier, pick/pack), further packages (splits, reroutes, backorders), manual touches and cancellations; the parts add up to the metric.',
    },
    {
      label: 'Weeks and map',
      text: 'weeks are 7-day blocks from the period start, by the day orders were placed; the map gathers destinations on a one-degree grid.',
    },
  );
  return items;
}
