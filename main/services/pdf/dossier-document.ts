import type { DossierView, RoundView } from '../../../shared/domain/dossier';
import { PASSIE_KEYS, PASSIE_LETTERS } from '../../../shared/domain/passie';
import { answers, questionOf, replySection, roundHeading, type ContentContext } from './dossier-content';
import { COLOURS, CONTENT_WIDTH, PAGE, type PageFlow } from './page-flow';
import {
  fieldRows,
  fitted,
  heading,
  openDocument,
  stampPages,
  style,
  widgetRect,
  writeRuns,
  type AddSignatureField,
} from './pdf-document';
import { renderRichDoc } from './rich-text';
import { formatDate, formatDateTime, formatDuration, formatShortDateTime, pdfStrings } from './strings';
import { exportVerification, type ExportSigning } from './verification-section';

export interface DossierPdfInput extends ExportSigning {
  content: Omit<ContentContext, 'text' | 'language' | 'labels'>;
  includeNotes: boolean;
}

/**
 * The dossier of one traject as a PDF, ready to sign: cover, overview with response times and contents, every
 * round (answers, then the sent reply by PASSIE block), optionally the coach's private notes, and the page with
 * the chain head, the certificate's fingerprint and the visible signature. Drafts are never printed.
 */
export async function dossierPdf(input: DossierPdfInput, addSignatureField: AddSignatureField): Promise<Buffer> {
  const { view, settings } = input;
  const language = settings.language;
  const text = pdfStrings[language];
  const context: ContentContext = {
    ...input.content,
    text,
    language,
    labels: settings.passieLabels[language],
  };
  const { doc, flow, finish } = await openDocument({
    title: `${text.dossierTitle} — ${view.traject.title}`,
    author: settings.coach.name,
    language: text.locale,
    created: input.exportedAt,
  });

  flow.newPage();
  cover(flow, input, context);
  const overviewStart = flow.pageCount;
  const notesShown = input.includeNotes && view.notes.length > 0;
  const items = overviewItems(view.rounds, notesShown, context);
  const overviewPages = paginate(items);
  for (let page = 0; page < overviewPages.length; page += 1) flow.newPage();

  const roundPages = new Map<string, number>();
  for (const round of view.rounds) {
    // Laying out a long dossier takes seconds: let the studio answer other calls between rounds.
    await new Promise((resolveTurn) => setImmediate(resolveTurn));
    flow.newPage();
    roundPages.set(round.id, flow.pageIndex);
    roundHeading(flow, round, context);
    answers(flow, round, context);
    replySection(flow, round, context);
  }

  const flagged = new Map<number, string>();
  let notesPage: number | undefined;
  if (notesShown) {
    flow.newPage();
    notesPage = flow.pageIndex;
    privateNotes(flow, view, context);
    for (let page = notesPage; page <= flow.pageIndex; page += 1)
      flagged.set(page, text.note.toLocaleUpperCase(text.locale));
  }

  flow.newPage();
  const verificationPage = flow.pageIndex;
  const spot = exportVerification(flow, input, text, context.timeZone);

  const pageOf = (target: OverviewTarget): number => {
    if (target === 'cover') return 1;
    if (target === 'overview') return overviewStart + 1;
    if (target === 'notes') return (notesPage ?? 0) + 1;
    if (target === 'verification') return verificationPage + 1;
    return (roundPages.get(target.round) ?? 0) + 1;
  };
  overviewPages.forEach((pageItems, index) => {
    doc.switchToPage(overviewStart + index);
    drawOverviewPage(flow, pageItems, pageOf, context);
  });

  stampPages(flow, {
    header: `${view.client.name} · ${view.traject.title}`,
    footer: [settings.coach.name, settings.coach.practice].filter(Boolean).join(' · '),
    pageLabel: text.page,
    flagged,
  });
  doc.switchToPage(spot.page);
  addSignatureField(doc, widgetRect(spot));
  return finish();
}

function cover(flow: PageFlow, input: DossierPdfInput, context: ContentContext): void {
  const { view, settings } = input;
  const { text, timeZone } = context;
  flow.y = PAGE.top + 30;
  if (settings.coach.practice)
    writeRuns(flow, [{ text: settings.coach.practice, style: style('sansBold', 12, COLOURS.accent) }], 17);
  if (settings.coach.name)
    writeRuns(flow, [{ text: settings.coach.name, style: style('sans', 10.5, COLOURS.muted) }], 15);
  flow.y = Math.max(flow.y, PAGE.top + 150);
  writeRuns(flow, [{ text: text.dossierTitle, style: style('sansBold', 30, COLOURS.accent) }], 38);
  flow.y += 4;
  writeRuns(flow, [{ text: view.traject.title, style: style('serif', 18) }], 24);
  flow.y += 18;
  flow.rule(PAGE.left, CONTENT_WIDTH, COLOURS.accent, 1.2);
  flow.y += 18;
  const end = view.traject.closedAt;
  const rows: [string, string][] = [
    [text.client, view.client.name],
    [text.traject, `${view.traject.title} (${text.status[view.traject.status]})`],
    ...(view.traject.goal ? ([[text.goal, view.traject.goal]] as [string, string][]) : []),
    [
      text.period,
      `${formatDate(view.traject.startedAt, text, timeZone)} – ${end ? formatDate(end, text, timeZone) : text.untilNow}`,
    ],
    [text.coach, settings.coach.name],
    ...(settings.coach.practice ? ([[text.practice, settings.coach.practice]] as [string, string][]) : []),
    [text.exported, formatDateTime(input.exportedAt.toISOString(), text, timeZone)],
  ];
  fieldRows(flow, rows, { labelWidth: 120, size: 10.5 });
  flow.skip(40);
  passieCircles(flow);
  flow.y += 14;
  writeRuns(flow, [{ text: text.method, style: style('serifItalic', 9.5, COLOURS.muted) }], 13.5);
}

