/**
 * `routelab validate <data-folder|scenario>`: a data readiness report (inventory
 * visibility first, routing second). Prints the report; writes readiness.md only with
 * --out and only when nothing blocks a run; exit 2 (via InputError) when something does.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkTarget } from '../io/validate-target.ts';
import { writeOwnFile } from '../io/own-file.ts';
import { requireOut } from '../io/out-errors.ts';
import { displayPath } from '../io/scenario.ts';
import { InputError } from '../problems.ts';
import { readinessJson, readinessMarkdown, readinessText, type ReadinessSource } from '../report/readiness-report.ts';
import type { DataCheck } from '../pipeline/check.ts';

export interface ValidateOptions {
  /** Also write the report as Markdown to this file (or to readiness.md in this folder). */
  out?: string;
  json?: boolean;
}

export interface ValidateResult {
  check: DataCheck;
  source: ReadinessSource;
  /** What to print. */
  output: string;
  /** readiness.md as written, or null. */
  written: string | null;
}

/** Where --out writes: the file given, or readiness.md inside it when it is a folder. */
function outPath(out: string): string {
  const p = requireOut(out);
  return existsSync(p) && statSync(p).isDirectory() ? join(p, 'readiness.md') : p;
}

/** Whether a file is a readiness report RouteLab wrote (the only kind `validate --out` overwrites). */
export const isReadinessReport = (start: string): boolean => start.startsWith('# Data readiness: ');

/**
 * Checks the data `arg` names and renders the report. Writes readiness.md to `opts.out`
 * only when nothing blocks a run (a blocked check writes nothing).
 */
export async function validateCommand(arg: string, opts: ValidateOptions, root: string): Promise<ValidateResult> {
  const { check, source } = await checkTarget(arg, root);
  let written: string | null = null;
  if (opts.out !== undefined && check.verdict !== 'not ready') {
    const path = outPath(opts.out);
    writeOwnFile(path, `${readinessMarkdown(check, source)}\n`, isReadinessReport);
    written = displayPath(path);
  }
  const output = opts.json
    ? JSON.stringify({ ...readinessJson(check, source), report: written }, null, 2)
    : `${readinessText(check, source)}${written ? `\n\nReport: ${written}` : ''}`;
  return { check, source, output, written };
}

/** Runs `validate` for the CLI: prints the report; blocking problems end it with exit 2 (after the report). */
export async function validateAction(target: string, opts: ValidateOptions, root: string): Promise<void> {
  const res = await validateCommand(target, opts, root);
  process.stdout.write(`${res.output}\n`);
  if (res.check.verdict === 'not ready') throw new InputError(res.check.problems);
}
