/**
 * Problems with user input: collected, never thrown, so every problem in every file is
 * reported at once. Broken internal invariants throw ordinary errors instead.
 */

export type Severity = 'error' | 'warning' | 'note';

export interface Problem {
  severity: Severity;
  /** Stable identifier of the kind of problem, e.g. `bad-quantity`. */
  code: string;
  /** File the problem is in, as the user would type it (relative to the working directory). */
  file: string;
  /** 1-based line number, when the problem is at a line. */
  line?: number;
  /** 1-based column number, when the problem is in one column or key. */
  column?: number;
  /** Column or key name. */
  field?: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint: string;
}

/** Collects problems; `errors` block the run, warnings and notes are reported. */
export class Problems {
  readonly list: Problem[] = [];
  add(p: Problem): void {
    this.list.push(p);
  }
  error(p: Omit<Problem, 'severity'>): void {
    this.list.push({ severity: 'error', ...p });
  }
  warning(p: Omit<Problem, 'severity'>): void {
    this.list.push({ severity: 'warning', ...p });
  }
  note(p: Omit<Problem, 'severity'>): void {
    this.list.push({ severity: 'note', ...p });
  }
  get errors(): Problem[] {
    return this.list.filter((p) => p.severity === 'error');
  }
  get warnings(): Problem[] {
    return this.list.filter((p) => p.severity !== 'error');
  }
  hasErrors(): boolean {
    return this.list.some((p) => p.severity === 'error');
  }
}

const INPUT_ERROR = Symbol.for('routelab.InputError');

/** Thrown by the pipeline when input problems block a run; the CLI turns it into exit 2. */
export class InputError extends Error {
  readonly [INPUT_ERROR] = true;

  /**
   * `instanceof` by mark, not by module: a custom policy that the bundled command loads
   * through tsx imports its own copy of this module, and throws that copy's class.
   */
  static override [Symbol.hasInstance](x: unknown): boolean {
    return typeof x === 'object' && x !== null && INPUT_ERROR in x;
  }

  constructor(readonly problems: Problem[]) {
    const n = problems.filter((p) => p.severity === 'error').length;
    super(`${n} problem${n === 1 ? '' : 's'} in the input`);
    this.name = 'InputError';
  }
}

/** `file:line:column` for a problem, leaving out the parts it does not have. */
export function problemLocation(p: Problem): string {
  let s = p.file;
  if (p.line !== undefined) s += `:${p.line}`;
  if (p.line !== undefined && p.column !== undefined) s += `:${p.column}`;
  return s;
}

/** One line of text per problem: `orders.csv:14:4: error [quantity] "-2" is not … → fix`. */
export function formatProblem(p: Problem): string {
  const field = p.field ? ` [${p.field}]` : '';
  return `${problemLocation(p)}: ${p.severity}${field} ${p.message}\n    → ${p.hint}`;
}

export interface ProblemGroup {
  code: string;
  file: string;
  severity: Severity;
  count: number;
  shown: Problem[];
}

/**
 * Groups problems by file and code, keeping the first `perGroup` of each, so a file with
 * ten thousand repaired ZIPs prints a few examples and a count instead of ten thousand lines.
 */
export function groupProblems(problems: Problem[], perGroup = 20): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const key = `${p.severity}\u0000${p.file}\u0000${p.code}`;
    let g = groups.get(key);
    if (!g) {
      g = { code: p.code, file: p.file, severity: p.severity, count: 0, shown: [] };
      groups.set(key, g);
    }
    g.count++;
    if (g.shown.length < perGroup) g.shown.push(p);
  }
  const rank = { error: 0, warning: 1, note: 2 } as const;
  const firstLine = (g: ProblemGroup) => g.shown[0]?.line ?? 0;
  return [...groups.values()].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      firstLine(a) - firstLine(b),
  );
}

/** Text report of problems, grouped, errors first. */
export function formatProblems(problems: Problem[], perGroup = 20): string {
  const out: string[] = [];
  for (const g of groupProblems(problems, perGroup)) {
    for (const p of g.shown) out.push(formatProblem(p));
    const more = g.count - g.shown.length;
    if (more > 0)
      out.push(`  … and ${more} more ${g.severity}${more === 1 ? '' : 's'} like this (${g.code}) in ${g.file}`);
  }
  return out.join('\n');
}
