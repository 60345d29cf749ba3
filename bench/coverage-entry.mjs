// Worker threads do not inherit tsx's loader, so this plain module loads the TypeScript one.
import { tsImport } from 'tsx/esm/api';

const mod = await tsImport('./coverage-worker.ts', import.meta.url);
export default mod.default;
