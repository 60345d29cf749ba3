/**
 * The effect ladder in words: each step of a policy's ladder (what it changes in the entry
 * before it) with its saving per order and interval, and for a step that adds nodes their
 * fixed costs and the step's own ROI and verdict. Text for the terminal and `roi`, Markdown
 * for summary.md, HTML for the report.
 */
import type { EffectLadders, Ladder, LadderStep } from '../analytics/ladder.ts';
import { sumLines } from '../analytics/node-costs.ts';
import { groupThousands } from '../format/number.ts';
import { mdEscape } from '../format/markdown.ts';
import { escapeHtml as e } from '../format/html.ts';
import type { ReportInput } from './input.ts';

const usd = (v: number) => `${v < -0.004 ? '−' : ''}$${groupThousands(Math.abs(v), 2)}`;
const whole = (v: number) => `${v <= -0.5 ? '−' : ''}$${groupThousands(Math.abs(v))}`;

/** "saves $0.24 an order" / "costs $0.02 an order more", with the interval when known. */
export function stepSaving(s: LadderStep): string {
  const t = s.saving.total;
  const what =
    Math.abs(t) < 0.005
      ? 'no change in cost per order'
      : t > 0
        ? `saves ${usd(t)} an order`
        : `costs ${usd(-t)} an order more`;
  const margin =
    Math.abs(s.saving.margin) >= 0.005 ? `, ${usd(s.saving.margin)} of it the margin of cancelled units` : '';
  return `${what}${margin}${s.interval ? ` (95% CI of the saving ${usd(s.interval.low)} to ${usd(s.interval.high)}, ${s.interval.method})` : ''}`;
}

/** The verdict on a step that adds nodes, from its own ROI. */
export function networkVerdict(s: LadderStep): string | null {
  if (!s.network) return null;
  const r = s.network.roi;
  if (r.npv <= 0) return 'not worth it on these figures';
  if (s.interval && s.interval.low > 0) return 'worth it on these figures';
  return 'worth it only if the saving holds: its interval includes zero';
}

/** What a step that adds nodes costs and earns, in one sentence (null for other steps). */
export function networkSentence(s: LadderStep): string | null {
  if (!s.network) return null;
  const { costs, roi: r } = s.network;
  const monthly = sumLines(costs.monthly),
    once = sumLines(costs.oneTime);
  const lines = [
    ...costs.monthly.map((l) => `${l.label} ${whole(l.amount)} a month`),
    ...costs.oneTime.map((l) => `${l.label} ${whole(l.amount)} once`),
  ];
  const priced = lines.length ? `its fixed costs: ${lines.join(', ')}` : 'no fixed costs entered for it';
  const unpriced = costs.unpriced.length
    ? ` (no roi.nodes entry for ${costs.unpriced.join(', ')}: counted as zero)`
    : '';
  const other = r.monthlyCost - monthly,
    otherOnce = r.oneTime - once;
  const change =
    other > 0 || otherOnce > 0
      ? `, plus the routing change's ${whole(other)} a month and ${whole(otherOnce)} once`
      : '';
  const months = r.flows.length - 1;
  const pay = r.payback
    ? `payback in month ${Math.ceil(r.payback.fractionalMonth)}`
    : `no payback within ${months} months`;
  return `Adding ${s.added.join(', ')}: ${priced}${unpriced}${change}; the step nets ${whole(r.monthlySaving - r.monthlyCost)} a month: NPV ${whole(r.npv)} over ${months} months, ${pay}: ${networkVerdict(s)}.`;
}

/** A ladder as text lines: each rung with its cost per order and the step to it. */
export function ladderText(l: Ladder): string {
  const first = l.steps[0];
  const width = Math.max(...l.rungs.map((r) => r.length)) + 2;
  const cost = (v: number | null) => (v === null ? '—' : usd(v));
  const lines = [
    `Effect ladder of ${l.policy} (fulfillment cost per order; each step on the same orders and random draws as the rung before):`,
  ];
  lines.push(`  ${l.rungs[0]!.padEnd(width + 2)}${cost(first?.costFrom ?? null)}  (baseline)`);
  for (const s of l.steps) {
    lines.push(
      `  → ${s.to.padEnd(width)}${cost(s.costTo)}  ${stepSaving(s)}${s.added.length ? `; adds ${s.added.join(', ')}` : ''}${s.removed.length ? `; removes ${s.removed.join(', ')}` : ''}`,
    );
    const n = networkSentence(s);
    if (n) lines.push(`      ${n}`);
  }
  if (l.steps.length > 1)
    lines.push(
      `  steps together: ${usd(l.steps.reduce((t, s) => t + s.saving.total, 0))} an order against ${l.rungs[0]}`,
    );
  return lines.join('\n');
}

