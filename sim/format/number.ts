/**
 * Plain number formats, independent of the machine's locale so the same run gives the
 * same bytes everywhere.
 */

/** Digits grouped by thousands with commas: 13502 → "13,502". */
export function groupThousands(n: number, decimals = 0): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 && Number(fixed) !== 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** A number for machine-readable files: up to 6 decimals, no exponent, no trailing zeros; null → ''. */
export function plainNumber(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '';
  const s = v.toFixed(6).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}
