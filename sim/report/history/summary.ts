/** summary.md of a history report: the same tables as index.html, as Markdown. */
import type { HistoryReportInput } from '../../analytics/replay-vs-history.ts';
import { mdEscape } from '../../format/markdown.ts';
import { historyWords } from '../../messages.ts';
import { cohortName } from './format.ts';
import {
  beforeAfterTable,
  columnsTable,
  didTable,
  replayReasons,
  replayTable,
  shipmentColumnsNote,
  unavailableLines,
  type TextTable,
} from './tables.ts';

function md(t: TextTable): string {
  return [
    `| ${t.header.map(mdEscape).join(' | ')} |`,
    `|${t.header.map(() => ' --- ').join('|')}|`,
    ...t.rows.map((r) => `| ${r.map(mdEscape).join(' | ')} |`),
  ].join('\n');
}

/** The Markdown summary; `name` is the scenario's. */
export function historySummary(h: HistoryReportInput, name: string): string {
  const did = didTable(h);
  const replay = replayTable(h);
  const rv = h.replayVsHistory;
  const firstDid = h.results.find((r) => r.did)?.did;
  const un = unavailableLines(h);
  return `${[
    `# History: ${mdEscape(name)}`,
    '',
    mdEscape(
      `${cohortName(h)[0]!.toUpperCase()}${cohortName(h).slice(1)} placed before ${h.switchDate} (${h.preOrders} orders) against on or after it (${h.postOrders}); orders from ${h.firstDate} to ${h.lastDate}. Recorded outcomes, not a replay.`,
    ),
    '',
    '## Before and after',
    '',
    md(beforeAfterTable(h)),
    '',
    mdEscape(
      `Change at the pre mix: the after period reweighted to the before period's cells (category × census region × order size). Rate effect + mix effect = the raw change (Kitagawa). ${historyWords.smallSample(h.minOrders)}`,
    ),
    ...(did
      ? [
          '',
          '## Difference in differences against the other states',
          '',
          md(did),
          '',
          mdEscape(firstDid ? historyWords.didCovers(firstDid.result.confidence) : ''),
          '',
          mdEscape(historyWords.placeboMeaning),
        ]
      : []),
    ...(replay && rv
      ? [
          '',
          `## ${historyWords.replayTitle}`,
          '',
          mdEscape(historyWords.replayIntro(rv.policy, rv.start, rv.baseline)),
          '',
          md(replay),
          '',
          mdEscape(historyWords.replayReasonsLead),
          '',
          ...replayReasons(h).map((l) => `- ${mdEscape(l)}`),
        ]
      : []),
    '',
    '## What the history holds',
    '',
    md(columnsTable(h)),
    ...(un.length ? ['', '### Not measured', '', ...un.map((l) => `- ${mdEscape(l)}`)] : []),
    ...(shipmentColumnsNote(h) ? ['', mdEscape(shipmentColumnsNote(h)!)] : []),
  ].join('\n')}\n`;
}
