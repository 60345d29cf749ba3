/** The types of bundle.mjs (plain JavaScript: the launcher runs it before TypeScript can load). */

/** The bundled entries, by the job they do (paths under sim/). */
export declare const BUNDLE_ENTRIES: {
  readonly main: string;
  readonly replicate: string;
  readonly sweep: string;
  readonly bound: string;
  readonly lp: string;
  readonly chart: string;
};

export type BundleEntry = keyof typeof BUNDLE_ENTRIES;

/** The file URL of each entry's bundled module, built on first use; rejects when it cannot be built here. */
export declare function bundleUrls(): Promise<Record<BundleEntry, string>>;
