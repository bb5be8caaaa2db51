import type { Catalogue } from '../../../shared/domain/catalogue';
import type { Answer, AttachmentRefSchema, RoundView } from '../../../shared/domain/dossier';
import { PASSIE_KEYS, PASSIE_LETTERS, type PassieKey, type ReplyBlocks } from '../../../shared/domain/passie';
import type { Language } from '../../../shared/i18n/language';
import type { z } from 'zod';
import { COLOURS, CONTENT_WIDTH, PAGE, type PageFlow } from './page-flow';
import { fieldRows, heading, style, writeRuns } from './pdf-document';
import { hasContent, LINE_SPACING, renderRichDoc } from './rich-text';
import { formatDateTime, formatDuration, type PdfStrings } from './strings';

/** The pieces of a round both the dossier and the single-reply PDF draw: answers, attachments, PASSIE blocks. */

export type AttachmentRef = z.infer<typeof AttachmentRefSchema>;

export interface ContentContext {
  text: PdfStrings;
  language: Language;
  /** The coach's own block labels in the document's language. */
  labels: Record<PassieKey, string>;
  catalogue: Catalogue;
  /** An attachment's bytes, read before drawing starts (drawing is synchronous); undefined when lost. */
  attachments: Map<string, Buffer | undefined>;
  timeZone?: string;
}

export const BODY_SIZE = 10.5;
const BODY_LINE = BODY_SIZE * LINE_SPACING;
const BLOCK_INDENT = 28;

/** Place and question of an answer, from the catalogue in the document's language. */
export function questionOf(answer: Answer, context: ContentContext): { place?: string; question: string } {
  if (!answer.questionId) return { place: context.text.freeQuestion, question: answer.title ?? '' };
  for (const place of context.catalogue.places) {
    const question = place.questions.find((candidate) => candidate.id === answer.questionId);
    if (question) return { place: place.name[context.language], question: question.text[context.language] };
  }
  return { question: answer.title ?? context.text.unknownQuestion(answer.questionId) };
}

/** Round heading and its dates: received, reply sent, and the response time in between. */
export function roundHeading(flow: PageFlow, round: RoundView, context: ContentContext): void {
  const { text, timeZone } = context;
  heading(flow, text.round(round.number), 20, 60);
  flow.y += 4;
  const rows: [string, string][] = [[text.received, formatDateTime(round.receivedAt, text, timeZone)]];
  if (round.reply) {
    rows.push([text.replied, formatDateTime(round.reply.sentAt, text, timeZone)]);
    rows.push([text.responseTime, formatDuration(Date.parse(round.reply.sentAt) - Date.parse(round.receivedAt), text)]);
  }
  fieldRows(flow, rows, { labelWidth: 110, size: 9.5 });
  flow.y += 6;
  flow.rule(PAGE.left, CONTENT_WIDTH);
  flow.y += 14;
}

/** Every answer under its place and question, with its attachments. */
export function answers(flow: PageFlow, round: RoundView, context: ContentContext): void {
  const { text } = context;
  heading(flow, text.answers, 13, 3 * BODY_LINE);
  flow.y += 4;
  if (round.answers.length === 0) {
    writeRuns(flow, [{ text: text.noAnswers, style: style('serifItalic', BODY_SIZE, COLOURS.muted) }], BODY_LINE);
  }
  round.answers.forEach((answer, index) => {
    if (index > 0) flow.skip(14);
    const { place, question } = questionOf(answer, context);
    const placeLines = place
      ? flow.layout(
          [{ text: place.toLocaleUpperCase(context.text.locale), style: style('sansBold', 8, COLOURS.accent) }],
          CONTENT_WIDTH,
        )
      : [];
    const questionLines = flow.layout([{ text: question, style: style('sansBold', 11) }], CONTENT_WIDTH);
    // Place, question and the first two lines of the answer stay together.
    flow.ensure(placeLines.length * 12 + questionLines.length * 15 + 6 + 2 * BODY_LINE);
    if (placeLines.length > 0) flow.place({ lines: placeLines, lineHeight: 12, x: PAGE.left });
    flow.place({ lines: questionLines, lineHeight: 15, x: PAGE.left });
    flow.y += 6;
    renderRichDoc(flow, answer.content, { x: PAGE.left, width: CONTENT_WIDTH, size: BODY_SIZE });
    for (const attachment of answer.attachments) attachmentBlock(flow, attachment, context);
  });
}

interface OpenedImage {
  width: number;
  height: number;
}

/** The image types pdfkit can embed; other attachments are listed by name. */
export const IMAGE_TYPES = /^image\/(png|jpe?g)$/i;

