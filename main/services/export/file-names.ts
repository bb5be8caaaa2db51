import type { Language } from '../../../shared/i18n/language';
import { foldLatin } from '../../../shared/text/fold-latin';

/**
 * File names for exports that are safe on Windows, macOS and Linux: ASCII letters, digits and dashes only (so
 * no path separators, reserved characters, control characters or look-alike Unicode), never a reserved device
 * name, never empty, and short enough for any file system.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

export function safeSlug(text: string, fallback: string, maxLength = 60): string {
  const slug = foldLatin(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug && !RESERVED.test(slug) ? slug : fallback;
}

/** An attachment's own name made safe, its extension kept (lower case) so it still opens with the right program. */
export function safeAttachmentName(name: string, fallback: string): string {
  const match = /^(.*?)(\.[A-Za-z0-9]{1,8})?$/.exec(name.trim());
  const extension = (match?.[2] ?? '').toLowerCase();
  return `${safeSlug(match?.[1] ?? '', fallback, 60)}${extension}`;
}

/** What a file or attachment is called when its own name leaves nothing to keep, in the reader's language. */
export const NAMELESS = {
  file: { nl: 'bestand', en: 'file' },
  attachment: { nl: 'bijlage', en: 'attachment' },
} as const satisfies Record<string, Record<Language, string>>;

/** Makes every name in a bundle unique by numbering repeats: "foto.jpg", "foto-2.jpg". */
export function uniqueNames(): (name: string) => string {
  const seen = new Set<string>();
  return (name) => {
    const dot = name.lastIndexOf('.');
    const base = dot > 0 ? name.slice(0, dot) : name;
    const extension = dot > 0 ? name.slice(dot) : '';
    let candidate = name;
    for (let count = 2; seen.has(candidate.toLowerCase()); count += 1) candidate = `${base}-${count}${extension}`;
    seen.add(candidate.toLowerCase());
    return candidate;
  };
}

/** The public certificate's file name: whose certificate it is, in the coach's language. */
export function certificateFileName(coachName: string, language: Language): string {
  const word = language === 'nl' ? 'ondertekeningscertificaat' : 'signing-certificate';
  const who = safeSlug(coachName, '');
  return who ? `${word}-${who}.cer` : `${word}.cer`;
}
