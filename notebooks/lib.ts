/**
 * What the notebooks show, as Jupyter display objects (no Deno API here, so the project's
 * tsc checks this file like any other): a Markdown table, Markdown text, and a Vega-Lite
 * chart as `application/vnd.vegalite.v5+json` plus its `image/svg+xml` rendering. A cell
 * shows them with `await show(…)` (Deno.jupyter.display, then a 20 ms pause: under nbconvert
 * the Deno kernel was seen to drop a cell's last-expression result, and a display sent just
 * before the cell ended).
 */
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';

/** A Jupyter MIME bundle behind Deno's display protocol. */
export interface Displayable {
  [key: symbol]: () => Record<string, unknown>;
}

const DISPLAY = Symbol.for('Jupyter.display');

function displayable(bundle: Record<string, unknown>): Displayable {
  return { [DISPLAY]: () => bundle };
}

type Jupyter = { display(bundle: Record<string, unknown>, options: { raw: true }): Promise<void> };

/** Shows each item in the cell's output, in order (only under the Deno Jupyter kernel). */
export async function show(...items: (Displayable | Promise<Displayable>)[]): Promise<void> {
  const jupyter = (globalThis as { Deno?: { jupyter?: Jupyter } }).Deno?.jupyter;
  if (!jupyter) throw new Error('show() needs the Deno Jupyter kernel');
  for (const item of items) await jupyter.display((await item)[DISPLAY]!(), { raw: true });
  // the kernel queues display messages: give them a moment to leave before the cell reports done
  await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Markdown text (with a plain-text copy for consoles). */
export function md(text: string): Displayable {
  return displayable({ 'text/markdown': text, 'text/plain': text });
}

type Cell = string | number | boolean | null | undefined;

/** A figure as text: numbers to `digits` decimals, null as an em dash. */
export function fmt(v: Cell, digits = 2): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isFinite(v) ? v.toFixed(digits) : String(v);
  return String(v);
}

/** Rows as a Markdown table, columns in the first row's key order; numbers to `digits` decimals. */
export function table(rows: Record<string, Cell>[], digits = 2): Displayable {
  if (rows.length === 0) return md('_(no rows)_');
  const cols = Object.keys(rows[0]!);
  // a column of whole numbers (counts, grid values) shows no decimals
  const whole = new Set(cols.filter((c) => rows.every((r) => typeof r[c] !== 'number' || Number.isInteger(r[c]))));
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `| ${cols.map(esc).join(' | ')} |`,
    `| ${cols.map((c) => (typeof rows[0]![c] === 'number' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${cols.map((c) => esc(fmt(r[c], whole.has(c) ? 0 : digits))).join(' | ')} |`),
  ];
  return md(lines.join('\n'));
}

const V5 = 'https://vega.github.io/schema/vega-lite/v5.json';

/**
 * A Vega-Lite chart: the spec (marked v5, which JupyterLab and VS Code render; the specs
 * used here are valid in both) and an SVG drawn headless by vega, for viewers without a
 * Vega-Lite renderer. Throws on any vega-lite or vega warning, so a broken chart fails CI.
 */
export async function chart(spec: TopLevelSpec): Promise<Displayable> {
  const withSchema = { ...spec, $schema: V5 } as TopLevelSpec;
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...a: unknown[]) => (warnings.push(a.map(String).join(' ')), logger),
    warn: (...a: unknown[]) => (warnings.push(a.map(String).join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  // vega-lite 6 compiles the same spec; only the $schema tag differs
  const compiled = vl.compile({ ...spec, $schema: 'https://vega.github.io/schema/vega-lite/v6.json' } as TopLevelSpec, {
    logger: logger as never,
  }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: logger as never });
  try {
    const svg = await view.toSVG();
    if (warnings.length) throw new Error(`chart warnings: ${warnings.join('; ')}`);
    return displayable({
      'application/vnd.vegalite.v5+json': withSchema,
      'image/svg+xml': svg,
      'text/plain': `<Vega-Lite chart: ${spec.title ?? 'untitled'}>`,
    });
  } finally {
    view.finalize();
  }
}
