import { createHash } from 'node:crypto';
import type { PacketPageData } from '../../../shared/packet/packet-page-data';
import { pageStrings } from '../../../shared/packet/page-strings';
import type { PacketPageAssets } from './packet-page-bundle';

/**
 * The packet page as one self-contained HTML file: the style and the script inline, the packet's data in a JSON
 * block, and a Content-Security-Policy that allows exactly that style and that script (by their SHA-256) and
 * nothing else — no other script, no style attribute, no fetch, no form, no frame, no base URL. Opened from
 * file://, the page has nothing to load and nowhere to send anything.
 */

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function packetCsp(assets: PacketPageAssets): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(assets.script)}`,
    `style-src ${sha256(assets.style)}`,
    'img-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Text for an HTML text node or a double-quoted attribute (where `'` needs no escape). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * JSON that stays inside its `<script type="application/json">` whatever the data holds: `<`, `>` and `&` as
 * JSON escapes (so no `</script>` or `<!--` can appear), and U+2028/U+2029 too, for tools that read it as script.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function packetPageHtml(data: PacketPageData, assets: PacketPageAssets): string {
  const text = pageStrings[data.language];
  return [
    '<!doctype html>',
    `<html lang="${data.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(packetCsp(assets))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(text.heading(data.coach.name.trim()))}</title>`,
    // An empty icon, so no browser goes looking for favicon.ico next to the file.
    '<link rel="icon" href="data:,">',
    `<style>${assets.style}</style>`,
    '</head>',
    '<body>',
    `<main id="app" class="page"><noscript><p>${escapeHtml(text.noScript)}</p></noscript></main>`,
    `<script type="application/json" id="packet-data">${inlineJson(data)}</script>`,
    `<script>${assets.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