/** An image attachment scaled to fit the type area; other attachments by name and size. */
function attachmentBlock(flow: PageFlow, ref: AttachmentRef, context: ContentContext): void {
  const { text } = context;
  const caption = (note?: string) =>
    `${text.attachment}: ${ref.name} (${formatBytes(ref.size, context.text.locale)})${note ? ` — ${note}` : ''}`;
  const captionStyle = style('sansOblique', 8.5, COLOURS.muted);
  flow.skip(6);
  if (!IMAGE_TYPES.test(ref.mediaType)) {
    writeRuns(flow, [{ text: caption(), style: captionStyle }], 12);
    return;
  }
  const bytes = context.attachments.get(ref.id);
  if (!bytes) {
    writeRuns(flow, [{ text: caption(text.attachmentMissing), style: captionStyle }], 12);
    return;
  }
  let image: OpenedImage;
  try {
    // pdfkit parses the image once here (its types do not list openImage); a damaged file gets a caption.
    image = (flow.doc as unknown as { openImage: (source: Buffer) => OpenedImage }).openImage(bytes);
  } catch {
    writeRuns(flow, [{ text: caption(text.imageUnreadable), style: captionStyle }], 12);
    return;
  }
  const maxHeight = (PAGE.height - PAGE.top - PAGE.bottom) * 0.62;
  // Natural size at 96 dpi, a thumbnail-sized image at most doubled so it can be seen, never past the page.
  const natural = Math.max(0.75, Math.min(1.5, 150 / image.width));
  const scale = Math.min(natural, CONTENT_WIDTH / image.width, maxHeight / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  flow.ensure(height + 16);
  flow.doc.image(image as unknown as Buffer, PAGE.left, flow.y, { width, height });
  flow.y += height + 3;
  writeRuns(flow, [{ text: caption(), style: captionStyle }], 12);
}

function formatBytes(size: number, locale: string): string {
  const format = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${format(size / 1024)} kB`;
  return `${format(size / (1024 * 1024))} MB`;
}

/** A PASSIE block's letter in a filled circle, the coach's label beside it. */
function blockLabel(flow: PageFlow, key: PassieKey, label: string): void {
  const radius = 9;
  const { doc } = flow;
  const top = flow.y;
  doc
    .save()
    .circle(PAGE.left + radius, top + radius + 1, radius)
    .fill(COLOURS.accent)
    .restore();
  const letter = PASSIE_LETTERS[key];
  const letterWidth = flow.metrics.width(letter, 'sansBold', 10);
  flow.text(letter, PAGE.left + radius - letterWidth / 2, top + 1, 2 * radius, style('sansBold', 10, '#ffffff'));
  const lines = flow.layout(
    [{ text: label, style: style('sansBold', 11.5, COLOURS.accent) }],
    CONTENT_WIDTH - BLOCK_INDENT,
  );
  flow.place({ lines, lineHeight: 20, x: PAGE.left + BLOCK_INDENT });
  flow.y += 2;
}

/** The sent reply: each PASSIE block under its letter and the coach's label, in the fixed order of the circle. */
export function replyBlocks(flow: PageFlow, blocks: ReplyBlocks, context: ContentContext): void {
  for (const [index, key] of PASSIE_KEYS.entries()) {
    if (index > 0) flow.skip(10);
    // The label and the first two lines of its text stay together.
    flow.ensure(22 + 2 * BODY_LINE);
    blockLabel(flow, key, context.labels[key]);
    const frame = { x: PAGE.left + BLOCK_INDENT, width: CONTENT_WIDTH - BLOCK_INDENT, size: BODY_SIZE };
    if (hasContent(blocks[key])) renderRichDoc(flow, blocks[key], frame);
    else
      writeRuns(
        flow,
        [{ text: context.text.emptyBlock, style: style('serifItalic', BODY_SIZE, COLOURS.muted) }],
        BODY_LINE,
        frame.x,
        frame.width,
      );
  }
}

/** The coach's reply to a round, or a line saying there is none: drafts are never printed. */
export function replySection(flow: PageFlow, round: RoundView, context: ContentContext): void {
  const { text } = context;
  flow.skip(18);
  // The heading keeps the "sent on" line, the first block's label and two of its lines with it.
  heading(flow, text.reply, 13, 13 + 8 + 22 + 2 * BODY_LINE + 2);
  if (!round.reply) {
    const why = round.answeredOutside ? text.answeredOutside : text.noReply;
    writeRuns(flow, [{ text: why, style: style('serifItalic', BODY_SIZE, COLOURS.muted) }], BODY_LINE);
    return;
  }
  writeRuns(
    flow,
    [
      {
        text: text.sentOn(formatDateTime(round.reply.sentAt, text, context.timeZone)),
        style: style('sans', 9, COLOURS.muted),
      },
    ],
    13,
  );
  flow.y += 8;
  replyBlocks(flow, round.reply.blocks, context);
}