/** The seven letters of the circle, as the studio shows them. */
function passieCircles(flow: PageFlow): void {
  const radius = 11;
  flow.ensure(2 * radius + 4);
  const { doc } = flow;
  PASSIE_KEYS.forEach((key, index) => {
    const centreX = PAGE.left + radius + index * (2 * radius + 8);
    doc
      .save()
      .circle(centreX, flow.y + radius, radius)
      .fill(COLOURS.accent)
      .restore();
    const letter = PASSIE_LETTERS[key];
    const width = flow.metrics.width(letter, 'sansBold', 11);
    flow.text(letter, centreX - width / 2, flow.y, 2 * radius, style('sansBold', 11, '#ffffff'));
  });
  flow.y += 2 * radius;
}

function privateNotes(flow: PageFlow, view: DossierView, context: ContentContext): void {
  const { text } = context;
  heading(flow, text.notes, 18, 40, COLOURS.private);
  flow.y += 4;
  writeRuns(flow, [{ text: text.notesWarning, style: style('sansBold', 9.5, COLOURS.private) }], 14);
  flow.y += 12;
  view.notes.forEach((note, index) => {
    if (index > 0) flow.skip(16);
    const label = `${text.note} · ${formatDateTime(note.at, text, context.timeZone)}`;
    heading(flow, label, 10, 2 * 15.2, COLOURS.private);
    flow.y += 3;
    renderRichDoc(flow, note.content, {
      x: PAGE.left + 12,
      width: CONTENT_WIDTH - 12,
      size: 10.5,
      bars: [{ x: PAGE.left, colour: COLOURS.private }],
    });
  });
}

// The overview: its length depends only on the number of rounds, so its pages are counted and kept free before
// the rounds are drawn, and filled in once every round's page number is known.

type OverviewTarget = 'cover' | 'overview' | 'notes' | 'verification' | { round: string };

type OverviewItem =
  | { kind: 'title' | 'tableHead' | 'contentsHeading' | 'gap' }
  | { kind: 'summary'; text: string }
  | { kind: 'round'; round: RoundView }
  | { kind: 'entry'; label: string; target: OverviewTarget };

const ITEM_HEIGHT: Record<OverviewItem['kind'], number> = {
  title: 34,
  summary: 15,
  gap: 14,
  tableHead: 22,
  round: 17,
  contentsHeading: 30,
  entry: 16,
};

function overviewItems(rounds: RoundView[], notesShown: boolean, context: ContentContext): OverviewItem[] {
  const { text } = context;
  const replied = rounds.filter((round) => round.reply);
  const items: OverviewItem[] = [
    { kind: 'title' },
    { kind: 'summary', text: text.roundsSummary(rounds.length, replied.length) },
  ];
  if (replied.length > 0) {
    const total = replied.reduce(
      (sum, round) => sum + Date.parse(round.reply!.sentAt) - Date.parse(round.receivedAt),
      0,
    );
    items.push({ kind: 'summary', text: text.averageResponse(formatDuration(total / replied.length, text)) });
  }
  if (rounds.length > 0) {
    items.push({ kind: 'gap' }, { kind: 'tableHead' }, ...rounds.map((round) => ({ kind: 'round' as const, round })));
  }
  items.push(
    { kind: 'gap' },
    { kind: 'contentsHeading' },
    { kind: 'entry', label: text.cover, target: 'cover' },
    { kind: 'entry', label: text.overview, target: 'overview' },
    ...rounds.map((round) => ({
      kind: 'entry' as const,
      label: roundEntry(round, context),
      target: { round: round.id },
    })),
  );
  if (notesShown) items.push({ kind: 'entry', label: text.notes, target: 'notes' });
  items.push({ kind: 'entry', label: text.verification, target: 'verification' });
  return items;
}

/** "Ronde 3 — Veilige haven, Humor": the round and the places its answers belong to. */
function roundEntry(round: RoundView, context: ContentContext): string {
  const places = [...new Set(round.answers.map((answer) => questionOf(answer, context).place).filter(Boolean))];
  return places.length > 0
    ? `${context.text.round(round.number)} — ${places.join(', ')}`
    : context.text.round(round.number);
}

