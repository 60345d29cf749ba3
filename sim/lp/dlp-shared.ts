/**
 * The DLP solved once per exact input: HiGHS is deterministic for a given LP, and the LP is
 * built from the `DlpInput` alone, so an input equal bit for bit to one solved before takes
 * that solution. Models compiled again to the same network, stock and costs meet this: the
 * points of a sweep over settings the plan does not read (a policy's radius, review rules,
 * a node's inventory accuracy), each point's replicate r, entries whose networks come out
 * the same. The input is compared whole (every array, bit for bit), so a different model or
 * different settings never take another's plan. The last few solutions are kept.
 */
import { solveDlp, type DlpInput, type DlpSolution } from './dlp.ts';

/** How many solutions are kept (a sweep's worker meets each replicate's DLP once per point). */
const KEPT = 32;

/** An input as the arrays it is compared by (copies). */
type Key = ArrayBufferView[];

const kept: { key: Key; solution: DlpSolution }[] = [];

/** Every number `solveDlp` reads from `input`, as arrays (copies, so later changes to the input cannot reach them). */
export function dlpKey(input: DlpInput): Key {
  const { classes, costs } = input;
  const items = costs.rowStart[classes.length]!;
  const skus = new Int32Array(items),
    qty = new Float64Array(items),
    lambda = new Float64Array(classes.length);
  classes.forEach((c, k) => {
    skus.set(c.skus, costs.rowStart[k]!);
    qty.set(c.qty, costs.rowStart[k]!);
    lambda[k] = c.lambda;
  });
  const sizes = Float64Array.of(input.nodes, input.skus, classes.length, input.orders ?? NaN);
  return [
    sizes,
    costs.rowStart.slice(),
    skus,
    qty,
    lambda,
    costs.box.slice(),
    costs.unit.slice(),
    costs.penalty.slice(),
    input.carried.slice(),
    input.supply.slice(),
    input.capacity.slice(),
  ];
}

/** Whether two views hold the same bytes. */
function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
    y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Whether two keys are the same input. */
export function sameKey(a: Key, b: Key): boolean {
  return a.length === b.length && a.every((v, i) => sameBytes(v, b[i]!));
}

/**
 * `solveDlp(input)`, or the solution of an input equal to it bit for bit solved before.
 * The solution is shared: read it, never change it.
 * @throws LpError as `solveDlp` does (nothing is kept then)
 */
export function sharedDlp(input: DlpInput): DlpSolution {
  const key = dlpKey(input);
  const at = kept.findIndex((k) => sameKey(k.key, key));
  if (at >= 0) {
    const [hit] = kept.splice(at, 1);
    kept.push(hit!);
    return hit!.solution;
  }
  const solution = solveDlp(input);
  if (kept.length >= KEPT) kept.shift();
  kept.push({ key, solution });
  return solution;
}
