/** Text for `routelab compare` and `routelab roi`. */
import { formatDelta, formatMetric } from '../format/metric-value.ts';
import { groupThousands } from '../format/number.ts';
import { mdCodeBlock, mdEscape } from '../format/markdown.ts';
import { money as moneyText } from '../format/money.ts';
import { moneyFacts, storeText, verdictLine } from './decision-text.ts';
import type { Verdict } from './verdict.ts';
import { textTable } from './summary.ts';
import type { Analysis } from '../analytics/analyze.ts';
import { pilotEvidence } from '../analytics/decision.ts';
import type { MetricComparison } from '../analytics/compare.ts';
import type { CohortAnalysis, CohortMeasure } from '../analytics/cohorts.ts';
import { METRICS } from '../metrics/metrics.ts';
import type { Interval } from '../stats/index.ts';
import { intervalCoverage, type IntervalKind } from './coverage.ts';

const byName = new Map(METRICS.map((m) => [m.name, m]));
const money = (v: number) => moneyText(v, 2);
const dollars = (v: number) => moneyText(v, 0);

function interval(c: MetricComparison, iv: Interval | null): string {
  const m = byName.get(c.metric)!;
  if (!iv) return '—';
  return `[${formatDelta(m, iv.low)}, ${formatDelta(m, iv.high)}]${iv.low > 0 || iv.high < 0 ? ' *' : ''}`;
}

/** The comparison table: each metric's A, B, B − A and its intervals. */
export function compareText(a: string, b: string, replicates: number, seed: string, rows: MetricComparison[]): string {
  const header = [
    'metric',
    `A: ${a}`,
    `B: ${b}`,
    'B − A',
    ...(replicates >= 2 ? [`95% CI, ${replicates} replicates`, 'CRN narrowed'] : []),
    '95% CI, days',
  ];
  const body = rows.map((c) => {
    const m = byName.get(c.metric)!;
    const r = c.replicates;
    return [
      c.metric,
      formatMetric(m, c.a),
      formatMetric(m, c.b),
      formatDelta(m, c.delta),
      ...(replicates >= 2
        ? [interval(c, r?.interval ?? null), r?.widthRatio == null ? '—' : `${Math.round((1 - r.widthRatio) * 100)}%`]
        : []),
      interval(c, c.bootstrap.interval),
    ];
  });
  const days = rows[0]?.bootstrap.days ?? 0;
  const kind: IntervalKind = replicates < 2 ? 'days' : rows[0]?.replicates?.resampled ? 'resampled' : 'generated';
  return [
    `B = ${b} against A = ${a}; seed ${seed}.`,
    '',
    textTable(header, body),
    '',
    '* the 95% interval excludes zero.',
    replicates >= 2
      ? `Replicates: the orders (${kind === 'resampled' ? "the period's weeks resampled" : 'generated anew'}) and the random parts (pick failures, transit delays) drawn ${replicates} times with common random numbers (A and B see the same orders and draws); paired t interval${kind === 'resampled' ? " for one period's demand" : ''}. "CRN narrowed": how much narrower it is than with independent draws.`
      : 'One replicate: add --replicates N (e.g. 20) for intervals across replications of the orders and the random parts.',
    `Days: a paired day-block bootstrap over the ${days} days of replicate 0 (days, not orders, are resampled: orders on the same day share inventory).`,
    intervalCoverage(kind),
  ].join('\n');
}

/** The ROI case, sensitivity, store readiness, pilot sizing and the verdict, all from the decision model. */
export function roiText(a: Analysis): string {
  const d = a.decision;
  const lines: string[] = [];
  lines.push(
    `${d.policy} against ${d.against} (${d.rule}): ${d.roi.horizonMonths} months, ${groupThousands(Math.round(d.orders.perMonth))} orders a month.`,
    '',
  );
  lines.push(...moneyFacts(d));
  lines.push('', 'Sensitivity (NPV at the low and high value of each driver, largest swing first):');
  lines.push(
    textTable(
      ['driver', 'range', 'low', 'high'],
      d.sensitivity.map((t) => [t.driver, t.range, dollars(t.lowNpv), dollars(t.highNpv)]),
    ),
  );
  const stores = storeText(d);
  if (stores) lines.push('', stores);
  lines.push('', `Pilot sizing: ${pilotEvidence(d.pilot)}.`);
  lines.push('', 'Buy or not:');
  for (const q of d.questions) lines.push(`  ${q.question} ${q.answer.toUpperCase()} — ${q.evidence}`);
  lines.push('', `Verdict: ${verdictLine(d)}`);
  return lines.join('\n');
}

/** summary.md's decision section: the report's headline, then the ROI case as `roi` prints it. */
export function decisionMarkdown(a: Analysis, v: Verdict): string {
  return ['## Decision', '', `**${mdEscape(v.lead)}** ${mdEscape(v.text)}`, '', mdCodeBlock(roiText(a)), ''].join('\n');
}

/** Pre/post and difference-in-differences results of rollouts and pilots. */
export function cohortText(cohorts: CohortAnalysis[]): string {
  const lines: string[] = [];
  const show = (m: CohortMeasure, v: number | null) =>
    v === null ? '—' : m === 'on_time_delivery_rate' ? `${(v * 100).toFixed(1)}%` : money(v);
  const showDelta = (m: CohortMeasure, v: number | null) =>
    v === null
      ? '—'
      : m === 'on_time_delivery_rate'
        ? `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(1)} pts`
        : `${v >= 0 ? '+' : '−'}$${Math.abs(v).toFixed(2)}`;
  for (const c of cohorts) {
    lines.push(`${c.policy} (${c.kind}): ${c.pre} → ${c.post}`);
    for (const p of c.prePost) {
      const s = p.standardized,
        k = p.decomposition;
      lines.push(
        `  ${p.measure}: ${show(p.measure, s.preRate)} → ${show(p.measure, s.postRate)} (raw ${showDelta(p.measure, s.rawChange)}); at the first period's mix of category × region × order size ${showDelta(p.measure, s.adjustedChange)}` +
          (k
            ? `; the raw change = rate effect ${showDelta(p.measure, k.rateEffect)} + mix effect ${showDelta(p.measure, k.mixEffect)}`
            : ''),
      );
    }
    for (const d of c.did) {
      const r = d.result;
      lines.push(
        `  ${d.measure}, cohort vs the rest, before vs after: difference in differences ${showDelta(d.measure, r.estimate)}` +
          (r.interval
            ? ` (95% CI ${showDelta(d.measure, r.interval.low)} to ${showDelta(d.measure, r.interval.high)} from weekly cells${r.naive ? `; per-order errors would claim ${showDelta(d.measure, r.naive.interval.low)} to ${showDelta(d.measure, r.naive.interval.high)}` : ''})`
            : ''),
      );
    }
  }
  return lines.join('\n');
}
