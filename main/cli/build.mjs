// `npm run build:cli`: bundles the `passie-studio` command into dist/cli/ (package.json `bin`), so that a command
// runs JavaScript built beforehand instead of compiling TypeScript at every call. `npm install` runs it too
// (main/launcher/build-after-install.mjs).
//
// ESM for Node, our own code bundled, packages external as main/electron/build.mjs explains, with one exception:
// zod is bundled. As a package it is some 95 module files that Node finds and reads one by one at every start, for
// every command (the API contract is made of zod schemas); bundled, it is one file. It is plain ESM that reads no
// files of its own, and no external package shares schemas with us, so the bundled copy is the only one.
//
// Split into chunks at every dynamic import(): a command loads only the code it reaches, and the packages that code
// imports (pdfkit, jsdom, node-forge, ...) load only with it. The chunks sit next to the entry, two folders deep
// like main/platform/, so paths taken from import.meta.url land on the same files as from the sources.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sourceRecorder } from '../platform/built-from.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
// --outdir exists for tests, which must not race the real build output.
const outdir = values.outdir ?? `${root}dist/cli`;
const BUNDLED_PACKAGES = ['zod'];

rmSync(outdir, { recursive: true, force: true });
const sources = sourceRecorder(root);
await build({
  absWorkingDir: root,
  // import-worker.mjs beside the chunk that starts it (import-runner.ts): the import's worker thread, its own entry.
  entryPoints: { 'passie-studio': 'main/passie-studio.ts', 'import-worker': 'main/services/import/import-thread.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: `${root}tsconfig.json`,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [sources.plugin, packagesExternalExcept(BUNDLED_PACKAGES)],
});
chmodSync(`${outdir}/passie-studio.mjs`, 0o755);
sources.write(outdir);

/** esbuild's `packages: 'external'`, but for the packages named. */
function packagesExternalExcept(bundled) {
  const isBundled = (path) => bundled.some((name) => path === name || path.startsWith(`${name}/`));
  return {
    name: 'packages-external-except',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, ({ path }) => (isBundled(path) ? undefined : { path, external: true }));
    },
  };
}
