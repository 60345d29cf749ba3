/**
 * The decision model in words, one wording for every output: the report's decision box,
 * summary.md, the terminal line after `run` and `roi`. Every money figure is a field of the
 * model (analytics/analyze.ts `DecisionModel`) put through `money`.
 */
import type { DecisionModel } from '../analytics/analyze.ts';
import { storeEvidence } from '../analytics/decision.ts';
import { groupThousands } from '../format/number.ts';
import { money, rounded } from '../format/money.ts';
import { centsThatAdd } from '../format/cents-that-add.ts';
import { paybackLabel } from '../messages.ts';

/** The saving per order with its interval and every component (the components' cents add up to the fulfillment saving's). */
export function savingLine(d: DecisionModel): string {
  const s = d.saving;
  const [carrier, pickPack, touches, cancellations] = centsThatAdd([s.carrier, s.pickPack, s.touches, s.cancellations]);
  const iv = d.interval ? ` (95% CI ${money(d.interval.low)} to ${money(d.interval.high)}, ${d.interval.method})` : '';
  const margin = s.marginCounted
    ? `margin on avoided cancellations ${money(s.margin)}`
    : 'margin on avoided cancellations not counted (roi.cancellation_margin: false)';
  return `Saving per order against ${d.against}: ${money(s.total)}${iv} = carrier ${money(carrier!)} + pick/pack ${money(pickPack!)} + manual touches ${money(touches!)} + cancellations ${money(cancellations!)} (fulfillment cost ${money(s.fulfillment)}) + ${margin}.`;
}

/** The break-even volume in words. */
export function breakEvenText(d: DecisionModel): string {
  const b = d.roi.breakEvenOrders;
  if (b === null) return 'none (it saves nothing per order)';
  if (b === 0) return 'any volume (no costs to recover)';
  return `${groupThousands(Math.ceil(b))} orders a month`;
}

/** The money facts: saving, monthly and quarterly figures, NPV, IRR, payback, break-even, upside. */
export function moneyFacts(d: DecisionModel): string[] {
  const r = d.roi;
  const range =
    r.paybackRange && r.paybackMonth !== null
      ? ` (from the saving's interval: ${r.paybackRange.high === null ? 'never' : paybackLabel(r.paybackRange.high, r.horizonMonths)} to ${r.paybackRange.low === null ? 'never' : paybackLabel(r.paybackRange.low, r.horizonMonths)})`
      : '';
  const costs = r.costLines.length
    ? ` (${r.costLines.map((l) => `${l.name.replace(/_/g, ' ')} ${l.oneTime ? money(l.oneTime, 0) : `${money(l.monthly, 0)} a month`}`).join(', ')})`
    : '';
  return [
    savingLine(d),
    `At ${groupThousands(Math.round(d.orders.perMonth))} orders a month (${d.orders.from}): ${money(d.perMonth, 0)} a month, about ${rounded(d.perQuarter)} a quarter; costs ${money(r.monthlyCost, 0)} a month and ${money(r.oneTime, 0)} one-time${costs}.`,
    `NPV over ${r.horizonMonths} months ${money(r.npv, 0)}; IRR ${r.irrAnnual === null ? '— (no rate makes the flows break even)' : `${(r.irrAnnual * 100).toFixed(0)}% a year`}; payback ${paybackLabel(r.paybackMonth, r.horizonMonths)}${range}.`,
    `Break-even volume: ${breakEvenText(d)}.`,
    ...(r.upsideMonthly > 0
      ? [
          `Optional upside, not counted above: about ${money(r.upsideMonthly, 0)} a month of extra margin from faster delivery.`,
        ]
      : []),
    ...(d.network?.unpriced.length
      ? [`No fixed costs were entered for ${d.network.unpriced.join(', ')} (roi.nodes): counted as zero.`]
      : []),
  ];
}

/** Store readiness in a sentence (null without stores). */
export function storeText(d: DecisionModel): string | null {
  return d.stores ? `Store readiness: ${storeEvidence(d.stores)}.` : null;
}

/** "FIX THE FOUNDATION FIRST: reason; reason." */
export function verdictLine(d: DecisionModel): string {
  return `${d.verdict.toUpperCase()}: ${d.reasons.join('; ')}.`;
}

/** The line `run` prints after its table. */
export function decisionTerminal(d: DecisionModel): string {
  const r = d.roi;
  return (
    `Decision for ${d.policy} against ${d.against}: ${verdictLine(d)}\n` +
    `  ${d.saving.total >= 0 ? `It saves ${money(d.saving.total)}` : `It costs ${money(-d.saving.total)} more`} per order (${money(d.perMonth, 0)} a month, about ${rounded(d.perQuarter)} a quarter); ` +
    `NPV over ${r.horizonMonths} months ${money(r.npv, 0)}; payback ${paybackLabel(r.paybackMonth, r.horizonMonths)}. (npm run routelab -- roi for the details.)`
  );
}
