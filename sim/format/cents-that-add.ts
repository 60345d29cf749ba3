/**
 * Parts rounded to cents so that they add up to their rounded sum (largest remainder):
 * each part is rounded down to a cent, then the cents still missing go to the parts with
 * the largest remainders (ties to the earlier part). Used where a figure is shown with its
 * components, so "$0.05 = $0.37 − $0.32 − $0.09 + $0.10" reads as arithmetic that works.
 * @example centsThatAdd([0.374, -0.316, -0.094, 0.088]) // [0.37, -0.32, -0.09, 0.09]: adds to $0.05, as 0.052 rounds
 */
export function centsThatAdd(parts: number[]): number[] {
  const cents = parts.map((p) => p * 100);
  const target = Math.round(cents.reduce((a, b) => a + b, 0));
  const down = cents.map((c) => Math.floor(c + 1e-9));
  let missing = target - down.reduce((a, b) => a + b, 0);
  const order = cents.map((c, i) => ({ i, rest: c - down[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    down[i]! += 1;
    missing--;
  }
  return down.map((c) => c / 100);
}
