// Worker threads do not inherit tsx's loader, so this plain module registers it for the
// thread (ES modules and CommonJS, with source maps, so an error in a custom policy names
// its .ts line) and loads the TypeScript one.
import { register } from 'tsx/esm/api';
import { register as registerCjs } from 'tsx/cjs/api';

process.setSourceMapsEnabled(true);
register();
registerCjs();
const mod = await import('./replicate-worker.ts');
export default mod.default;
