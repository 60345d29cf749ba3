/**
 * Every chart of the decision report, in page order. Charts whose data is missing (one
 * policy only, no capacity limits, no pilots, no analytics) are left out.
 */
import { segmentRows } from '../../metrics/segments.ts';
import type { ScenarioRun } from '../../metrics/runs.ts';
import type { ReportInput } from '../input.ts';
import type { Verdict } from '../verdict.ts';
import { pilotSizingChart, roiChart, tornadoChart } from './analytics.ts';
import { boundChart } from './bound.ts';
import type { ReportChart } from './common.ts';
import { kpiChart } from './kpi.ts';
import { ladderChart } from './ladder.ts';
import { mapChart, type StateShape } from './map.ts';
import { nodeMixChart, utilizationChart } from './nodes.ts';
import { reasonsChart } from './reasons.ts';
import { prePostChart, segmentChart } from './segments.ts';
import { waterfallChart } from './waterfall.ts';
import { weeklyChart } from './weekly.ts';

export type { ReportChart } from './common.ts';

/** The report's charts; `states` are the map's outlines (see `stateShapes`). */
export function reportCharts(input: ReportInput, v: Verdict, states: StateShape[]): ReportChart[] {
  const r = input.run;
  const a = input.analytics;
  const why = v.kind === 'switch' ? 'the recommended policy' : 'the policy decided on';
  const charts = [
    kpiChart(input),
    waterfallChart(v.baseline, v.focus, why),
    ladderChart(input),
    boundChart(r),
    a?.roi ? roiChart(a.roi) : null,
    a?.tornado ? tornadoChart(a.tornado) : null,
    weeklyChart(r, v.focus.policy),
    nodeMixChart(r),
    utilizationChart(r),
    mapChart(r, v.focus, states),
    segmentChart(r, segmentRows(r)),
    a?.prePost ? prePostChart(a.prePost) : null,
    a?.pilotSizing ? pilotSizingChart(a.pilotSizing) : null,
    reasonsChart(r),
  ];
  return charts.filter((c): c is ReportChart => c !== null);
}

/**
 * The report's charts drawn from the run alone (its replay and bound; no analytics, no
 * verdict), each the same chart `reportCharts` lists: `run` draws them while it analyzes
 * the decision.
 */
export function runOnlyCharts(r: ScenarioRun): ReportChart[] {
  const charts = [
    boundChart(r),
    nodeMixChart(r),
    utilizationChart(r),
    segmentChart(r, segmentRows(r)),
    reasonsChart(r),
  ];
  return charts.filter((c): c is ReportChart => c !== null);
}
