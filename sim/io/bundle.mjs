/**
 * RouteLab's TypeScript bundled into plain JavaScript (esbuild), so the command and its worker
 * threads start without registering tsx and transpiling every module. Plain JavaScript itself
 * (with its types in bundle.d.mts), because the command's launcher (cli/routelab.mjs) runs it
 * before anything can load TypeScript.
 *
 * One build holds every entry (the command and each worker job), sharing chunks. It is built
 * once per change of the sources: its folder in the temp dir is named by a hash of them (every
 * file under sim/, the lock file, the build), which takes about 10 ms to check. Packages stay
 * imports of the files this checkout resolves, and `import.meta.url` in each module still names
 * its source file (data files and fonts are found beside it).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The bundled entries, by the job they do (paths under sim/). */
export const BUNDLE_ENTRIES = {
  main: 'cli/main.ts',
  replicate: 'io/replicate-worker.ts',
  sweep: 'io/sweep-worker.ts',
  bound: 'io/bound-thread.ts',
  lp: 'io/lp-worker.ts',
  chart: 'io/chart-worker.ts',
};

/** Bumped when the build below changes, so an old bundle is not reused. */
const BUILD_VERSION = 2;

const SIM = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(SIM, '..');

/** Every file under `dir`, sorted, as paths. */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** What the bundle is made of: the sources, the lock file (which package files it imports), the build. */
function sourceHash(esbuildVersion) {
  const h = createHash('sha256').update(`${BUILD_VERSION}\0${esbuildVersion}\0${ROOT}\0`);
  for (const f of filesUnder(SIM)) h.update(f).update('\0').update(readFileSync(f)).update('\0');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(lock)) h.update(readFileSync(lock));
  return h.digest('hex').slice(0, 16);
}

let built;

/**
 * The file URL of each entry's bundled module (`BUNDLE_ENTRIES`), built on first use (once per
 * process and change of the sources). Rejects when it cannot be built here (no esbuild, no
 * writable temp dir); callers then load the TypeScript through tsx.
 * @example (await bundleUrls()).main // 'file:///tmp/routelab-bundle-0-3f9b…/cli/main.mjs'
 */
export function bundleUrls() {
  return (built ??= build());
}

async function build() {
  const esbuild = await import('esbuild');
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `routelab-bundle-${uid ?? 'u'}-${sourceHash(esbuild.version)}`);
  const urls = Object.fromEntries(
    Object.entries(BUNDLE_ENTRIES).map(([job, mod]) => [
      job,
      pathToFileURL(join(dir, mod.replace(/\.ts$/, '.mjs'))).href,
    ]),
  );
  if (existsSync(dir)) {
    // code another user left in a shared temp dir is never run
    if (uid !== undefined && statSync(dir).uid !== uid) throw new Error(`${dir} is not this user's`);
    return urls;
  }
  const staging = `${dir}.${process.pid}.${Date.now()}`;
  mkdirSync(staging, { mode: 0o755 });
  try {
    await esbuild.build({
      entryPoints: Object.values(BUNDLE_ENTRIES).map((m) => join(SIM, m)),
      outdir: staging,
      outbase: SIM,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node.split('.')[0]}`,
      // Node's own resolution: the import and node conditions, a package's main field
      conditions: [],
      mainFields: ['main'],
      sourcemap: 'linked',
      sourcesContent: false,
      banner: { js: 'process.setSourceMapsEnabled(true);' },
      logLevel: 'silent',
      plugins: [
        {
          name: 'routelab-bundle',
          setup(b) {
            // a package stays an import, of the file this checkout resolves (the bundle is in the temp dir)
            b.onResolve({ filter: /^[^./]/ }, async (args) => {
              if (isBuiltin(args.path) || args.pluginData === 'inner') return undefined;
              const r = await b.resolve(args.path, {
                kind: args.kind,
                resolveDir: args.resolveDir,
                pluginData: 'inner',
              });
              if (r.errors.length) return { errors: r.errors };
              return { path: pathToFileURL(r.path).href, external: true };
            });
            // import.meta.url names the module's source file, as it does unbundled
            b.onLoad({ filter: /\.m?[jt]s$/ }, (args) => ({
              contents: readFileSync(args.path, 'utf8').replaceAll(
                'import.meta.url',
                JSON.stringify(pathToFileURL(args.path).href),
              ),
              loader: args.path.endsWith('.ts') ? 'ts' : 'js',
            }));
          },
        },
      ],
    });
    try {
      renameSync(staging, dir);
    } catch {
      if (!existsSync(dir)) throw new Error(`could not write the bundle in ${dir}`);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return urls;
}
