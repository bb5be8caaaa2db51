import type { Transform } from 'node:stream';
import type { ParsedMail } from 'mailparser';
import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';

/**
 * Counts MIME parts and their nesting with mailsplit, the splitter mailparser itself runs, before mailparser
 * decodes anything: boundaries are read as mailparser reads them (RFC 2231 continuations `boundary*0=`,
 * `boundary*1=` included), so no header form can hide parts from the count. Stops reading once past the limits.
 */
export async function mimeShape(bytes: Uint8Array): Promise<{ parts: number; depth: number }> {
  const { Splitter } = await import('@zone-eu/mailsplit');
  // mailsplit declares only its 'data' event; it is a Transform stream with all the others.
  const splitter = new Splitter() as unknown as Transform;
  let parts = 0;
  let depth = 0;
  return new Promise((resolve) => {
    const done = () => resolve({ parts, depth });
    splitter.on('data', (data: { type: string; parentNode?: unknown }) => {
      if (data.type !== 'node') return;
      parts++;
      let level = 0;
      for (let node = data.parentNode; node; node = (node as { parentNode?: unknown }).parentNode) level++;
      depth = Math.max(depth, level);
      if (parts > IMPORT_LIMITS.maxMimeParts || depth > IMPORT_LIMITS.maxMimeDepth) {
        splitter.destroy();
        done();
      }
    });
    splitter.on('end', done);
    splitter.on('close', done);
    // A message mailsplit cannot split is mailparser's to call damaged; the count so far stands.
    splitter.on('error', done);
    splitter.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}

export interface ParsedEmail {
  subject?: string;
  sender?: string;
  /** The sender's address alone, lower case. */
  senderAddress?: string;
  /** The Message-ID header, as the sending program wrote it. */
  messageId?: string;
  date?: Date;
  html?: string;
  text?: string;
  attachments: { name: string; mediaType: string; content: Buffer }[];
}

/** Throws 'complex' when the structure exceeds the limits; mailparser errors surface as 'damaged'. */
export async function parseEmail(bytes: Uint8Array): Promise<ParsedEmail | 'complex' | 'damaged'> {
  const shape = await mimeShape(bytes);
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
    senderAddress: from?.address?.trim().toLowerCase() || undefined,
    messageId: mail.messageId?.trim().slice(0, 998) || undefined,
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
