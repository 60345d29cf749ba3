/**
 * The files the report inlines or renders with, found in node_modules: the browser builds
 * of vega, vega-lite and vega-embed (their package `exports` hide `build/*.min.js`, so the
 * folder is found from the resolved entry), the us-atlas state shapes and the DejaVu fonts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stateShapes, type StateShape } from '../report/charts/map.ts';
import type { Libraries } from '../report/html.ts';

const require = createRequire(import.meta.url);

/** The build folder of a package whose entry lives in it (vega, vega-lite, vega-embed). */
function buildDir(pkg: string): string {
  return dirname(require.resolve(pkg));
}

let libraries: Libraries | null = null;
let states: StateShape[] | null = null;

/** The minified browser builds, read once. */
export function reportLibraries(): Libraries {
  libraries ??= {
    vega: readFileSync(join(buildDir('vega'), 'vega.min.js'), 'utf8'),
    vegaLite: readFileSync(join(buildDir('vega-lite'), 'vega-lite.min.js'), 'utf8'),
    vegaEmbed: readFileSync(join(buildDir('vega-embed'), 'vega-embed.min.js'), 'utf8'),
  };
  return libraries;
}

/** US state outlines from us-atlas (states-10m.json), simplified for the page, read once. */
export function usStates(): StateShape[] {
  states ??= stateShapes(JSON.parse(readFileSync(require.resolve('us-atlas/states-10m.json'), 'utf8')));
  return states;
}

/** DejaVu Sans (regular and bold) from the dejavu-fonts-ttf package, so PNGs look the same on every machine. */
export function chartFonts(): string[] {
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return [join(dir, 'DejaVuSans.ttf'), join(dir, 'DejaVuSans-Bold.ttf')];
}
