// `npm run build:electron`: bundles the Electron main process, its import worker and the preload into dist/electron/.
// (The answer packet page it inlines into packets is built by packet-page/build.mjs, once for every front-end.)
//
// main.mjs: ESM for Node. Our own code is bundled; packages stay external and load from node_modules at run time
// (electron-builder ships the production dependencies), because bundled CommonJS packages that read data files
// next to themselves through __dirname (pdfkit's fonts, for one) break inside an ES module bundle.
// The bundle keeps import.meta.url of its own location, dist/electron/main.mjs. Modules that resolve paths from
// it (main/platform/app-version.ts reads ../../package.json, main/platform/repo-paths.ts finds the repo root) sit two
// folders deep in main/ as well, so those relative paths land on the same files from the bundle.
//
// preload.cjs: one self-contained CommonJS file, because a sandboxed preload cannot load ES modules or require
// anything but electron's own small module set. Built for the browser platform, so an accidental node: import
// fails the build instead of failing in the coach's window.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
// --outdir exists for tests, which must not race the real build output.
const outdir = values.outdir ?? `${root}dist/electron`;

rmSync(outdir, { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  external: ['electron'],
  logLevel: 'warning',
  legalComments: 'none',
  tsconfig: `${root}tsconfig.json`,
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['main/electron/main.ts'],
    outfile: `${outdir}/main.mjs`,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
  }),
  // The import worker (main/services/import/import-runner.ts) runs in a thread of its own, started from the file
  // import-worker.mjs beside the code that starts it: built here as its own entry, like main.mjs.
  build({
    ...common,
    entryPoints: ['main/services/import/import-thread.ts'],
    outfile: `${outdir}/import-worker.mjs`,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['main/electron/preload.ts'],
    outfile: `${outdir}/preload.cjs`,
    platform: 'browser',
    format: 'cjs',
    target: 'es2023',
    // The contract's zod schemas come along (with zod's locales); minified, the preload the renderer parses at
    // every page load shrinks from ~750 kB to ~450 kB.
    minify: true,
  }),
]);
