/** Telling a custom policy module (`use: ./my-policy.ts`) from a built-in policy name. */

/** Whether a `use:` value names a module file rather than a built-in policy. */
export function isPolicyPath(use: string): boolean {
  return /^\.{1,2}[\\/]|^[\\/]|\.(ts|mts|js|mjs)$/.test(use);
}
