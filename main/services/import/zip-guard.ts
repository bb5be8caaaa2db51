import type { Inflate, Zippable } from 'fflate';
import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';

/** Why a zip cannot be opened safely. */
export class ZipRefusedError extends Error {
  constructor(readonly reason: 'damaged' | 'bomb' | 'dtd' | 'paragraphs') {
    super(`zip refused: ${reason}`);
  }
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function readEntries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipRefusedError('damaged');
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipRefusedError('bomb'); // zip64: never a docx this size
  if (count > IMPORT_LIMITS.maxZipEntries) throw new ZipRefusedError('bomb');
  if (directoryOffset + directorySize > eocd) throw new ZipRefusedError('damaged');
  const entries: Entry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) throw new ZipRefusedError('damaged');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one entry, stopping as soon as it grows past what its header declared. */
function inflateCapped(InflateStream: typeof Inflate, data: Uint8Array, declared: number): Uint8Array {
  const output = new Uint8Array(declared);
  let written = 0;
  let done = false;
  const inflate = new InflateStream((chunk, final) => {
    if (written + chunk.length > declared) throw new ZipRefusedError('bomb');
    output.set(chunk, written);
    written += chunk.length;
    if (final) done = true;
  });
  const step = 64 * 1024;
  for (let at = 0; at < data.length; at += step) {
    inflate.push(data.subarray(at, at + step), at + step >= data.length);
  }
  if (!done || written !== declared) throw new ZipRefusedError('damaged');
  return output;
}

/**
 * Checks a .docx as a zip before anything reads it: entry count, declared sizes and ratios, then inflates each
 * entry with a hard cap, refuses XML with a DTD, and returns an uncompressed copy that mammoth can open without
 * inflating anything itself.
 */
export async function safeDocxZip(bytes: Uint8Array): Promise<Uint8Array> {
  // Loaded with the first .docx, not with every command.
  const { Inflate, zipSync } = await import('fflate');
  const entries = readEntries(bytes);
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (total > IMPORT_LIMITS.maxZipInflatedBytes) throw new ZipRefusedError('bomb');
    if (entry.size > 1_000_000 && entry.size / Math.max(1, entry.compressedSize) > IMPORT_LIMITS.maxZipRatio) {
      throw new ZipRefusedError('bomb');
    }
  }
  if (!entries.some((entry) => entry.name === 'word/document.xml')) throw new ZipRefusedError('damaged');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files: Zippable = {};
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const local = entry.localOffset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new ZipRefusedError('damaged');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + entry.compressedSize > bytes.length) throw new ZipRefusedError('damaged');
    const data = bytes.subarray(start, start + entry.compressedSize);
    let content: Uint8Array;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw new ZipRefusedError('damaged');
      content = data;
    } else if (entry.method === 8) {
      try {
        content = inflateCapped(Inflate, data, entry.size);
      } catch (error) {
        if (error instanceof ZipRefusedError) throw error;
        throw new ZipRefusedError('damaged');
      }
    } else {
      throw new ZipRefusedError('damaged');
    }
    if (/\.(xml|rels)$/i.test(entry.name)) {
      const xml = decodeXml(content);
      if (declaresDtd(xml)) throw new ZipRefusedError('dtd');
      if (entry.name === 'word/document.xml' && paragraphCount(xml) > IMPORT_LIMITS.maxDocxParagraphs) {
        throw new ZipRefusedError('paragraphs');
      }
    }
    files[entry.name] = [content, { level: 0 }];
  }
  return zipSync(files, { level: 0 });
}

/** XML text as its byte order mark says (UTF-16 either way), else UTF-8: what an XML parser would read. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder().decode(bytes);
}

/**
 * Whether the XML declares a DTD or entities: its whole prolog (declaration, comments, processing instructions,
 * everything before the root element) is read, however long, so no comment can push a DOCTYPE out of sight.
 * Anything else starting with `<!` before the root is refused too.
 */
export function declaresDtd(xml: string): boolean {
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (at < xml.length && /\s/.test(xml[at]!)) at++;
    if (at >= xml.length || xml[at] !== '<') return false;
    if (xml.startsWith('<?', at)) {
      const end = xml.indexOf('?>', at + 2);
      if (end < 0) return false;
      at = end + 2;
    } else if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at + 4);
      if (end < 0) return false;
      at = end + 3;
    } else {
      // `<!DOCTYPE`, `<!ENTITY` or any other declaration: refused. A name: the root element, the prolog is over.
      return xml[at + 1] === '!';
    }
  }
}

/** Paragraph elements (`<w:p>` and any other prefix's `p`, empty ones too), counted without parsing the XML. */
function paragraphCount(xml: string): number {
  return xml.match(/<(?:[A-Za-z_][\w.-]*:)?p[\s>/]/g)?.length ?? 0;
}
