import { EMOJI_FONTS, fallbackFont, type FontName } from './fonts';

/**
 * Line breaking for the PDFs. pdfkit can wrap text itself, but then the studio would not know where lines fall
 * before they are drawn, and so could not keep a heading with its text, keep two lines together at the foot of a
 * page, or avoid a single last line at the top of the next (widows and orphans). Here a paragraph of styled runs
 * becomes lines of positioned fragments first; the page flow then decides where each line goes.
 */

export interface TextStyle {
  font: FontName;
  size: number;
  color: string;
  underline?: boolean;
  /** A web or mail address the fragment links to. */
  link?: string;
}

export interface Run {
  text: string;
  style: TextStyle;
}

export interface Fragment {
  text: string;
  /** Offset from the line's left edge. */
  x: number;
  width: number;
  style: TextStyle;
}

export interface Line {
  fragments: Fragment[];
  width: number;
}

/** What the layout needs of the fonts: widths, and whether a font has a glyph for a character. */
export interface FontMetrics {
  width(text: string, font: FontName, size: number): number;
  covers(font: FontName, codePoint: number): boolean;
}

interface Piece {
  text: string;
  style: TextStyle;
  width: number;
}

/** A run of pieces without a break opportunity inside: a word, even when part of it is bold. */
interface Box {
  pieces: Piece[];
  width: number;
  /** The space before this box, in the style of the run it came from, or none at the start of a line. */
  space?: Piece;
  /** A hard line break (from a hardBreak node) comes before this box. */
  breakBefore: boolean;
}

/** Characters that select a presentation or join emoji: they draw nothing, but a font without them draws a box. */
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|[\ufe00-\ufe0f]/gu;

/** Latin, Latin-1 and Latin Extended are in every DejaVu face: only text beyond them needs a look. */
const BEYOND_LATIN = /[\u0250-\u{10ffff}]/u;

/** Symbols and pictographs: where emoji are, and only there is Noto Emoji worth opening. */
const MAYBE_EMOJI = /[\u2000-\u2bff\u3030\u303d\u3297\u3299\u{1f000}-\u{1faff}]/u;

/**
 * Splits a run where its font has no glyph: Sans has many symbols (✏, →) Serif lacks, and Noto Emoji the emoji
 * DejaVu lacks, so they show instead of an empty box. A character no font has keeps the run's font.
 */
function withFallbacks(run: Run, metrics: FontMetrics): Run[] {
  const text = run.text.replace(INVISIBLE, '');
  if (!BEYOND_LATIN.test(text)) return text ? [{ text, style: run.style }] : [];
  const own = run.style.font;
  const symbols = fallbackFont(own);
  const runs: Run[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    let font = own;
    if (codePoint > 0x24f && !metrics.covers(own, codePoint)) {
      const candidates = MAYBE_EMOJI.test(char) ? [symbols, ...EMOJI_FONTS] : [symbols];
      font = candidates.find((candidate) => metrics.covers(candidate, codePoint)) ?? own;
    }
    const last = runs.at(-1);
    if (last && last.style.font === font) last.text += char;
    else runs.push({ text: char, style: font === run.style.font ? run.style : { ...run.style, font } });
  }
  return runs;
}

/** Words (possibly spanning runs), the spaces between them, and hard breaks ("\n" in a run). */
function boxesOf(runs: Run[], metrics: FontMetrics): Box[] {
  const boxes: Box[] = [];
  let current: Box | undefined;
  let pendingSpace: Piece | undefined;
  let pendingBreak = false;
  const measure = (text: string, style: TextStyle): Piece => ({
    text,
    style,
    width: metrics.width(text, style.font, style.size),
  });
  for (const run of runs.flatMap((candidate) => withFallbacks(candidate, metrics))) {
    for (const token of run.text.split(/(\n|[ \t\u00a0]+)/u)) {
      if (token === '') continue;
      if (token === '\n') {
        current = undefined;
        pendingSpace = undefined;
        pendingBreak = true;
      } else if (/^[ \t\u00a0]+$/u.test(token)) {
        // A no-break space stays inside its word; ordinary spaces, however many, are one break opportunity.
        if (token.includes('\u00a0') && current) {
          const piece = measure(token.replace(/[ \t]/g, ''), run.style);
          current.pieces.push(piece);
          current.width += piece.width;
        } else {
          current = undefined;
          pendingSpace ??= measure(' ', run.style);
        }
      } else if (current) {
        const piece = measure(token, run.style);
        current.pieces.push(piece);
        current.width += piece.width;
      } else {
        const piece = measure(token, run.style);
        current = { pieces: [piece], width: piece.width, space: pendingSpace, breakBefore: pendingBreak };
        boxes.push(current);
        pendingSpace = undefined;
        pendingBreak = false;
      }
    }
  }
  return boxes;
}

/**
 * Cuts a box wider than a whole line into parts that fit, between characters (never inside a surrogate pair).
 * Widths add up per character (kerning inside such a word is negligible), so a hostile 200,000-character word
 * costs linear time.
 */
function splitBox(box: Box, width: number, metrics: FontMetrics): Box[] {
  const parts: Box[] = [];
  let part: Box = { pieces: [], width: 0, space: box.space, breakBefore: box.breakBefore };
  for (const piece of box.pieces) {
    let text = '';
    let textWidth = 0;
    for (const char of piece.text) {
      const charWidth = metrics.width(char, piece.style.font, piece.style.size);
      if (part.width + textWidth + charWidth > width && (part.width > 0 || text.length > 0)) {
        if (text) part.pieces.push({ text, style: piece.style, width: textWidth });
        part.width += textWidth;
        parts.push(part);
        // Every further part starts a line of its own: it is the rest of a word that already filled one.
        part = { pieces: [], width: 0, breakBefore: true };
        text = '';
        textWidth = 0;
      }
      text += char;
      textWidth += charWidth;
    }
    if (text) {
      part.pieces.push({ text, style: piece.style, width: textWidth });
      part.width += textWidth;
    }
  }
  if (part.pieces.length > 0) parts.push(part);
  return parts;
}

const sameStyle = (a: TextStyle, b: TextStyle) =>
  a.font === b.font && a.size === b.size && a.color === b.color && a.underline === b.underline && a.link === b.link;

/** Greedy line filling (as word processors do), left-aligned, then neighbouring pieces of one style joined. */
export function layoutLines(runs: Run[], width: number, metrics: FontMetrics): Line[] {
  const lines: Piece[][] = [];
  let line: Piece[] | undefined;
  let used = 0;
  for (const whole of boxesOf(runs, metrics)) {
    for (const box of whole.width > width ? splitBox(whole, width, metrics) : [whole]) {
      const space = box.space?.width ?? 0;
      if (!line || box.breakBefore || used + space + box.width > width) {
        line = [...box.pieces];
        used = box.width;
        lines.push(line);
      } else {
        if (box.space) line.push(box.space);
        line.push(...box.pieces);
        used += space + box.width;
      }
    }
  }
  return lines.map((pieces) => {
    const fragments: Fragment[] = [];
    let x = 0;
    for (const piece of pieces) {
      const last = fragments.at(-1);
      if (last && sameStyle(last.style, piece.style)) {
        last.text += piece.text;
        last.width += piece.width;
      } else {
        fragments.push({ text: piece.text, x, width: piece.width, style: piece.style });
      }
      x += piece.width;
    }
    return { fragments, width: x };
  });
}
