/** The history comparison as terminal text: one line per measure, then what could not be measured. */
import type { HistoryComparison } from '../../analytics/history.ts';
import type { HistoryReportInput } from '../../analytics/replay-vs-history.ts';
import { groupThousands } from '../../format/number.ts';
import { historyWords } from '../../messages.ts';
import { textTable } from '../summary.ts';
import { cohortName, counts, shownChange, shownDid, shownValue } from './format.ts';
import { replayReasons, replayTable, shipmentColumnsNote } from './tables.ts';

/** The placebo's verdict per measure in one line (none without pilot states or an interval). */
function placebo(h: HistoryComparison): string[] {
  const checked = h.results.filter((r) => r.placebo?.did && !r.placebo.did.tooFew && r.placebo.nearZero !== null);
  if (checked.length === 0) return [];
  const names = (near: boolean) => checked.filter((r) => r.placebo!.nearZero === near).map((r) => r.measure);
  return [historyWords.placeboLine(checked[0]!.placebo!.date, names(true), names(false))];
}

/** Pre/post per measure: n, pre, post, raw change, change at the pre mix, rate and mix effects, the DiD. */
export function historyTerminal(h: HistoryReportInput): string {
  const replay = replayTable(h);
  const rv = h.replayVsHistory;
  const rows = h.results.map((r) => {
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
      ...(h.pilotStates ? [shownDid(r.measure, r.did)] : []),
    ];
  });
  const missing = h.unavailable.map(
    (u) =>
      `  ${u.measure}: ${u.missing === null ? historyWords.notInHistory[u.measure] : historyWords.missingColumns(u.missing)}`,
  );
  return [
    `History: ${cohortName(h)} placed before ${h.switchDate} (${groupThousands(h.preOrders)} orders) against on or after it (${groupThousands(h.postOrders)}), from the orders' own outcome columns.`,
    '',
    textTable(
      [
        'measure',
        'orders pre / post',
        'pre',
        'post',
        'raw change',
        'at the pre mix',
        'rate effect',
        'mix effect',
        ...(h.pilotStates ? ['diff-in-diff vs other states'] : []),
      ],
      rows,
    ),
    '',
    '"At the pre mix": the post rate standardized to the pre period\'s mix of category × census region × order size; rate effect + mix effect = the raw change (Kitagawa).',
    ...placebo(h),
    historyWords.smallSample(h.minOrders),
    ...(missing.length ? ['Not measured from this history:', ...missing, historyWords.whereToGet] : []),
    ...(shipmentColumnsNote(h) ? [shipmentColumnsNote(h)!] : []),
    ...(replay && rv
      ? [
          '',
          `${historyWords.replayTitle}: ${historyWords.replayIntro(rv.policy, rv.start, rv.baseline)}`,
          textTable(replay.header, replay.rows),
          historyWords.replayReasonsLead,
          ...replayReasons(h).map((l) => `  - ${l}`),
        ]
      : h.replayVsHistory === null && h.pilotStates
        ? ['', historyWords.noReplayPilot(h.pilotStates.join(', '))]
        : []),
  ].join('\n');
}
