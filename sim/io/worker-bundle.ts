/**
 * The worker threads' bundled modules (bundle.mjs): a worker thread loads plain JavaScript
 * instead of registering tsx and transpiling every module again.
 */
import { bundleUrls, type BundleEntry } from './bundle.mjs';

/** The jobs a worker thread does. */
export type BundledJob = Exclude<BundleEntry, 'main'>;

let built: Promise<Record<BundledJob, string> | null> | undefined;

/**
 * The file URL of each job's bundled worker module, built on first use (once per process and
 * change of the sources); null when it cannot be built here (no esbuild, no writable temp
 * dir), and the workers load the TypeScript through tsx instead.
 */
export function bundledWorkers(): Promise<Record<BundledJob, string> | null> {
  return (built ??= bundleUrls().catch(() => null));
}
