// What a build was made from, so the built CLI can tell cheaply whether it is older than its sources: a build
// writes <outdir>/built-from.json, `{ "sources": { "<path from the repo root>": <mtimeMs>, … } }`, and
// main/platform/build-freshness.ts compares those times with the files' current ones (a stat per source, no walk
// through the tree). Used by main/cli/build.mjs and packet-page/build.mjs.
//
// Each source's time is taken just before esbuild reads it: a file saved during the build then differs from its
// record and counts as changed. Times are compared for equality, not against a clock, so a checkout whose files
// carry times from the future is still fresh once built. Packages (node_modules) are left out: `npm install`
// rebuilds anyway (postinstall).
import { statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const BUILT_FROM = 'built-from.json';

/** An esbuild plugin that notes each source file's time, and `write` to put the record next to the output. */
export function sourceRecorder(root) {
  const sources = {};
  const plugin = {
    name: 'record-sources',
    setup(build) {
      build.onLoad({ filter: /.*/, namespace: 'file' }, ({ path }) => {
        const fromRoot = relative(root, path).split(sep).join('/');
        if (!fromRoot.split('/').includes('node_modules')) sources[fromRoot] = statSync(path).mtimeMs;
        return undefined; // esbuild reads and loads the file as usual
      });
    },
  };
  const write = (outdir) => writeFileSync(join(outdir, BUILT_FROM), `${JSON.stringify({ sources }, null, 1)}\n`);
  return { plugin, write };
}