/** summary.md: every ladder with more than one step, and every step that adds nodes. */
export function ladderMarkdown(ladders: EffectLadders): string {
  const rows = ladders.ladders.flatMap((l) =>
    l.steps.map((s, i) => [
      i === 0 ? mdEscape(l.policy) : '',
      `${mdEscape(s.from)} → ${mdEscape(s.to)}`,
      mdEscape(stepSaving(s)),
      mdEscape(networkSentence(s) ?? ''),
    ]),
  );
  return [
    '## Effect ladder',
    '',
    `Each policy measured against the entry it changes (\`compare_to\`), rung by rung from **${mdEscape(ladders.baseline)}**; each step on the same orders and random draws.`,
    '',
    '| policy | step | saving per order | network change |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
}

/** The report's ladder section: a table of every ladder's steps, network steps priced (empty without analytics). */
export function ladderSection(input: ReportInput): string {
  const lad = input.analytics?.ladder;
  if (!lad) return '';
  const body = lad.ladders.ladders.flatMap((l) =>
    l.steps.map((s, i) => {
      const cls = Math.abs(s.saving.total) < 0.005 ? 'same' : s.saving.total > 0 ? 'better' : 'worse';
      const net = networkSentence(s);
      return (
        `<tr${l.policy === lad.focus ? ' class="focus"' : ''}><th scope="row" class="text">${i === 0 ? e(l.policy) : ''}</th><td class="text">${e(`${s.from} → ${s.to}`)}</td>` +
        `<td>${e(s.costFrom === null ? '—' : usd(s.costFrom))} → ${e(s.costTo === null ? '—' : usd(s.costTo))}</td><td><span class="${cls}">${e(usd(s.saving.total))}</span>` +
        `${s.interval ? `<span class="ci">${e(`95% CI ${usd(s.interval.low)} to ${usd(s.interval.high)}`)}</span>` : ''}` +
        `${Math.abs(s.saving.margin) >= 0.005 ? `<span class="ci">${e(`${usd(s.saving.margin)} of it the margin of cancelled units`)}</span>` : ''}</td><td class="text">${e(net ?? (s.added.length ? `adds ${s.added.join(', ')}` : ''))}</td></tr>`
      );
    }),
  );
  return `<p class="caption">${e(`Each policy is measured against the entry it changes (compare_to; default: the entry it uses, else the baseline), rung by rung from ${lad.ladders.baseline}. A step is the paired difference of two rungs on the same orders with the same random draws; the steps of a ladder add up to its policy's saving against the baseline. A step that adds a node is priced with that node's own fixed costs (roi.nodes).`)}</p>
<div class="table-wrap"><table><thead><tr><th scope="col" class="text">policy</th><th scope="col" class="text">step</th><th scope="col">fulfillment cost per order</th><th scope="col">saving per order</th><th scope="col" class="text">network change: costs and verdict</th></tr></thead><tbody>
${body.join('\n')}
</tbody></table></div>`;
}

/** One line for the terminal: a ladder's steps with their savings, and a network step's verdict. */
export function ladderBrief(l: Ladder): string {
  const steps = l.steps.map(
    (s) => `→ ${s.to} ${usd(s.saving.total)}${s.interval ? ` [${usd(s.interval.low)}, ${usd(s.interval.high)}]` : ''}`,
  );
  const nets = l.steps
    .filter((s) => s.network)
    .map(
      (s) =>
        `adding ${s.added.join(', ')} to ${s.from}: NPV ${whole(s.network!.roi.npv)} over ${s.network!.roi.flows.length - 1} months with its fixed costs, ${networkVerdict(s)}`,
    );
  return `Effect ladder of ${l.policy} (saving per order, 95% CI): ${l.rungs[0]} ${steps.join(' ')}${nets.length ? `; ${nets.join('; ')}` : ''}.`;
}
