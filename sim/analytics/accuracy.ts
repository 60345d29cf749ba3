/**
 * Store readiness from the replay: the scenario replayed with every store's inventory
 * accuracy moved by the same number of points (the tornado's accuracy driver), and the
 * shift at which the NPV crosses zero (the break-even accuracy), found by replaying.
 * The replays themselves are the pipeline's (`withStoreAccuracy` in sim/pipeline/replay.ts).
 */

/** How far store records are plausibly off, in accuracy (0.05: 5 points either way). */
export const PLAUSIBLE_ACCURACY_RANGE = 0.05;

/** One replay of the break-even search. */
export interface AccuracyReplay {
  /** Points (as a share) every store's accuracy was moved. */
  shift: number;
  npv: number;
}

export interface BreakEven {
  /** The shift at which the NPV is zero (linear between the two closest replays); null when none in the searched range. */
  shift: number | null;
  /** The replays made, by shift (0 is the run itself). */
  replays: AccuracyReplay[];
  /** The range searched. */
  searched: { low: number; high: number };
}

/**
 * The shift of store accuracy at which the NPV crosses zero. `npvAt(shift)` replays; the
 * search starts from ±`range` (the tornado's replays), widens to ±2 and ±4 × `range` when
 * the sign does not change, then narrows the bracket by `refine` false-position steps and
 * interpolates linearly. Replays at most 4 + `refine` shifts besides 0.
 * @example breakEvenShift((s) => 1000 + 20000 * s, 1000).shift // -0.05
 */
export function breakEvenShift(
  npvAt: (shift: number) => number,
  npv0: number,
  range = PLAUSIBLE_ACCURACY_RANGE,
  refine = 2,
): BreakEven {
  const replays: AccuracyReplay[] = [{ shift: 0, npv: npv0 }];
  const at = (shift: number) => {
    const seen = replays.find((r) => Math.abs(r.shift - shift) < 1e-9);
    if (seen) return seen.npv;
    const npv = npvAt(shift);
    replays.push({ shift, npv });
    return npv;
  };
  at(-range);
  at(range);
  // the side where the sign should change: below when the change pays at the stated accuracy, above when it does not
  const dir = npv0 > 0 ? -1 : 1;
  let inner = 0,
    innerNpv = npv0,
    outer = NaN,
    outerNpv = NaN;
  for (const k of [1, 2, 4]) {
    const s = dir * range * k;
    const v = at(s);
    if (v > 0 !== npv0 > 0) {
      outer = s;
      outerNpv = v;
      break;
    }
    inner = s;
    innerNpv = v;
  }
  const sorted = () => [...replays].sort((a, b) => a.shift - b.shift);
  const searched = { low: Math.min(...replays.map((r) => r.shift)), high: Math.max(...replays.map((r) => r.shift)) };
  if (Number.isNaN(outer)) return { shift: null, replays: sorted(), searched };
  const cross = (a: number, fa: number, b: number, fb: number) =>
    fa === fb ? (a + b) / 2 : a - (fa * (b - a)) / (fb - fa);
  for (let i = 0; i < refine && Math.abs(outer - inner) > 0.002; i++) {
    const s = Math.round(cross(inner, innerNpv, outer, outerNpv) * 1000) / 1000;
    if (s === inner || s === outer) break;
    const v = at(s);
    if (v > 0 === npv0 > 0) {
      inner = s;
      innerNpv = v;
    } else {
      outer = s;
      outerNpv = v;
    }
  }
  return { shift: cross(inner, innerNpv, outer, outerNpv), replays: sorted(), searched };
}
