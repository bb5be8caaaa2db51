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

/**
 * Emoji, which DejaVu lacks (a client's 🙂 or 🙈 would be an empty box in a signed dossier): Noto Emoji, the
 * monochrome one (npm `@fontsource/noto-emoji`, SIL OFL), in the twelve subsets Fontsource splits it into. They are
 * opened only when a document has a character neither its own font nor Sans has, and only the subsets asked.
 */
const EMOJI_SUBSETS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'emoji'] as const;
type EmojiFontName = `emoji-${(typeof EMOJI_SUBSETS)[number]}`;
export const EMOJI_FONTS: readonly EmojiFontName[] = EMOJI_SUBSETS.map((subset) => `emoji-${subset}` as const);

export type FontName = keyof typeof FONT_FILES | EmojiFontName;

const require = createRequire(import.meta.url);

/** pdfkit accepts a parsed fontkit font in place of the file's bytes (anything with a `layout` method). */
type ParsedFont = { layout: (...args: never[]) => unknown };
let parsed: Map<FontName, ParsedFont> | undefined;
/** Emoji subsets parsed by an earlier document, for later ones (see `keepParsedFont`). */
const parsedEmoji = new Map<FontName, ParsedFont>();

const emojiFile = (name: EmojiFontName) =>
  require.resolve(`@fontsource/noto-emoji/files/noto-emoji-${name.slice('emoji-'.length)}-400-normal.woff`);

/**
 * Registers the fonts on a new document. Parsing DejaVu's tables (fontkit) costs more than drawing a short
 * reply, so the first document parses them from the files and keeps the parsed fonts; later documents reuse
 * them. A parsed font is read-only: each document still makes its own subset of the glyphs it used.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  // pdfkit takes a parsed font where it expects the file's bytes or path.
  const register = (name: FontName, source: ParsedFont | Buffer | string) =>
    doc.registerFont(name, source as unknown as Buffer);
  if (parsed) {
    for (const [name, font] of parsed) register(name, font);
  } else {
    const fonts = new Map<FontName, ParsedFont>();
    for (const [name, file] of Object.entries(FONT_FILES) as [FontName, string][]) {
      register(name, readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
      // Opening the font makes pdfkit parse it; its fontkit font is the `font` of pdfkit's embedded font.
      const font = (doc.font(name) as unknown as { _font: { font?: ParsedFont } })._font.font;
      if (font && typeof font.layout === 'function') fonts.set(name, font);
    }
    if (fonts.size === Object.keys(FONT_FILES).length) parsed = fonts;
  }
  // By path: pdfkit reads and parses a font when a document first asks for it, so most never open these.
  for (const name of EMOJI_FONTS) register(name, parsedEmoji.get(name) ?? emojiFile(name));
}

/** A font a document opened (pdfkit parses it then): kept for the next documents, as the DejaVu fonts are. */
export function keepParsedFont(name: FontName, font: unknown): void {
  const candidate = font as ParsedFont | undefined;
  if (name.startsWith('emoji-') && typeof candidate?.layout === 'function') parsedEmoji.set(name, candidate);
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
