import type { ImportKind } from '../../../shared/domain/import';
import { looksLikePacket } from '../../../shared/packet/packet-format';
import type { Language } from '../../../shared/i18n/language';

/** What the first bytes say a file really is, when that is something we recognise. */
export function sniffContent(bytes: Uint8Array): {
  kind: 'zip' | 'other-binary' | 'text';
  what?: string;
  /** Text in UTF-16, as its byte order mark says; other text is read as UTF-8. */
  encoding?: 'utf-16le' | 'utf-16be';
} {
  const starts = (...magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
  // UTF-16 text is half NUL bytes: known by its byte order mark before the binary check counts them.
  if (starts(0xff, 0xfe)) return { kind: 'text', encoding: 'utf-16le' };
  if (starts(0xfe, 0xff)) return { kind: 'text', encoding: 'utf-16be' };
  if (starts(0x50, 0x4b, 0x03, 0x04)) return { kind: 'zip' };
  if (starts(0x50, 0x4b, 0x05, 0x06)) return { kind: 'zip' };
  if (starts(0x89, 0x50, 0x4e, 0x47)) return { kind: 'other-binary', what: 'png' };
  if (starts(0xff, 0xd8, 0xff)) return { kind: 'other-binary', what: 'jpeg' };
  if (starts(0x47, 0x49, 0x46, 0x38)) return { kind: 'other-binary', what: 'gif' };
  if (starts(0x25, 0x50, 0x44, 0x46)) return { kind: 'other-binary', what: 'pdf' };
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return { kind: 'other-binary', what: 'doc' };
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return { kind: 'other-binary', what: 'rtf' };
  if (starts(0x1f, 0x8b)) return { kind: 'other-binary', what: 'gzip' };
  if (starts(0x52, 0x49, 0x46, 0x46)) return { kind: 'other-binary', what: 'riff' };
  if (starts(0x4d, 0x5a)) return { kind: 'other-binary', what: 'exe' };
  if (starts(0x7f, 0x45, 0x4c, 0x46)) return { kind: 'other-binary', what: 'exe' };
  // Text may contain stray NULs or bad bytes; mostly-binary content is not text.
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  if (sample.length > 0 && control / sample.length > 0.1) return { kind: 'other-binary', what: 'binary' };
  if (looksLikePacket(bytes)) return { kind: 'text', what: 'packet' };
  return { kind: 'text' };
}

export function kindFromName(name: string): ImportKind | undefined {
  const extension = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase();
  switch (extension) {
    case 'eml':
      return 'email';
    case 'docx':
      return 'docx';
    case 'txt':
      return 'text';
    case 'md':
    case 'markdown':
      return 'markdown';
    case 'html':
    case 'htm':
      return 'html';
    case 'passie':
      return 'packet';
    default:
      return undefined;
  }
}

/** What a file really is, in the coach's words, per language. */
export const CONTENT_NAMES: Record<Language, Record<string, string>> = {
  nl: {
    png: 'een afbeelding (PNG)',
    jpeg: 'een afbeelding (JPEG)',
    gif: 'een afbeelding (GIF)',
    pdf: 'een PDF-document',
    doc: 'een oud Word-document (.doc); sla het op als .docx',
    rtf: 'een RTF-document',
    gzip: 'een gecomprimeerd bestand',
    riff: 'een audio- of videobestand',
    exe: 'een programma',
    binary: 'een binair bestand',
    zip: 'een zip-archief',
    text: 'een tekstbestand',
    packet: 'een antwoordpakket (.passie)',
    expected_text: 'tekstbestand',
    expected_email: 'e-mail',
    expected_docx: 'Word-document',
    expected_html: 'webpagina',
    expected_packet: 'antwoordpakket (.passie)',
  },
  en: {
    png: 'a PNG image',
    jpeg: 'a JPEG image',
    gif: 'a GIF image',
    pdf: 'a PDF document',
    doc: 'an old Word document (.doc); save it as .docx',
    rtf: 'an RTF document',
    gzip: 'a compressed file',
    riff: 'an audio or video file',
    exe: 'a program',
    binary: 'a binary file',
    zip: 'a zip archive',
    text: 'a text file',
    packet: 'an answer packet (.passie)',
    expected_text: 'a text file',
    expected_email: 'an e-mail',
    expected_docx: 'a Word document',
    expected_html: 'a web page',
    expected_packet: 'an answer packet (.passie)',
  },
};
