/** "Did you mean …?" suggestions for misspelled names. */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `name` by edit distance (case-insensitive, `-`/`_`/space
 * treated alike), when it is close enough to be a plausible typo; otherwise `undefined`.
 * @example closestName('polices', ['policies', 'period']) // 'policies'
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[-_ ]/g, '');
  const n = norm(name);
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(n, norm(c));
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  // short names allow one edit (and never a full rewrite); longer ones a third of their length
  const limit = n.length <= 3 ? 1 : Math.max(2, Math.floor(n.length / 3));
  return bestD <= limit && bestD < n.length ? best : undefined;
}
