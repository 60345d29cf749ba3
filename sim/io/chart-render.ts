/**
 * Headless chart rendering: Vega-Lite spec → Vega → SVG (a View with renderer 'none'),
 * SVG → PNG with resvg and the bundled DejaVu fonts (vega asks for sans-serif, which resvg
 * would map to an absent Arial). vega and resvg are loaded on first use only.
 */
import type { TopLevelSpec } from 'vega-lite';
import { chartFonts } from './report-assets.ts';

type Engines = {
  vega: typeof import('vega');
  vl: typeof import('vega-lite');
  renderAsync: typeof import('@resvg/resvg-js').renderAsync;
};
let engines: Promise<Engines> | null = null;

function load(): Promise<Engines> {
  engines ??= Promise.all([import('vega'), import('vega-lite'), import('@resvg/resvg-js')]).then(
    ([vega, vl, resvg]) => ({ vega, vl, renderAsync: resvg.renderAsync }),
  );
  return engines;
}

/**
 * Loads vega, vega-lite and resvg now (a thread otherwise idle, waiting for the bound, say),
 * so the first chart drawn does not wait for them.
 */
export function preloadChartEngines(): void {
  load().catch(() => undefined); // a failure is reported by the first chart drawn
}

/** Messages vega-lite and vega gave while compiling and rendering (none are expected). */
export type ChartWarnings = string[];

/**
 * A vega/vega-lite logger that keeps warnings and errors in a list instead of printing them.
 * Every method closes over the list and the level, never `this`: vega calls them with the
 * View (or nothing) as `this`.
 */
function collector(into: ChartWarnings) {
  let level = 2;
  const text = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error(...args: unknown[]) {
      into.push(`error: ${text(args)}`);
      return logger;
    },
    warn(...args: unknown[]) {
      if (level >= 2) into.push(text(args));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * SVG text of a chart; warnings from vega-lite and vega go to `warnings` (not the console).
 * Its clip paths and gradients are numbered from 1 (`resetSVGDefIds`: vega counts them across
 * the process), so a chart's SVG does not depend on the charts drawn before it, nor on the thread.
 */
export async function chartSvg(spec: TopLevelSpec, warnings: ChartWarnings = []): Promise<string> {
  const { vega, vl } = await load();
  vega.resetSVGDefIds();
  const logger = collector(warnings);
  const view = new vega.View(vega.parse(vl.compile(spec, { logger }).spec), { renderer: 'none', logger });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * PNG bytes of an SVG at `zoom` × its size, with DejaVu Sans for every sans-serif text.
 * Drawn on a thread of libuv's pool (resvg's renderAsync: the same drawing as `new Resvg`),
 * so this thread goes on with the next chart while the PNG is drawn.
 */
export async function svgPng(svg: string, zoom = 2): Promise<Uint8Array> {
  const { renderAsync } = await load();
  const png = await renderAsync(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: chartFonts(),
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'zoom', value: zoom },
    background: '#ffffff',
  });
  return png.asPng();
}

/** A chart to draw: its spec, and whether a PNG is wanted beside the SVG. */
export interface ChartTask {
  spec: TopLevelSpec;
  png: boolean;
}

/** A chart drawn: its SVG, its PNG (null when not asked for), what vega warned about while drawing it. */
export interface DrawnChart {
  svg: string;
  png: Promise<Uint8Array | null>;
  warnings: ChartWarnings;
}

/**
 * Draws a chart: the SVG in this thread, then its PNG on libuv's pool (`svgPng`), not awaited
 * here, so the caller goes on with the next chart while it is drawn.
 */
export async function drawChart({ spec, png }: ChartTask): Promise<DrawnChart> {
  const warnings: ChartWarnings = [];
  const svg = await chartSvg(spec, warnings);
  const drawing = png ? svgPng(svg) : Promise.resolve(null);
  drawing.catch(() => undefined); // the caller awaits it, maybe after the next chart
  return { svg, png: drawing, warnings };
}

/**
 * Draws the charts it claims from `tasks`, one at a time, until none is left: a chart is
 * claimed by adding 1 to the shared counter `next[0]` (Atomics), so two threads drawing the
 * same tasks each take the next chart when done with one, without asking the other.
 * Returns the charts this call drew, by task index; `onDrawn` is called as each one is.
 * @example const next = new Int32Array(new SharedArrayBuffer(4)); await drawClaimed(tasks, next) // every chart, here
 */
export async function drawClaimed(
  tasks: readonly ChartTask[],
  next: Int32Array,
  onDrawn?: (k: number, chart: DrawnChart) => void,
): Promise<Map<number, DrawnChart>> {
  const drawn = new Map<number, DrawnChart>();
  for (let k = Atomics.add(next, 0, 1); k < tasks.length; k = Atomics.add(next, 0, 1)) {
    const chart = await drawChart(tasks[k]!);
    drawn.set(k, chart);
    onDrawn?.(k, chart);
  }
  return drawn;
}
