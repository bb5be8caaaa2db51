import type { ParsedMail } from 'mailparser';
import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';

/** Counts MIME parts and multipart nesting from the raw headers, before mailparser builds its tree. */
export function mimeShape(bytes: Uint8Array): { parts: number; depth: number } {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const boundaries: string[] = [];
  let parts = 0;
  for (const match of text.matchAll(/boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"\r\n]{1,200}))/gi)) {
    boundaries.push(match[1] ?? match[2] ?? '');
  }
  const unique = new Set(boundaries);
  for (const match of text.matchAll(/^--([^\r\n]{1,200}?)(?:--)?[ \t]*\r?$/gm)) {
    if (unique.has(match[1] ?? '')) parts++;
  }
  const rfc822 = (text.match(/^content-type:\s*message\/rfc822/gim) ?? []).length;
  return { parts, depth: unique.size + rfc822 };
}

export interface ParsedEmail {
  subject?: string;
  sender?: string;
  date?: Date;
  html?: string;
  text?: string;
  attachments: { name: string; mediaType: string; content: Buffer }[];
}

/** Throws 'complex' when the structure exceeds the limits; mailparser errors surface as 'damaged'. */
export async function parseEmail(bytes: Uint8Array): Promise<ParsedEmail | 'complex' | 'damaged'> {
  const shape = mimeShape(bytes);
  if (shape.parts > IMPORT_LIMITS.maxMimeParts || shape.depth > IMPORT_LIMITS.maxMimeDepth) return 'complex';
  let mail: ParsedMail;
  try {
    const { simpleParser } = await import('mailparser');
    mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
      skipTextLinks: true,
    });
  } catch {
    return 'damaged';
  }
  const from = mail.from?.value[0];
  const sender = from ? [from.name, from.address ? `<${from.address}>` : ''].filter(Boolean).join(' ') : undefined;
  return {
    subject: mail.subject || undefined,
    sender: sender || undefined,
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : undefined,
    html: typeof mail.html === 'string' && mail.html.trim() ? mail.html : undefined,
    text: mail.text?.trim() ? mail.text : undefined,
    attachments: mail.attachments.map((attachment) => ({
      name: attachment.filename ?? '',
      mediaType: attachment.contentType || 'application/octet-stream',
      content: attachment.content,
    })),
  };
}

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** An attachment name safe to show and to save anywhere: no folders, control or bidi characters, no device names. */
export function safeAttachmentName(raw: string, fallback: string): string {
  let name =
    raw
      .normalize('NFC')
      .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '')
      .split(/[\\/]/)
      .filter((part) => part.length > 0)
      .pop() ?? '';
  name = name
    .replace(/\.\.+/g, '.')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (RESERVED.test(name)) name = `_${name}`;
  if (name.length > 120) {
    const extension = /\.[\p{L}\p{N}]{1,10}$/u.exec(name)?.[0] ?? '';
    name = name.slice(0, 120 - extension.length) + extension;
  }
  return name || fallback;
}
