import { plainTextOf, type RichDoc, type RichNode } from '../../../shared/domain/rich-text';
import { styledFont } from './fonts';
import { COLOURS, type PageFlow } from './page-flow';
import { renderTable } from './rich-table';
import type { Run, TextStyle } from './text-layout';

/**
 * Draws the dossier's rich text (TipTap JSON, the same the screens show) into the page flow: paragraphs with
 * bold, italic and underline, headings, nested bullet and numbered lists, quotations, hard breaks, preformatted
 * text with its indentation, ruled tables, and links with their address written out, since a printed page cannot
 * be clicked.
 */

export interface RichTextFrame {
  x: number;
  width: number;
  /** Body size in points; headings scale from it. */
  size: number;
  colour?: string;
  /** Bars beside every line (quotations, private notes), at these x positions. */
  bars?: { x: number; colour: string }[];
  /** How deep inside lists this frame is: bullets change with depth (•, ◦, ▪). */
  listDepth?: number;
}

export const LINE_SPACING = 1.45;
const LIST_INDENT = 18;
const QUOTE_INDENT = 14;
const HEADING_SCALE: Record<number, number> = { 1: 1.45, 2: 1.25, 3: 1.12, 4: 1.0 };
const BULLETS = ['•', '◦', '▪'];

interface Marks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link?: string;
}

/** The runs of a paragraph's inline content; a link is followed by its address unless the text already is it. */
export function inlineRuns(
  nodes: readonly RichNode[],
  base: { size: number; colour: string; family: 'serif' | 'sans'; bold?: boolean },
): Run[] {
  const runs: Run[] = [];
  let link: { href: string; text: string } | undefined;
  const closeLink = () => {
    if (!link) return;
    const shown = link.href.replace(/^mailto:/i, '');
    const text = link.text.trim();
    if (text !== link.href && text !== shown && `https://${text}` !== link.href && `http://${text}` !== link.href) {
      runs.push({
        text: ` (${shown})`,
        style: { font: styledFont(base.family, false, false), size: base.size * 0.92, color: COLOURS.muted },
      });
    }
    link = undefined;
  };
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      closeLink();
      runs.push({
        text: '\n',
        style: { font: styledFont(base.family, false, false), size: base.size, color: base.colour },
      });
      continue;
    }
    if (node.type !== 'text' || !node.text) continue;
    const marks: Marks = { bold: base.bold ?? false, italic: false, underline: false };
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') marks.bold = true;
      else if (mark.type === 'italic') marks.italic = true;
      else if (mark.type === 'underline') marks.underline = true;
      else if (mark.type === 'link') marks.link = mark.attrs.href;
    }
    if (link && link.href !== marks.link) closeLink();
    if (marks.link) {
      link ??= { href: marks.link, text: '' };
      link.text += node.text;
    }
    const style: TextStyle = {
      font: styledFont(base.family, marks.bold, marks.italic),
      size: base.size,
      color: marks.link ? COLOURS.link : base.colour,
      ...(marks.underline || marks.link ? { underline: true } : {}),
      ...(marks.link ? { link: marks.link } : {}),
    };
    runs.push({ text: node.text, style });
  }
  closeLink();
  return runs;
}

function drawBars(flow: PageFlow, frame: RichTextFrame, y: number, height: number): void {
  for (const bar of frame.bars ?? []) flow.bar(bar.x, y, height, bar.colour);
}

/** A paragraph (or heading) of runs, with an optional marker drawn beside its first line. */
function paragraph(flow: PageFlow, runs: Run[], frame: RichTextFrame, lineHeight: number, marker?: string): void {
  const lines = flow.layout(runs, frame.width);
  if (lines.length === 0) {
    flow.skip(lineHeight * 0.5);
    return;
  }
  flow.place({
    lines,
    lineHeight,
    x: frame.x,
    decorate: (index, y, height) => {
      drawBars(flow, frame, y, height);
      if (index === 0 && marker) markerAt(flow, frame, marker, y, height);
    },
  });
}

/** A list marker, right-aligned in the indent before the item's first line. */
function markerAt(flow: PageFlow, frame: RichTextFrame, marker: string, y: number, lineHeight: number): void {
  const style: TextStyle = { font: 'serif', size: frame.size, color: frame.colour ?? COLOURS.text };
  const width = flow.metrics.width(marker, style.font, style.size);
  flow.text(marker, frame.x - width - 5, y, lineHeight, style);
}

/** Space between blocks, with the bars of a quotation or note running on through it. */
function gap(flow: PageFlow, frame: RichTextFrame, height: number): void {
  const before = flow.y;
  const page = flow.pageIndex;
  flow.skip(height);
  if (flow.pageIndex === page && flow.y > before) drawBars(flow, frame, before, flow.y - before);
}

