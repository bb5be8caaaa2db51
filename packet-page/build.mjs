// `npm run build:packet-page`: the answer packet page's script and style, built once into dist/packet-page/ for
// every front-end (the CLI, the browser host, the desktop app and the installed app) to inline into the packets
// they make (main/services/packet/packet-page-bundle.ts reads them).
//
// page.js: packet-page/main.ts with the envelope code from shared/packet/, as one IIFE for any browser of the last
// two years (current Chromium, Firefox and Safari, and the Safari of two years back on iPhones); the page runs
// from file:// with a CSP that allows exactly this script by its hash. page.css: the style sheet, minified.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sourceRecorder } from '../main/platform/built-from.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
// --outdir exists for tests, which must not race the real build output.
const outdir = values.outdir ?? `${root}dist/packet-page`;
const targets = ['chrome110', 'firefox115', 'safari16'];

rmSync(outdir, { recursive: true, force: true });
const sources = sourceRecorder(root);
const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
  target: targets,
  plugins: [sources.plugin],
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['packet-page/main.ts'],
    outfile: `${outdir}/page.js`,
    tsconfig: `${root}packet-page/tsconfig.json`,
    platform: 'browser',
    format: 'iife',
  }),
  build({ ...common, entryPoints: ['packet-page/page.css'], outfile: `${outdir}/page.css` }),
]);
sources.write(outdir);
