import { registerFonts, type FontName } from './fonts';
import { COLOURS, CONTENT_WIDTH, PAGE, PageFlow } from './page-flow';
import type { Run, TextStyle } from './text-layout';

/** Where the visible signature goes: the page (0-based) and the rectangle in pdfkit's top-left coordinates. */
export interface SignatureSpot {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Adds the signature field to the document, on its current page, before it is ended. */
export type AddSignatureField = (doc: PDFKit.PDFDocument, widgetRect: [number, number, number, number]) => void;

export interface OpenedDocument {
  doc: PDFKit.PDFDocument;
  flow: PageFlow;
  /** Ends the document and resolves to its bytes. */
  finish: () => Promise<Buffer>;
}

/**
 * A new A4 document with the studio's fonts, its pages buffered (so headers, page numbers and the table of
 * contents are filled in last), compressed content, and metadata that names the traject but not the client.
 */
export async function openDocument(meta: { title: string; author: string; language: string; created: Date }) {
  // Loaded on use: pdfkit costs a sixth of a second at start-up, and only exports need it.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    pdfVersion: '1.7',
    lang: meta.language,
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      Creator: 'PASSIE Studio',
      Producer: 'PASSIE Studio (pdfkit)',
      CreationDate: meta.created,
      ModDate: meta.created,
    },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolveEnded, rejectEnded) => {
    doc.on('end', () => resolveEnded(Buffer.concat(chunks)));
    doc.on('error', rejectEnded);
  });
  const flow = new PageFlow(doc);
  return {
    doc,
    flow,
    finish: () => {
      doc.end();
      return ended;
    },
  } satisfies OpenedDocument;
}

export function style(font: FontName, size: number, color: string = COLOURS.text, extra: Partial<TextStyle> = {}) {
  return { font, size, color, ...extra } satisfies TextStyle;
}

/** A paragraph of runs in the flow, at `x` (default: the left margin) and `width`. */
export function writeRuns(
  flow: PageFlow,
  runs: Run[],
  lineHeight: number,
  x: number = PAGE.left,
  width: number = CONTENT_WIDTH,
) {
  flow.place({ lines: flow.layout(runs, width), lineHeight, x });
}

/** A heading that keeps its own lines and `keep` points of what follows on one page. */
export function heading(flow: PageFlow, text: string, size: number, keep: number, colour: string = COLOURS.accent) {
  const lineHeight = size * 1.3;
  const lines = flow.layout([{ text, style: style('sansBold', size, colour) }], CONTENT_WIDTH);
  flow.ensure(lines.length * lineHeight + keep);
  flow.place({ lines, lineHeight, x: PAGE.left });
}

/** "Label   value" rows, the label in a fixed column: for the cover and the round's dates. */
export function fieldRows(flow: PageFlow, rows: [string, string][], options: { labelWidth: number; size: number }) {
  const lineHeight = options.size * 1.45;
  const valueX = PAGE.left + options.labelWidth;
  for (const [label, value] of rows) {
    const lines = flow.layout(
      [{ text: value, style: style('serif', options.size) }],
      CONTENT_WIDTH - options.labelWidth,
    );
    // The label goes beside the value's first line, wherever the flow puts that line.
    flow.place({
      lines,
      lineHeight,
      x: valueX,
      decorate: (index, y) => {
        if (index === 0) flow.text(label, PAGE.left, y, lineHeight, style('sans', options.size * 0.88, COLOURS.muted));
      },
    });
    flow.y += lineHeight * 0.25;
  }
}

/** Text cut to `width` with an ellipsis, for a table cell or the running header. */
export function fitted(flow: PageFlow, text: string, font: FontName, size: number, width: number): string {
  if (flow.metrics.width(text, font, size) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (flow.metrics.width(`${chars.slice(0, middle).join('').trimEnd()}…`, font, size) <= width) low = middle;
    else high = middle - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

/**
 * The running header and footer of every page: who and what the dossier is about at the top, the coach and
 * "page X of Y" at the bottom. Drawn last, when the number of pages is known.
 */
export function stampPages(
  flow: PageFlow,
  parts: {
    header: string;
    footer: string;
    pageLabel: (page: number, pages: number) => string;
    flagged?: Map<number, string>;
  },
): void {
  const { doc } = flow;
  const range = doc.bufferedPageRange();
  const pages = range.count;
  const small = style('sans', 8, COLOURS.muted);
  for (let index = range.start; index < range.start + pages; index += 1) {
    doc.switchToPage(index);
    const flag = parts.flagged?.get(index);
    const flagWidth = flag ? flow.metrics.width(flag, 'sansBold', 8) + 12 : 0;
    const headerY = PAGE.top - 34;
    flow.text(fitted(flow, parts.header, 'sans', 8, CONTENT_WIDTH - flagWidth), PAGE.left, headerY, 12, small);
    if (flag) {
      flow.text(flag, PAGE.width - PAGE.right - flagWidth + 12, headerY, 12, style('sansBold', 8, COLOURS.private));
    }
    const label = parts.pageLabel(index - range.start + 1, pages);
    const labelWidth = flow.metrics.width(label, 'sans', 8);
    const footerY = PAGE.height - PAGE.bottom + 22;
    flow.text(fitted(flow, parts.footer, 'sans', 8, CONTENT_WIDTH - labelWidth - 16), PAGE.left, footerY, 12, small);
    flow.text(label, PAGE.width - PAGE.right - labelWidth, footerY, 12, small);
    doc
      .save()
      .lineWidth(0.5)
      .strokeColor(COLOURS.rule)
      .moveTo(PAGE.left, headerY + 15)
      .lineTo(PAGE.width - PAGE.right, headerY + 15)
      .moveTo(PAGE.left, footerY - 4)
      .lineTo(PAGE.width - PAGE.right, footerY - 4)
      .stroke()
      .restore();
  }
}

/** A signature spot as the [x1, y1, x2, y2] rectangle of PDF user space, whose origin is the bottom left. */
export function widgetRect(spot: SignatureSpot): [number, number, number, number] {
  return [spot.x, PAGE.height - (spot.y + spot.height), spot.x + spot.width, PAGE.height - spot.y];
}
