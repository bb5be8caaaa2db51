import { keepParsedFont, type FontName } from './fonts';
import { layoutLines, type FontMetrics, type Line, type Run, type TextStyle } from './text-layout';

/** A4 in points, and the type area inside the running header and footer. */
export const PAGE = { width: 595.28, height: 841.89, left: 62, right: 62, top: 74, bottom: 70 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const COLOURS = {
  text: '#1f2328',
  muted: '#5b6770',
  accent: '#2f5d50',
  private: '#9a4a12',
  rule: '#c9d1cc',
  quote: '#9fb3aa',
  link: '#1d4f91',
} as const;

/** Lines of one paragraph or label, laid out and ready to place. */
export interface Block {
  lines: Line[];
  lineHeight: number;
  /** Left edge of the lines. */
  x: number;
  /** Draws what goes beside a line (a list marker, quote bars) once its place is known. */
  decorate?: (lineIndex: number, y: number, lineHeight: number) => void;
}

/** Measures text through pdfkit's own font objects, with a cache: the same words recur across a whole dossier. */
class PdfkitMetrics implements FontMetrics {
  private readonly widths = new Map<string, number>();
  private readonly coverage = new Map<string, boolean>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  width(text: string, font: FontName, size: number): number {
    const key = `${font}\u0000${size}\u0000${text}`;
    let width: number | undefined = this.widths.get(key);
    if (width === undefined) {
      width = this.doc.font(font).fontSize(size).widthOfString(text);
      this.widths.set(key, width);
    }
    return width;
  }

  covers(font: FontName, codePoint: number): boolean {
    const key = `${font}\u0000${codePoint}`;
    let covered = this.coverage.get(key);
    if (covered === undefined) {
      // pdfkit keeps the fontkit font of an embedded TrueType font as `font`; fontkit answers coverage.
      const embedded = (
        this.doc.font(font) as unknown as { _font: { font?: { hasGlyphForCodePoint?: (cp: number) => boolean } } }
      )._font.font;
      covered = embedded?.hasGlyphForCodePoint?.(codePoint) ?? true;
      this.coverage.set(key, covered);
      keepParsedFont(font, embedded);
    }
    return covered;
  }
}

/**
 * Places content on pages from top to bottom, the way a typesetter would: headings stay with what follows them,
 * at least two lines of a paragraph stay together at the foot of a page and at its head (no orphans, no widows),
 * long paragraphs flow on, and nothing is drawn below the type area. The document buffers its pages, so the
 * running header, the page numbers and the table of contents are filled in at the end.
 */
export class PageFlow {
  readonly metrics: FontMetrics;
  y: number = PAGE.top;
  private pages = 0;
  private textColour: { page: PDFKit.PDFPage; colour: string } | undefined;

  constructor(readonly doc: PDFKit.PDFDocument) {
    this.metrics = new PdfkitMetrics(doc);
  }

  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }

  /** The 0-based index of the page being written. */
  get pageIndex(): number {
    return this.pages - 1;
  }

  get pageCount(): number {
    return this.pages;
  }

  newPage(): void {
    this.doc.addPage();
    this.pages += 1;
    this.y = PAGE.top;
  }

  atTop(): boolean {
    return this.y <= PAGE.top + 0.01;
  }

  room(): number {
    return this.bottom - this.y;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.room() < height - 0.01 && !this.atTop()) this.newPage();
  }

  /** Vertical space; at the foot of a page it simply ends the page, and at the head of one it is dropped. */
  skip(height: number): void {
    if (this.atTop()) return;
    if (this.y + height > this.bottom) this.newPage();
    else this.y += height;
  }

  layout(runs: Run[], width: number): Line[] {
    return layoutLines(runs, width, this.metrics);
  }

  /**
   * Places a block's lines, breaking it across pages where needed but never leaving one line alone: a block
   * that cannot put two lines here starts on the next page, and a break never sends a single last line over.
   */
  place(block: Block): void {
    const { lines, lineHeight } = block;
    let next = 0;
    while (next < lines.length) {
      const remaining = lines.length - next;
      const capacity = Math.floor((this.room() + 0.01) / lineHeight);
      let fits = remaining;
      if (capacity < remaining) {
        // Leave at least two lines for the next page (no widow)…
        fits = Math.min(capacity, remaining - 2);
        // …and put at least two here (no orphan), or start the block on the next page.
        if (fits < 2 && !this.atTop()) {
          this.newPage();
          continue;
        }
        fits = Math.max(1, fits);
      }
      for (let index = next; index < next + fits; index += 1) {
        block.decorate?.(index, this.y, lineHeight);
        this.drawLine(lines[index]!, block.x, this.y, lineHeight);
        this.y += lineHeight;
      }
      next += fits;
      if (next < lines.length) this.newPage();
    }
  }

  /** Draws one laid-out line with its top at `y`. */
  drawLine(line: Line, x: number, y: number, lineHeight: number): void {
    for (const fragment of line.fragments) {
      const text = fragment.text.replace(/\s+$/u, '');
      if (!text) continue;
      this.text(text, x + fragment.x, y, lineHeight, fragment.style);
    }
  }

  /** One piece of text on one line, exactly where asked: pdfkit wraps nothing and adds no page. */
  text(text: string, x: number, y: number, lineHeight: number, style: TextStyle): void {
    const { doc } = this;
    doc.font(style.font).fontSize(style.size);
    // pdfkit writes a colour operator at every call; a page of body text needs it once. Every other drawing
    // (bars, rules, circles) sits between save and restore, so the text colour set here is still current.
    // (pdfkit strokes an underline in its remembered fill colour, which a bar's fill may have changed: set it.)
    if (style.underline || this.textColour?.page !== doc.page || this.textColour.colour !== style.color) {
      doc.fillColor(style.color);
      this.textColour = { page: doc.page, colour: style.color };
    }
    // DejaVu's ascent and descent together are 1.164 em: centre that box in the line.
    const top = y + (lineHeight - style.size * 1.164) / 2;
    doc.text(text, x, top, {
      lineBreak: false,
      underline: style.underline ?? false,
      ...(style.link ? { link: style.link } : {}),
    });
  }

  /** A horizontal rule across `width` at the current position. */
  rule(x: number, width: number, colour: string = COLOURS.rule, thickness = 0.6): void {
    this.doc
      .save()
      .moveTo(x, this.y)
      .lineTo(x + width, this.y)
      .lineWidth(thickness)
      .strokeColor(colour)
      .stroke()
      .restore();
  }

  /** A filled bar, e.g. beside a quotation or a private note. */
  bar(x: number, y: number, height: number, colour: string, width = 2): void {
    this.doc.save().rect(x, y, width, height).fill(colour).restore();
  }
}
