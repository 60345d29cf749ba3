/** What an interval of a change covers, in one sentence, by how the replicates were made. */

/**
 * `days`: one replay, its days resampled (the day-block bootstrap); `resampled`: replicates
 * of replayed history with its weeks resampled; `generated`: replicates each on a newly
 * generated data set.
 */
export type IntervalKind = 'days' | 'resampled' | 'generated';

/** The sentence the report and `compare` print beside intervals of this kind. */
export function intervalCoverage(kind: IntervalKind): string {
  switch (kind) {
    case 'resampled':
      return "Intervals cover this retailer's catalog, stock and network, with demand like the replayed period's (its weeks resampled) and pick failures and transit delays redrawn; they do not cover a change in demand mix or prices.";
    case 'days':
      return "Intervals cover this retailer's catalog, stock and network, with demand like the replayed period's (its days resampled) and this replay's pick failures and transit delays; they do not cover a change in demand mix or prices.";
    case 'generated':
      return "Intervals cover retailers and demand drawn by the scenario's generator (a new data set per replicate) with pick failures and transit delays redrawn; they do not cover a business unlike the generator's.";
  }
}
