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

/** SVG text of a chart; warnings from vega-lite and vega go to `warnings` (not the console). */
export async function chartSvg(spec: TopLevelSpec, warnings: ChartWarnings = []): Promise<string> {
  const { vega, vl } = await load();
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
