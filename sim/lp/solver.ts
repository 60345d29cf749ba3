/**
 * The one door to the LP solver: HiGHS compiled to WebAssembly (the `highs` package, no
 * native build, works offline). A typed model builder collects columns (cost and bounds)
 * and sparse rows (bounds and coefficients) by index; `solveLp` minimizes and returns the
 * column values, or throws `LpError` saying why the solver did not reach an optimum.
 *
 * The WebAssembly module is compiled once by `loadLpSolver` (about 0.15 s), which every
 * entry point that may solve an LP awaits first (sim/io/scenario.ts readScenario does, for every command);
 * `solveLp` itself is synchronous. HiGHS is deterministic for a given model.
 */
import loadHighs from 'highs';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Highs | null = null;

/** Compiles HiGHS's WebAssembly, once; later calls return at once. */
export async function loadLpSolver(): Promise<void> {
  highs ??= await loadHighs();
}

function solver(): Highs {
  if (!highs)
    throw new Error(
      'the LP solver is not loaded: await loadLpSolver() before solving (sim/io/scenario.ts readScenario does)',
    );
  return highs;
}

/** Positive infinity as HiGHS reads it (for a bound that is not there). */
export const INF = Infinity;

/** A solver outcome other than an optimum (infeasible, unbounded, a limit hit, an internal failure). */
export class LpError extends Error {
  constructor(
    message: string,
    /** HiGHS model status name, e.g. `infeasible`. */
    readonly status: string,
  ) {
    super(message);
    this.name = 'LpError';
  }
}

/**
 * A linear program under construction: minimize Σ cost·x subject to row bounds, column bounds.
 * @example
 * const lp = new LpBuilder();
 * const a = lp.column(1), b = lp.column(2);   // min a + 2b
 * lp.row(1, INF, [a, b], [1, 1]);              // a + b ≥ 1
 * solveLp(lp).objective                        // 1 (a = 1, b = 0)
 */
export class LpBuilder {
  private cost: number[] = [];
  private lower: number[] = [];
  private upper: number[] = [];
  private rowLo: number[] = [];
  private rowHi: number[] = [];
  private starts: number[] = [0];
  private indices: number[] = [];
  private values: number[] = [];
  /**
   * Whether HiGHS presolves the LP (default true). An LP of many small blocks that share no
   * row (the priced bound's chunks) solves about 1.5× faster without: the same optimum.
   */
  presolve = true;
  /**
   * Whether only the solution's values are read, not its duals (default false). HiGHS then runs
   * its dual simplex with Dantzig pricing and no scaling (`VALUES_ONLY`): on the bound's LPs,
   * scaled already (costs in dollars, coefficients 1 and quantities), the demo's exact bound
   * solves in 1.07 s instead of 2.0 s, a priced chunk 15% and the DLP 25% faster, the same
   * optimum at the same values. Not for an LP whose duals are prices: they may differ where the optimum is degenerate.
   */
  valuesOnly = false;

  /** Number of columns and rows so far. */
  get columns(): number {
    return this.cost.length;
  }
  get rows(): number {
    return this.rowLo.length;
  }

  /** Adds a column with objective `cost` and bounds [lower, upper] (default [0, ∞)); returns its index. */
  column(cost: number, lower = 0, upper = INF): number {
    if (!Number.isFinite(cost)) throw new RangeError(`LP column cost must be finite, got ${cost}`);
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    return this.cost.length - 1;
  }

  /** Adds the row lower ≤ Σ coef[k]·x[cols[k]] ≤ upper (use ±INF for a missing side); returns its index. */
  row(lower: number, upper: number, cols: ArrayLike<number>, coef: ArrayLike<number>): number {
    if (cols.length !== coef.length) throw new RangeError('LP row: columns and coefficients differ in length');
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k]!;
      if (c < 0 || c >= this.cost.length) throw new RangeError(`LP row refers to column ${c}, which does not exist`);
      this.indices.push(c);
      this.values.push(coef[k]!);
    }
    this.rowLo.push(lower);
    this.rowHi.push(upper);
    this.starts.push(this.indices.length);
    return this.rowLo.length - 1;
  }

  /** The model as HiGHS reads it (rows in compressed sparse row form). */
  toModel() {
    const numCols = this.cost.length,
      numRows = this.rowLo.length;
    return {
      numCols,
      numRows,
      presolve: this.presolve,
      valuesOnly: this.valuesOnly,
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower),
      colUpper: Float64Array.from(this.upper),
      rowLower: Float64Array.from(this.rowLo),
      rowUpper: Float64Array.from(this.rowHi),
      matrix: {
        format: 'csr' as const,
        numRows,
        numCols,
        starts: Int32Array.from(this.starts),
        indices: Int32Array.from(this.indices),
        values: Float64Array.from(this.values),
      },
    };
  }
}

export interface LpSolution {
  /** Minimum of the objective. */
  objective: number;
  /** Value of each column, by index. */
  values: Float64Array;
  /** Dual value of each row, by index (the objective's change per unit of the row's bound). */
  duals: Float64Array;
  /** Simplex iterations HiGHS took. */
  iterations: number;
}

/** HiGHS's name for a model status number, e.g. 8 → `infeasible`. */
function statusName(h: Highs, status: number): string {
  return Object.entries(h.constants.modelStatus).find(([, v]) => v === status)?.[0] ?? String(status);
}

/** An LP as HiGHS reads it (`LpBuilder.toModel`): plain typed arrays, so it can be sent to another thread. */
export type LpModel = ReturnType<LpBuilder['toModel']>;

/** How `solveLp` runs HiGHS. */
export interface LpOptions {
  timeLimitSeconds?: number;
  method?: 'simplex' | 'ipm' | 'choose';
}

/**
 * Minimizes the builder's LP with HiGHS (dual simplex by default, log silenced).
 * @throws LpError when the LP has no optimum (infeasible, unbounded, a limit reached)
 */
export function solveLp(lp: LpBuilder, options: LpOptions = {}): LpSolution {
  return solveLpModel(lp.toModel(), options);
}

/** HiGHS's options for an LP whose duals are not read (`LpBuilder.valuesOnly`): dual simplex, Dantzig pricing, no scaling. */
const VALUES_ONLY = {
  solver: 'simplex',
  simplex_strategy: 1,
  simplex_dual_edge_weight_strategy: 0,
  simplex_scale_strategy: 0,
} as const;

/** `solveLp` for an LP already in HiGHS's form (one sent from another thread, say). */
export function solveLpModel(lp: LpModel, options: LpOptions = {}): LpSolution {
  if (lp.numCols === 0)
    return { objective: 0, values: new Float64Array(0), duals: new Float64Array(lp.numRows), iterations: 0 };
  const highs = solver();
  const model = highs.createModel(lp);
  try {
    model.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds ?? 600,
      solver: options.method ?? 'choose',
      presolve: lp.presolve ? 'choose' : 'off',
      ...(lp.valuesOnly && !options.method ? VALUES_ONLY : {}),
    });
    model.run();
    const status = model.getModelStatus();
    if (status !== highs.constants.modelStatus.optimal) {
      const name = statusName(highs, status);
      throw new LpError(`the LP solver stopped without an optimum: ${name}`, name);
    }
    const s = model.getSolution();
    return {
      objective: model.getObjectiveValue(),
      values: Float64Array.from(s.colValue),
      duals: Float64Array.from(s.rowDual ?? new Float64Array(lp.numRows)),
      iterations: Number(model.info.get('simplex_iteration_count')),
    };
  } finally {
    model.dispose();
  }
}
