/**
 * The before/after split per measure: the raw change, its rate and mix effects (which add
 * up to it) and the change at the pre mix, as bars in the measure's units. Measures with
 * fewer than MIN_ORDERS orders before or after are left out.
 */
import type { HistoryComparison } from '../../../analytics/history.ts';
import { formatDelta } from '../../../format/metric-value.ts';
import {
  axisUnit,
  CONFIG,
  round,
  shortLabel,
  VEGA_LITE_SCHEMA,
  type NonNormalizedSpec,
  type ReportChart,
} from '../../charts/common.ts';
import { measureDef } from '../format.ts';

const STEPS = ['raw change', 'rate effect', 'mix effect', 'change at the pre mix'];

/** One bar panel per measure with a rate/mix split; null when none has enough orders. */
export function rateMixChart(h: HistoryComparison): ReportChart | null {
  const drawn = h.results.filter((r) => !r.tooFew && r.decomposition && r.standardized.adjustedChange !== null);
  if (drawn.length === 0) return null;
  const panels: NonNormalizedSpec[] = drawn.map((r) => {
    const def = measureDef(r.measure),
      unit = axisUnit(def);
    const k = r.decomposition!;
    const values = [k.rawChange, k.rateEffect, k.mixEffect, r.standardized.adjustedChange!].map((v, j) => ({
      step: STEPS[j],
      value: round(v * unit.scale, unit.digits),
      shown: formatDelta(def, v),
    }));
    return {
      title: { text: shortLabel(r.measure), fontSize: 12 },
      width: 460,
      height: 4 * 18,
      data: { values },
      layer: [
        {
          mark: { type: 'bar', height: 12 },
          encoding: {
            y: { field: 'step', type: 'nominal', sort: STEPS, title: null },
            x: {
              field: 'value',
              type: 'quantitative',
              title: unit.deltaUnit || null,
              axis: { format: unit.deltaFormat, tickCount: 4 },
            },
            color: {
              field: 'step',
              type: 'nominal',
              scale: { domain: STEPS, range: ['#5b6770', '#4e79a7', '#f28e2b', '#76b7b2'] },
              legend: null,
            },
            tooltip: [{ field: 'step' }, { field: 'shown', title: 'change' }],
          },
        },
        { mark: { type: 'rule', color: '#1d232a' }, encoding: { x: { datum: 0 } } },
      ],
    };
  });
  return {
    id: 'history-rate-mix',
    title: 'Rate and mix',
    caption: `Per measure: the raw change before → after, split into the part from rates changing within cells (rate effect) and the part from the mix of cells changing (mix effect), which add up to it, and the change at the pre period's mix. Measures with fewer than ${h.minOrders} orders before or after are left out.`,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title: { text: 'Rate and mix', subtitle: 'rate effect + mix effect = raw change' },
      vconcat: panels,
      spacing: 14,
      config: CONFIG,
    },
  };
}