/** Splits the overview into pages; a table continued on a new page repeats its head, headings keep company. */
function paginate(items: OverviewItem[]): OverviewItem[][] {
  const available = PAGE.height - PAGE.top - PAGE.bottom;
  const pages: OverviewItem[][] = [[]];
  let used = 0;
  items.forEach((item, index) => {
    const next = items[index + 1];
    const keep = item.kind === 'tableHead' || item.kind === 'contentsHeading' ? (next ? ITEM_HEIGHT[next.kind] : 0) : 0;
    if (used + ITEM_HEIGHT[item.kind] + keep > available && used > 0) {
      pages.push([]);
      used = 0;
      if (item.kind === 'gap') return;
      if (item.kind === 'round') {
        pages.at(-1)!.push({ kind: 'tableHead' });
        used += ITEM_HEIGHT.tableHead;
      }
    }
    pages.at(-1)!.push(item);
    used += ITEM_HEIGHT[item.kind];
  });
  return pages;
}

const COLUMNS = [
  { key: 'round', width: 52 },
  { key: 'received', width: 130 },
  { key: 'replied', width: 130 },
  { key: 'responseTime', width: 110 },
  { key: 'page', width: CONTENT_WIDTH - 52 - 130 - 130 - 110 },
] as const;

function drawOverviewPage(
  flow: PageFlow,
  items: OverviewItem[],
  pageOf: (target: OverviewTarget) => number,
  context: ContentContext,
): void {
  const { text, timeZone } = context;
  let y = PAGE.top;
  const cells = (values: string[], font: 'sans' | 'sansBold' | 'serif', colour: string = COLOURS.text) => {
    let x = PAGE.left;
    COLUMNS.forEach((column, index) => {
      const value = fitted(flow, values[index] ?? '', font, 9.5, column.width - 6);
      const right = column.key === 'page';
      const offset = right ? column.width - flow.metrics.width(value, font, 9.5) : 0;
      flow.text(value, x + offset, y, ITEM_HEIGHT.round, style(font, 9.5, colour));
      x += column.width;
    });
  };
  for (const item of items) {
    switch (item.kind) {
      case 'title':
        flow.text(text.overview, PAGE.left, y, ITEM_HEIGHT.title, style('sansBold', 20, COLOURS.accent));
        break;
      case 'summary':
        flow.text(
          fitted(flow, item.text, 'serif', 10.5, CONTENT_WIDTH),
          PAGE.left,
          y,
          ITEM_HEIGHT.summary,
          style('serif', 10.5),
        );
        break;
      case 'tableHead':
        cells(
          COLUMNS.map((column) => text.columns[column.key]),
          'sansBold',
          COLOURS.accent,
        );
        flow.doc
          .save()
          .lineWidth(0.8)
          .strokeColor(COLOURS.accent)
          .moveTo(PAGE.left, y + ITEM_HEIGHT.tableHead - 3)
          .lineTo(PAGE.left + CONTENT_WIDTH, y + ITEM_HEIGHT.tableHead - 3)
          .stroke()
          .restore();
        break;
      case 'round': {
        const { round } = item;
        cells(
          [
            String(round.number),
            formatShortDateTime(round.receivedAt, text, timeZone),
            round.reply
              ? formatShortDateTime(round.reply.sentAt, text, timeZone)
              : round.answeredOutside
                ? text.answeredOutsideShort
                : text.noReplyYet,
            round.reply ? formatDuration(Date.parse(round.reply.sentAt) - Date.parse(round.receivedAt), text) : '—',
            String(pageOf({ round: round.id })),
          ],
          'serif',
        );
        break;
      }
      case 'contentsHeading':
        flow.text(text.contents, PAGE.left, y + 6, 22, style('sansBold', 14, COLOURS.accent));
        break;
      case 'entry': {
        const page = String(pageOf(item.target));
        const pageWidth = flow.metrics.width(page, 'serif', 10);
        const label = fitted(flow, item.label, 'serif', 10, CONTENT_WIDTH - pageWidth - 40);
        const labelWidth = flow.metrics.width(label, 'serif', 10);
        flow.text(label, PAGE.left, y, ITEM_HEIGHT.entry, style('serif', 10));
        flow.text(page, PAGE.left + CONTENT_WIDTH - pageWidth, y, ITEM_HEIGHT.entry, style('serif', 10));
        // Dotted leaders between the entry and its page number, as in a printed book.
        const dotWidth = flow.metrics.width(' .', 'serif', 10);
        const from = PAGE.left + labelWidth + 8;
        const to = PAGE.left + CONTENT_WIDTH - pageWidth - 6;
        const dots = Math.max(0, Math.floor((to - from) / dotWidth));
        if (dots > 0)
          flow.text(' .'.repeat(dots), to - dots * dotWidth, y, ITEM_HEIGHT.entry, style('serif', 10, COLOURS.rule));
        break;
      }
      case 'gap':
        break;
    }
    y += ITEM_HEIGHT[item.kind];
  }
}
