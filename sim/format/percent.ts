/** Shares (0…1) shown as percentages, one decimal, independent of the machine's locale. */

/**
 * A share as a percentage with one decimal.
 * @example sharePercent(0.934) // '93.4%'
 */
export function sharePercent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * A share as a percentage with one decimal; tiny non-zero shares show as "<0.1%" rather than "0.0%".
 * @example percent(0.0004) // '<0.1%'
 */
export function percent(share: number): string {
  if (share > 0 && share < 0.0005) return '<0.1%';
  return sharePercent(share);
}
