#!/usr/bin/env node
/**
 * The `routelab` command as `npm run routelab` and `npm run demo` start it: the bundled
 * JavaScript of cli/main.ts (io/bundle.mjs, rebuilt when the sources change), so a command
 * starts without transpiling RouteLab's TypeScript; where the bundle cannot be built, the
 * TypeScript itself through tsx. Both run the same code and write the same bytes.
 */
import { bundleUrls } from '../io/bundle.mjs';

const main = await bundleUrls().then(
  (urls) => urls.main,
  () => null,
);
if (main) await import(main);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
