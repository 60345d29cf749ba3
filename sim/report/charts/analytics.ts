/** Charts of the analytics step, drawn only when it ran: ROI cash flow, tornado, pilot sizing. */
import { formatMetric } from '../../format/metric-value.ts';
import { money as moneyText } from '../../format/money.ts';
import { paybackLabel } from '../../messages.ts';
import { type PilotSizing, type RoiProjection, type Tornado } from '../input.ts';
import { horizon } from '../verdict.ts';
import {
  CONFIG,
  metricDef,
  round,
  shortLabel,
  VEGA_LITE_SCHEMA,
  VERDICT_COLORS,
  type ReportChart,
  type TopLevelSpec,
} from './common.ts';

const money = (v: number) => moneyText(v, 0);

export function roiChart(roi: RoiProjection): ReportChart | null {
  if (roi.months.length === 0) return null;
  const values = roi.months.map((m) => ({
    month: m.month,
    cumulative: round(m.cumulative, 2),
    shown: money(m.cumulative),
  }));
  // the payback point sits where the line crosses zero (payback may be fractional)
  const pay =
    roi.paybackMonth === null
      ? []
      : [
          {
            month: round(roi.paybackMonth, 2),
            cumulative: 0,
            label: `payback: ${paybackLabel(roi.paybackMonth, horizon(roi))}`,
          },
        ];
  const last = values[values.length - 1]!;
  const low = values.reduce((a, b) => (b.cumulative < a.cumulative ? b : a));
  const ends = [
    { month: last.month, cumulative: last.cumulative, shown: last.shown, dy: last.cumulative >= 0 ? -10 : 16 },
    ...(low !== last && low.month > 0 && low.cumulative < 0
      ? [{ month: low.month, cumulative: low.cumulative, shown: low.shown, dy: 16 }]
      : []),
  ];
  const x = {
    field: 'month',
    type: 'quantitative' as const,
    title: 'months after the switch',
    axis: { tickMinStep: 1, format: '~g' },
  };
  const y = {
    field: 'cumulative',
    type: 'quantitative' as const,
    title: 'cumulative net cash (dollars)',
    axis: { format: '$,.0f' },
  };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: `Cumulative cash flow of switching to ${roi.policy}`,
      subtitle: `payback: ${paybackLabel(roi.paybackMonth, horizon(roi))}`,
    },
    width: 620,
    height: 260,
    layer: [
      { data: { values }, mark: { type: 'area', opacity: 0.15, color: '#4e79a7' }, encoding: { x, y } },
      {
        data: { values },
        mark: { type: 'line', point: true, color: '#4e79a7' },
        encoding: { x, y, tooltip: [{ field: 'month' }, { field: 'shown', title: 'cumulative' }] },
      },
      { mark: { type: 'rule', color: '#333333' }, encoding: { y: { datum: 0 } } },
      // the value at the end of the horizon, and at the lowest point when the line dips after month 0
      // (month 0 sits on the axis, and the caption gives the up-front cost)
      ...ends.map((end) => ({
        data: { values: [end] },
        mark: {
          type: 'text' as const,
          align: 'right' as const,
          dy: end.dy,
          fontSize: 11,
          fontWeight: 'bold' as const,
          color: '#2f4f73',
        },
        encoding: { x, y, text: { field: 'shown' } },
      })),
      ...(pay.length
        ? [
            {
              data: { values: pay },
              mark: { type: 'point' as const, size: 140, filled: true, color: VERDICT_COLORS.better },
              encoding: { x, y },
            },
            {
              data: { values: pay },
              mark: { type: 'text' as const, dy: -14, fontWeight: 'bold' as const, color: VERDICT_COLORS.better },
              encoding: { x, y, text: { field: 'label' } },
            },
          ]
        : []),
    ],
    config: CONFIG,
  };
  const extra = [
    roi.investment !== undefined ? `an up-front cost of ${money(roi.investment)}` : '',
    roi.npv !== undefined ? `net present value ${money(roi.npv)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {
    id: 'roi-cash-flow',
    title: 'Return on the switch',
    caption: `Cumulative net cash month by month after switching to ${roi.policy}${extra ? ` (${extra})` : ''}; it has paid back once the line crosses zero.`,
    spec,
  };
}

export function tornadoChart(t: Tornado): ReportChart | null {
  if (t.rows.length === 0) return null;
  const label = (r: Tornado['rows'][number]) => (r.range ? `${r.driver} (${r.range})` : r.driver);
  const drivers = [...t.rows]
    .sort((a, b) => Math.abs(b.highNpv - b.lowNpv) - Math.abs(a.highNpv - a.lowNpv) || (a.driver < b.driver ? -1 : 1))
    .map(label);
  const values = t.rows.flatMap((r) => [
    {
      driver: label(r),
      end: 'driver at its low value',
      npv: round(r.lowNpv, 2),
      base: round(t.baseNpv, 2),
      shown: money(r.lowNpv),
      labelAlign: r.lowNpv >= t.baseNpv ? 'left' : 'right',
    },
    {
      driver: label(r),
      end: 'driver at its high value',
      npv: round(r.highNpv, 2),
      base: round(t.baseNpv, 2),
      shown: money(r.highNpv),
      labelAlign: r.highNpv >= t.baseNpv ? 'left' : 'right',
    },
  ]);
  const y = { field: 'driver', type: 'nominal' as const, sort: drivers, title: null };
  // room beside the bars for their labels
  const npvs = values.flatMap((v) => [v.npv, v.base]);
  const span = Math.max(...npvs) - Math.min(...npvs) || Math.abs(t.baseNpv) || 1;
  const npvDomain = [round(Math.min(...npvs) - span * 0.22, 2), round(Math.max(...npvs) + span * 0.22, 2)];
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: `What moves the value of ${t.policy}`,
      subtitle: `net present value with one driver at a time at its low or high value; line: ${money(t.baseNpv)} with all at base`,
    },
    width: 560,
    height: { step: 26 },
    data: { values },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y,
          x: {
            field: 'base',
            type: 'quantitative',
            title: 'net present value (dollars)',
            scale: { domain: npvDomain, nice: false },
            axis: { format: '$,.0f' },
          },
          x2: { field: 'npv' },
          color: {
            field: 'end',
            type: 'nominal',
            scale: { domain: ['driver at its low value', 'driver at its high value'], range: ['#e15759', '#4e79a7'] },
            title: null,
            legend: { orient: 'bottom' },
          },
          tooltip: [{ field: 'driver' }, { field: 'end', title: 'setting' }, { field: 'shown', title: 'NPV' }],
        },
      },
      { mark: { type: 'rule', color: '#111111', strokeWidth: 1.5 }, encoding: { x: { datum: round(t.baseNpv, 2) } } },
      // each bar's NPV at its outer end
      ...(['right', 'left'] as const)
        .filter((side) => values.some((v) => v.labelAlign === side))
        .map((side) => ({
          transform: [{ filter: { field: 'labelAlign', equal: side } }],
          mark: { type: 'text' as const, align: side, dx: side === 'left' ? 4 : -4, fontSize: 10 },
          encoding: { y, x: { field: 'npv', type: 'quantitative' as const }, text: { field: 'shown' } },
        })),
    ],
    config: CONFIG,
  };
  return {
    id: 'tornado',
    title: 'Sensitivity (tornado)',
    caption:
      'The drivers whose uncertainty moves the result most are on top; a bar crossing the zero line means that driver alone could turn the decision.',
    spec,
  };
}

export function pilotSizingChart(s: PilotSizing): ReportChart | null {
  if (s.curve.length === 0) return null;
  const target = s.targetPower ?? 0.8;
  const values = s.curve.map((c) => ({ days: c.days, power: round(c.power, 4) }));
  const reach = values.find((v) => v.power >= target);
  const x = { field: 'days', type: 'quantitative' as const, title: 'pilot length (calendar days)' };
  const y = {
    field: 'power',
    type: 'quantitative' as const,
    title: 'chance to detect the difference',
    scale: { domain: [0, 1] },
    axis: { format: '.0%' },
  };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: `How long a pilot of ${s.policy} must run`,
      subtitle: [
        `to detect its difference in ${shortLabel(s.metric).toLowerCase()}; dashed line: ${Math.round(target * 100)}% power`,
        ...(s.design ? [`a pilot on ${s.design}`] : []),
      ],
    },
    width: 620,
    height: 240,
    layer: [
      {
        data: { values },
        mark: { type: 'line', point: true, color: '#4e79a7' },
        encoding: { x, y, tooltip: [{ field: 'days' }, { field: 'power', type: 'quantitative', format: '.0%' }] },
      },
      { mark: { type: 'rule', strokeDash: [5, 4], color: '#c0392b' }, encoding: { y: { datum: target } } },
      ...(reach
        ? [
            {
              data: { values: [{ ...reach, label: `${reach.days} days` }] },
              mark: { type: 'text' as const, dy: -12, fontWeight: 'bold' as const },
              encoding: { x, y, text: { field: 'label' } },
            },
          ]
        : []),
    ],
    config: CONFIG,
  };
  return {
    id: 'pilot-sizing',
    title: 'Pilot sizing',
    caption:
      `The chance that a pilot of each length shows a real difference in ${metricDef(s.metric).label.toLowerCase()}${reach ? `; ${reach.days} days reach ${Math.round(target * 100)}%` : `; no length shown reaches ${Math.round(target * 100)}%`}.` +
      (s.mde?.length
        ? ` At ${Math.round(target * 100)}% power a pilot detects differences of at least ${s.mde.map((m) => `${formatMetric(metricDef(s.metric), m.effect)} in ${m.days} days`).join(', ')}.`
        : ''),
    spec,
  };
}