function renderNodes(flow: PageFlow, nodes: readonly RichNode[], frame: RichTextFrame, marker?: string): void {
  const colour = frame.colour ?? COLOURS.text;
  const lineHeight = frame.size * LINE_SPACING;
  nodes.forEach((node, index) => {
    const first = index === 0;
    // Blocks inside a list item sit closer together than paragraphs, so an item still reads as one.
    if (!first) gap(flow, frame, lineHeight * ((frame.listDepth ?? 0) > 0 ? 0.2 : 0.45));
    let ownMarker = first ? marker : undefined;
    if (ownMarker && (node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'blockquote')) {
      // An item that opens with a list or a quotation has no line of its own: its marker goes beside the first.
      flow.ensure(2 * lineHeight);
      markerAt(flow, frame, ownMarker, flow.y, lineHeight);
      ownMarker = undefined;
    }
    switch (node.type) {
      case 'paragraph':
        paragraph(
          flow,
          inlineRuns(node.content ?? [], { size: frame.size, colour, family: 'serif' }),
          frame,
          lineHeight,
          ownMarker,
        );
        break;
      case 'heading': {
        const size = frame.size * (HEADING_SCALE[Number(node.attrs?.level ?? 2)] ?? 1);
        const runs = inlineRuns(node.content ?? [], { size, colour: COLOURS.accent, family: 'sans', bold: true });
        const height = size * 1.35;
        // A heading keeps its own lines and the first two of what follows on one page.
        flow.ensure(flow.layout(runs, frame.width).length * height + 2 * lineHeight + lineHeight * 0.45);
        paragraph(flow, runs, frame, height, ownMarker);
        break;
      }
      case 'bulletList':
      case 'orderedList': {
        const depth = frame.listDepth ?? 0;
        const start = Number(node.attrs?.start ?? 1);
        const inner: RichTextFrame = {
          ...frame,
          x: frame.x + LIST_INDENT,
          width: frame.width - LIST_INDENT,
          listDepth: depth + 1,
        };
        (node.content ?? []).forEach((item, itemIndex) => {
          if (itemIndex > 0) gap(flow, frame, lineHeight * 0.2);
          const itemMarker = node.type === 'orderedList' ? `${start + itemIndex}.` : BULLETS[depth % BULLETS.length]!;
          renderNodes(flow, item.type === 'listItem' ? (item.content ?? []) : [item], inner, itemMarker);
        });
        break;
      }
      case 'listItem':
        renderNodes(flow, node.content ?? [], frame, ownMarker);
        break;
      case 'blockquote': {
        const inner: RichTextFrame = {
          ...frame,
          x: frame.x + QUOTE_INDENT,
          width: frame.width - QUOTE_INDENT,
          colour: COLOURS.muted,
          bars: [...(frame.bars ?? []), { x: frame.x + 2, colour: COLOURS.quote }],
        };
        renderNodes(flow, node.content ?? [], inner, undefined);
        break;
      }
      case 'preformatted':
        preformatted(flow, plainTextOf(node), frame, lineHeight, colour);
        break;
      case 'table':
        flow.ensure(2 * lineHeight);
        renderTable(flow, node, { x: frame.x, width: frame.width, size: frame.size, colour }, (blocks, size, bold) =>
          cellRuns(blocks, { size, colour, family: 'serif', bold }),
        );
        break;
      case 'tableRow':
      case 'tableCell':
      case 'tableHeader':
        // Only ever inside a table; on its own, its content reads as blocks.
        renderNodes(flow, node.content ?? [], frame, ownMarker);
        break;
      case 'text':
      case 'hardBreak':
        paragraph(
          flow,
          inlineRuns([node], { size: frame.size, colour, family: 'serif' }),
          frame,
          lineHeight,
          ownMarker,
        );
        break;
    }
  });
}

/** Preformatted text line by line: each line's own indentation kept (a tab as four spaces), long lines wrapped. */
function preformatted(flow: PageFlow, text: string, frame: RichTextFrame, lineHeight: number, colour: string): void {
  const space = flow.metrics.width(' ', 'serif', frame.size);
  for (const line of text.split('\n')) {
    const indentation = (/^[ \t]*/.exec(line)?.[0] ?? '').replace(/\t/g, '    ').length;
    const indent = Math.min(indentation * space, frame.width / 2);
    const rest = line.trimStart();
    if (!rest) {
      flow.skip(lineHeight);
      continue;
    }
    const runs = inlineRuns([{ type: 'text', text: rest }], { size: frame.size, colour, family: 'serif' });
    paragraph(flow, runs, { ...frame, x: frame.x + indent, width: frame.width - indent }, lineHeight);
  }
}

/** A table cell's blocks as runs, one list per block: lists and quotations as lines of text after a marker. */
function cellRuns(
  blocks: readonly RichNode[],
  base: { size: number; colour: string; family: 'serif'; bold: boolean },
): Run[][] {
  return blocks.flatMap((block): Run[][] => {
    if (block.type === 'paragraph' || block.type === 'heading') return [inlineRuns(block.content ?? [], base)];
    if (block.type === 'bulletList' || block.type === 'orderedList') {
      return (block.content ?? []).map((item, index) => {
        const marker = block.type === 'orderedList' ? `${index + 1}. ` : '• ';
        return inlineRuns([{ type: 'text', text: marker + plainTextOf(item).replace(/\s+/g, ' ') }], base);
      });
    }
    const text = plainTextOf(block).trim();
    return text ? [inlineRuns([{ type: 'text', text }], base)] : [];
  });
}

export function renderRichDoc(flow: PageFlow, doc: RichDoc, frame: RichTextFrame): void {
  renderNodes(flow, doc.content, frame);
}

/** Whether a document has anything to show. */
export function hasContent(doc: RichDoc): boolean {
  return doc.content.some(function visible(node: RichNode): boolean {
    return (node.type === 'text' && (node.text ?? '').trim() !== '') || (node.content ?? []).some(visible);
  });
}
