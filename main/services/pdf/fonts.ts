import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The fonts of every exported PDF: DejaVu (npm `dejavu-fonts-ttf`), embedded as TrueType subsets. Their Latin
 * coverage is complete (ë, ï, é, curly quotes, dashes, €), unlike the 14 standard PDF fonts, whose WinAnsi
 * encoding would lose characters. Serif for the coach's and the client's words, Sans for headings and labels,
 * Mono for hashes and fingerprints.
 */
export const FONT_FILES = {
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
  serifBoldItalic: 'DejaVuSerif-BoldItalic.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
  sansOblique: 'DejaVuSans-Oblique.ttf',
  sansBoldOblique: 'DejaVuSans-BoldOblique.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;

const require = createRequire(import.meta.url);

/** pdfkit accepts a parsed fontkit font in place of the file's bytes (anything with a `layout` method). */
type ParsedFont = { layout: (...args: never[]) => unknown };
let parsed: Map<FontName, ParsedFont> | undefined;

/**
 * Registers the fonts on a new document. Parsing DejaVu's tables (fontkit) costs more than drawing a short
 * reply, so the first document parses them from the files and keeps the parsed fonts; later documents reuse
 * them. A parsed font is read-only: each document still makes its own subset of the glyphs it used.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  if (parsed) {
    for (const [name, font] of parsed) doc.registerFont(name, font as unknown as Buffer);
    return;
  }
  const fonts = new Map<FontName, ParsedFont>();
  for (const [name, file] of Object.entries(FONT_FILES) as [FontName, string][]) {
    doc.registerFont(name, readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
    // Opening the font makes pdfkit parse it; its fontkit font is the `font` of pdfkit's embedded font.
    const font = (doc.font(name) as unknown as { _font: { font?: ParsedFont } })._font.font;
    if (font && typeof font.layout === 'function') fonts.set(name, font);
  }
  if (fonts.size === Object.keys(FONT_FILES).length) parsed = fonts;
}

/** The fonts to write a run in: its own family with bold and italic, and where that family has no glyph, Sans. */
export function styledFont(family: 'serif' | 'sans', bold: boolean, italic: boolean): FontName {
  if (family === 'serif') return bold ? (italic ? 'serifBoldItalic' : 'serifBold') : italic ? 'serifItalic' : 'serif';
  return bold ? (italic ? 'sansBoldOblique' : 'sansBold') : italic ? 'sansOblique' : 'sans';
}

/** Sans of the same weight and slant: DejaVu Sans covers many symbols (✏, arrows, dingbats) that Serif lacks. */
export function fallbackFont(font: FontName): FontName {
  switch (font) {
    case 'serifBold':
      return 'sansBold';
    case 'serifItalic':
      return 'sansOblique';
    case 'serifBoldItalic':
      return 'sansBoldOblique';
    case 'serif':
      return 'sans';
    default:
      return font;
  }
}
