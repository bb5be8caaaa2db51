import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../../platform/repo-paths';

/**
 * The packet page's script and style, built from packet-page/ (TypeScript, with the envelope from shared/packet/)
 * into one IIFE and one minified style sheet by esbuild, on the first packet the studio makes, then kept in
 * memory: every packet of this run embeds the same two strings, and their CSP hashes with them.
 *
 * The installed desktop app carries no TypeScript sources (electron-builder.yml leaves them out), so there
 * `npm run build:electron` has built the same two files into dist/electron/ beforehand, with the same options.
 */

export interface PacketPageAssets {
  script: string;
  style: string;
}

export interface PacketPagePaths {
  /** packet-page/: main.ts, page.css and tsconfig.json. */
  sourceDir: string;
  /** Where build:electron put packet-page.js and packet-page.css. */
  prebuiltDir: string;
}

const defaultPaths: PacketPagePaths = {
  sourceDir: join(repoRoot, 'packet-page'),
  prebuiltDir: join(repoRoot, 'dist', 'electron'),
};

/** Current Chromium, Firefox and Safari, and the Safari of two years back on iPhones. */
export const PACKET_PAGE_TARGETS = ['chrome110', 'firefox115', 'safari16'];

let cached: Promise<PacketPageAssets> | undefined;

export function packetPageAssets(): Promise<PacketPageAssets> {
  cached ??= loadPacketPageAssets(defaultPaths).catch((error: unknown) => {
    // A failed build is not remembered: the next packet tries again.
    cached = undefined;
    throw error;
  });
  return cached;
}

/** From the sources when they are there (a checkout: always current), else the copies built with the app. */
export async function loadPacketPageAssets(paths: PacketPagePaths): Promise<PacketPageAssets> {
  const assets = existsSync(join(paths.sourceDir, 'main.ts'))
    ? await buildFromSources(paths.sourceDir)
    : {
        script: await readFile(join(paths.prebuiltDir, 'packet-page.js'), 'utf8'),
        style: await readFile(join(paths.prebuiltDir, 'packet-page.css'), 'utf8'),
      };
  return { script: inlineSafe(assets.script.trim(), 'script'), style: inlineSafe(assets.style.trim(), 'style') };
}

async function buildFromSources(sourceDir: string): Promise<PacketPageAssets> {
  const esbuild = await import('esbuild');
  // The same options as the packet page builds in main/electron/build.mjs.
  const [script, style] = await Promise.all([
    esbuild.build({
      absWorkingDir: repoRoot,
      entryPoints: [join(sourceDir, 'main.ts')],
      tsconfig: join(sourceDir, 'tsconfig.json'),
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: PACKET_PAGE_TARGETS,
      minify: true,
      legalComments: 'none',
      charset: 'utf8',
      logLevel: 'silent',
    }),
    esbuild.build({
      entryPoints: [join(sourceDir, 'page.css')],
      bundle: true,
      write: false,
      minify: true,
      charset: 'utf8',
      target: PACKET_PAGE_TARGETS,
      logLevel: 'silent',
    }),
  ]);
  return { script: script.outputFiles[0]!.text, style: style.outputFiles[0]!.text };
}

/**
 * Text that goes between `<script>` (or `<style>`) tags must not close them early or open an HTML comment; esbuild
 * escapes `</script` in strings, and this check makes sure nothing else does it.
 */
function inlineSafe(text: string, tag: 'script' | 'style'): string {
  if (new RegExp(`</${tag}|<!--`, 'i').test(text)) throw new Error(`the packet page ${tag} cannot be inlined`);
  return text;
}
