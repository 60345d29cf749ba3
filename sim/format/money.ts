/**
 * Money for people, the one money format of every output: the minus sign (U+2212) before
 * the dollar sign, digits grouped by thousands.
 */
import { groupThousands } from './number.ts';

/**
 * Money with cents (or `decimals` digits); a value that rounds to zero has no sign.
 * @example money(-7598.2, 0) // '−$7,598'
 * @example money(0.2249) // '$0.22'
 */
export function money(v: number, decimals = 2): string {
  const body = groupThousands(Math.abs(v), decimals);
  return `${v < 0 && /[1-9]/.test(body) ? '−' : ''}$${body}`;
}

/**
 * Money rounded for a headline, without a sign (the words say which way): "$11,300", "$840", "$12"
 * (whole dollars under $100, tens under $1,000, hundreds above).
 */
export function roundMoney(v: number): string {
  const a = Math.abs(v);
  const step = a >= 1000 ? 100 : a >= 100 ? 10 : 1;
  return `$${groupThousands(Math.round(a / step) * step)}`;
}

/** A rounded money figure with its sign: "−$320", "$5,700". */
export const rounded = (v: number): string => `${v < 0 ? '−' : ''}${roundMoney(v)}`;
