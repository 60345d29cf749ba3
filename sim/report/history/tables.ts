/**
 * The history report's tables as rows of text, worded once for index.html and summary.md:
 * before against after per measure, the difference in differences with its placebo, and the
 * outcome columns with where to get the missing ones.
 */
import type { HistoryComparison } from '../../analytics/history.ts';
import type { HistoryReportInput } from '../../analytics/replay-vs-history.ts';
import { formatDelta } from '../../format/metric-value.ts';
import { groupThousands } from '../../format/number.ts';
import { historyWords } from '../../messages.ts';
import { counts, measureDef, shownChange, shownDid, shownValue, withInterval } from './format.ts';

export interface TextTable {
  header: string[];
  rows: string[][];
}

/** Measure, n, pre, post, raw change, at the pre mix, rate effect, mix effect, share of pre orders in the standard. */
export function beforeAfterTable(h: HistoryComparison): TextTable {
  return {
    header: [
      'measure',
      'orders pre / post',
      'pre',
      'post',
      'raw change',
      'change at the pre mix',
      'rate effect',
      'mix effect',
      'pre orders in cells seen after',
    ],
    rows: h.results.map((r) => {
      const s = r.standardized,
        k = r.decomposition;
      return [
        r.measure,
        counts(r),
        shownValue(h, r.measure, s.preRate, r.preOrders),
        shownValue(h, r.measure, s.postRate, r.postOrders),
        shownChange(r.measure, s.rawChange, r.tooFew),
        shownChange(r.measure, s.adjustedChange, r.tooFew),
        k ? shownChange(r.measure, k.rateEffect, r.tooFew) : '—',
        k ? shownChange(r.measure, k.mixEffect, r.tooFew) : '—',
        s.coverage === null ? '—' : `${(s.coverage * 100).toFixed(0)}%`,
      ];
    }),
  };
}

/** Per measure: the pilot's and the control's change, the DiD with its interval, the placebo's and what it says. */
export function didTable(h: HistoryComparison): TextTable | null {
  if (!h.pilotStates) return null;
  return {
    header: ['measure', 'pilot change', 'control change', 'difference in differences', 'placebo DiD', 'placebo check'],
    rows: h.results.map((r) => {
      const d = r.did?.result;
      const def = measureDef(r.measure);
      const p = r.placebo;
      return [
        r.measure,
        d && !r.did!.tooFew ? formatDelta(def, d.treatedPost.mean - d.treatedPre.mean) : '—',
        d && !r.did!.tooFew ? formatDelta(def, d.controlPost.mean - d.controlPre.mean) : '—',
        shownDid(r.measure, r.did),
        p ? `${shownDid(r.measure, p.did)}, fake switch ${p.date}` : '—',
        !p?.did || p.did.tooFew
          ? '—'
          : p.nearZero === null
            ? historyWords.placeboNoInterval
            : p.nearZero
              ? historyWords.placeboNear
              : historyWords.placeboFar,
      ];
    }),
  };
}

/** Outcome column, orders with a value, where it comes from. */
export function columnsTable(h: HistoryComparison): TextTable {
  return {
    header: ['column', 'orders with a value', 'where it comes from'],
    rows: h.columns.map((c) => [
      c.column,
      c.orders === 0 ? 'none (missing or empty)' : `${groupThousands(c.orders)} of ${groupThousands(h.orders)}`,
      historyWords.columnSource[c.column]!,
    ]),
  };
}

/** The measures that could not be computed, each with why. */
export function unavailableLines(h: HistoryComparison): string[] {
  return h.unavailable.map(
    (u) =>
      `${u.measure}: ${u.missing === null ? historyWords.notInHistory[u.measure] : `${historyWords.missingColumns(u.missing)} (${u.missing.map((c) => `${c}: ${historyWords.columnSource[c]}`).join('; ')})`}`,
  );
}

/** The sentence for a history with no shipment columns at all (a Shopify orders export alone), or null. */
export function shipmentColumnsNote(h: HistoryComparison): string | null {
  const empty = (c: string) => h.columns.find((x) => x.column === c)?.orders === 0;
  return ['shipping_cost', 'fulfilled_from', 'delivered_at'].every(empty) ? historyWords.noShipmentColumns : null;
}

/** Per measure both sides have: the replay's predicted effect and the history's measured one, each with its basis, and whether they agree. */
export function replayTable(h: HistoryReportInput): TextTable | null {
  const rv = h.replayVsHistory;
  if (!rv) return null;
  const w = historyWords;
  return {
    header: ['measure', 'replay predicted', 'basis', 'history measured', 'basis', 'agreement'],
    rows: rv.rows.map((r) => [
      r.measure,
      r.replay ? withInterval(r.measure, r.replay.estimate, r.replay.interval, r.replay.confidence) : '—',
      r.replay ? w.replayBasis[r.replay.basis]! : '—',
      r.observed.estimate === null
        ? '—'
        : withInterval(r.measure, r.observed.estimate, r.observed.interval, r.observed.confidence ?? 0.95),
      w.replayBasis[r.observed.basis]!,
      w.replayAgreement[r.agreement]!,
    ]),
  };
}

/** The lines under the side-by-side table: the reasons a replay and a history can differ, one each. */
export function replayReasons(h: HistoryReportInput): string[] {
  return h.replayVsHistory ? h.replayVsHistory.reasons.map((r) => historyWords.replayReason[r]!) : [];
}
