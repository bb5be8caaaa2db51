import MailComposer from 'nodemailer/lib/mail-composer';
import { escapeHtml } from '../../../shared/email/reply-body';
import type { ReplyMessage } from '../../../shared/email/reply-message';
import type { Language } from '../../../shared/i18n/language';

export interface EmlAttachment {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export interface EmlDraftInput {
  message: ReplyMessage;
  /** The client's name beside the address in To, when the coach recorded an address. */
  clientName: string;
  /** The coach as sender, when the coach recorded an e-mail address (a name alone is no From). */
  coach: { name: string; email?: string | undefined };
  /** The language the message is written in, for the HTML's `lang` (screen readers, hyphenation). */
  language: Language;
  date: Date;
  attachments: readonly EmlAttachment[];
}

/**
 * An unsent e-mail as an RFC 5322 message (.eml): multipart/mixed holding multipart/alternative (plain text, then
 * HTML) and the attachments. `X-Unsent: 1` makes Outlook open it as a new message to send rather than one received;
 * Thunderbird and Apple Mail open an .eml as a message the coach can send on. The MIME is nodemailer's (encoded
 * words for non-ASCII headers, RFC 2231 file names, line lengths, boundaries), never written by hand here.
 */
export async function emlDraft(input: EmlDraftInput): Promise<Buffer> {
  const { message, coach } = input;
  const composer = new MailComposer({
    ...(message.to === '' ? {} : { to: { name: input.clientName, address: message.to } }),
    ...(coach.email ? { from: { name: coach.name, address: coach.email } } : {}),
    subject: message.subject,
    date: input.date,
    text: message.text,
    html: htmlDocument(message.html, input.language),
    attachments: input.attachments.map((attachment) => ({
      filename: attachment.fileName,
      contentType: attachment.contentType,
      content: attachment.bytes,
    })),
    headers: { 'X-Unsent': '1' },
    // Content is only ever given as bytes: nothing in a draft may make the composer read a file or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
    newline: 'windows',
  });
  return composer.compile().build();
}

/** The reply's HTML as a whole page: some mail programs show a bare fragment in the wrong character set. */
function htmlDocument(body: string, language: Language): string {
  return (
    `<!DOCTYPE html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"></head>` +
    `<body>${body}</body></html>`
  );
}
