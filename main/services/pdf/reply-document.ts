import type { RoundView } from '../../../shared/domain/dossier';
import { replyBlocks, type ContentContext } from './dossier-content';
import { COLOURS, CONTENT_WIDTH, PAGE } from './page-flow';
import { fieldRows, heading, openDocument, stampPages, widgetRect, type AddSignatureField } from './pdf-document';
import { formatDateTime, formatDuration, pdfStrings } from './strings';
import { exportVerification, type ExportSigning } from './verification-section';

export interface ReplyPdfInput extends ExportSigning {
  /** A round with a sent reply: the export service refuses the others before getting here. */
  round: RoundView & { reply: NonNullable<RoundView['reply']> };
  content: Omit<ContentContext, 'text' | 'language' | 'labels'>;
}

/**
 * One sent reply as a PDF the coach can give the client: who, which round, when it came in and was answered,
 * the seven PASSIE blocks, and the same verification and signature as the dossier.
 */
export async function replyPdf(input: ReplyPdfInput, addSignatureField: AddSignatureField): Promise<Buffer> {
  const { view, round, settings } = input;
  const language = settings.language;
  const text = pdfStrings[language];
  const context: ContentContext = { ...input.content, text, language, labels: settings.passieLabels[language] };
  const { doc, flow, finish } = await openDocument({
    title: `${text.replyTitle(round.number)} — ${view.traject.title}`,
    author: settings.coach.name,
    language: text.locale,
    created: input.exportedAt,
  });

  flow.newPage();
  heading(flow, text.replyTitle(round.number), 22, 80);
  flow.y += 8;
  const rows: [string, string][] = [
    [text.client, view.client.name],
    [text.traject, view.traject.title],
    [text.coach, [settings.coach.name, settings.coach.practice].filter(Boolean).join(', ')],
    [text.received, formatDateTime(round.receivedAt, text, context.timeZone)],
    [text.replied, formatDateTime(round.reply.sentAt, text, context.timeZone)],
    [text.responseTime, formatDuration(Date.parse(round.reply.sentAt) - Date.parse(round.receivedAt), text)],
  ];
  fieldRows(flow, rows, { labelWidth: 120, size: 10 });
  flow.y += 8;
  flow.rule(PAGE.left, CONTENT_WIDTH, COLOURS.accent, 1);
  flow.y += 18;
  replyBlocks(flow, round.reply.blocks, context);

  flow.skip(28);
  const spot = exportVerification(flow, input, text, context.timeZone);

  stampPages(flow, {
    header: `${view.client.name} · ${view.traject.title} · ${text.round(round.number)}`,
    footer: [settings.coach.name, settings.coach.practice].filter(Boolean).join(' · '),
    pageLabel: text.page,
  });
  doc.switchToPage(spot.page);
  addSignatureField(doc, widgetRect(spot));
  return finish();
}
