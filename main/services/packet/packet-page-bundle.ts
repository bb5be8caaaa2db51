import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildState } from '../../platform/build-freshness';
import { builtPacketPageDir } from '../../platform/repo-paths';

/**
 * The packet page's script and style, as `npm run build:packet-page` (packet-page/build.mjs, part of `npm run
 * build` and of `npm install`) built them into dist/packet-page/: read on the first packet the studio makes, then
 * kept in memory, so every packet of this run embeds the same two strings, and their CSP hashes with them. Nothing
 * is compiled at run time; the installed desktop app carries the same two files.
 */

export interface PacketPageAssets {
  script: string;
  style: string;
}

let cached: Promise<PacketPageAssets> | undefined;

export function packetPageAssets(): Promise<PacketPageAssets> {
  cached ??= loadPacketPageAssets(builtPacketPageDir).catch((error: unknown) => {
    // A failed read is not remembered: the next packet tries again (after `npm run build`, say).
    cached = undefined;
    throw error;
  });
  return cached;
}

/** The built page in `dir`; refused when it is missing or older than packet-page/ (a checkout not rebuilt). */
export async function loadPacketPageAssets(dir: string): Promise<PacketPageAssets> {
  const state = await buildState(dir);
  if (state !== 'fresh') {
    throw new Error(
      state === 'missing'
        ? `The answer packet page is not built (${dir}); run \`npm run build\`.`
        : `The built answer packet page is older than its sources in packet-page/; run \`npm run build\`.`,
    );
  }
  const [script, style] = await Promise.all([
    readFile(join(dir, 'page.js'), 'utf8'),
    readFile(join(dir, 'page.css'), 'utf8'),
  ]);
  return { script: inlineSafe(script.trim(), 'script'), style: inlineSafe(style.trim(), 'style') };
}

/**
 * Text that goes between `<script>` (or `<style>`) tags must not close them early or open an HTML comment; esbuild
 * escapes `</script` in strings, and this check makes sure nothing else does it.
 */
function inlineSafe(text: string, tag: 'script' | 'style'): string {
  if (new RegExp(`</${tag}|<!--`, 'i').test(text)) throw new Error(`the packet page ${tag} cannot be inlined`);
  return text;
}
