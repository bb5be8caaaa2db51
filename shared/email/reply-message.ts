import { salutationName, type ClientFields } from '../domain/client';
import { fillTemplate, type EmailSettings, type TemplateValues } from '../domain/email-settings';
import type { PassieKey, ReplyBlocks } from '../domain/passie';
import type { Language } from '../i18n/language';
import { escapeHtml, replyBody } from './reply-body';

/** A reply as the client will get it: addressed, greeted, signed off and signed. */
export interface ReplyMessage {
  /** The client's address, or '' when the coach has not recorded one. */
  to: string;
  subject: string;
  html: string;
  text: string;
}

export interface ReplyMessageInput {
  blocks: ReplyBlocks;
  client: Pick<ClientFields, 'name' | 'salutation' | 'email'>;
  coach: { name: string; practice: string };
  /** The client's language: it picks the templates and the block labels. */
  language: Language;
  /** The coach's block labels in the client's language, for the headings (when the coach wants them). */
  labels: Record<PassieKey, string>;
  round: number;
  traject: string;
  email: EmailSettings;
  /** Overrides the stored choice, for the preview's switch. */
  headings?: boolean;
}

/** Lines of a template or signature as HTML paragraphs, a line break where the coach pressed Enter. */
function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

/**
 * The whole message: greeting, the reply (as flowing text, or under the block headings), sign-off and signature.
 * One function for the preview, the clipboard, the mailto: link and the .eml draft, so all four say the same.
 */
export function replyMessage(input: ReplyMessageInput): ReplyMessage {
  const template = input.email[input.language];
  const values: TemplateValues = {
    firstName: salutationName(input.client),
    name: input.client.name,
    round: String(input.round),
    traject: input.traject,
    coach: input.coach.name,
    practice: input.coach.practice,
  };
  const greeting = fillTemplate(template.greeting, values).trim();
  const signOff = fillTemplate(template.signOff, values).trim();
  const signature = input.email.signature.trim();
  const withHeadings = input.headings ?? input.email.headings;
  const body = replyBody(input.blocks, withHeadings ? (key, letter) => `${letter} — ${input.labels[key]}` : undefined);

  const html = [greeting, body.html, signOff, signature]
    .map((part, at) => (at === 1 ? part : paragraphsHtml(part)))
    .filter((part) => part !== '');
  // "-- " on its own line is how mail programs recognise a signature (RFC 3676, 4.3).
  const text = [greeting, body.text, signOff, signature === '' ? '' : `-- \n${signature}`].filter(
    (part) => part !== '',
  );
  return {
    to: input.client.email ?? '',
    subject: fillTemplate(template.subject, values).replace(/\s+/g, ' ').trim(),
    html: `<div>${html.join('')}</div>`,
    text: text.join('\n\n'),
  };
}

/** The longest mailto: link handed over: mail programs on Windows cut links of about 2,000 characters. */
export const MAILTO_MAX_LENGTH = 1_900;

/**
 * A mailto: link with recipient and subject, and the plain text as body when it fits; when it does not, the body is
 * left out (the caller puts the message on the clipboard and says so) rather than cut off mid-sentence.
 */
export function mailtoLink(message: ReplyMessage): { href: string; withBody: boolean } {
  const to = message.to === '' ? '' : encodeURIComponent(message.to).replace(/%40/g, '@');
  const head = `mailto:${to}?subject=${encodeURIComponent(message.subject)}`;
  const full = `${head}&body=${encodeURIComponent(message.text.replace(/\r?\n/g, '\r\n'))}`;
  return full.length <= MAILTO_MAX_LENGTH ? { href: full, withBody: true } : { href: head, withBody: false };
}
