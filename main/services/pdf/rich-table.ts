import type { RichNode } from '../../../shared/domain/rich-text';
import { COLOURS, PAGE, type PageFlow } from './page-flow';
import type { Line, Run } from './text-layout';

/** Cell padding, rule width and text size relative to the body, for a client's table on the page. */
const PADDING = 4;
const RULE = 0.6;
const TEXT_SCALE = 0.9;
const HEADER_FILL = '#eef2ef';

interface TableFrame {
  x: number;
  width: number;
  size: number;
  colour: string;
}

interface LaidOutCell {
  lines: Line[];
  header: boolean;
}

/** What a cell's blocks read as, in runs: paragraphs and headings as they are, list items after a bullet. */
export type CellRuns = (blocks: readonly RichNode[], size: number, bold: boolean) => Run[][];

/**
 * A table drawn as one: ruled cells whose text wraps inside them, rows kept whole on a page (a row taller than a
 * page goes on over the next), and a header row written again at the top of each page the table continues on.
 */
export function renderTable(flow: PageFlow, table: RichNode, frame: TableFrame, cellRuns: CellRuns): void {
  const size = frame.size * TEXT_SCALE;
  const lineHeight = size * 1.35;
  const rows = (table.content ?? []).filter((row) => (row.content ?? []).length > 0);
  const columns = Math.max(0, ...rows.map((row) => (row.content ?? []).length));
  if (columns === 0) return;
  const runs = rows.map((row) =>
    (row.content ?? []).map((cell) => cellRuns(cell.content ?? [], size, cell.type === 'tableHeader')),
  );
  const widths = columnWidths(flow, runs, columns, frame.width);
  const laidOut = runs.map((cells, rowIndex) =>
    cells.map((blocks, column): LaidOutCell => ({
      lines: blocks.flatMap((block) => flow.layout(block, widths[column]! - 2 * PADDING)),
      header: rows[rowIndex]!.content?.[column]?.type === 'tableHeader',
    })),
  );
  const headerRow = laidOut[0]?.every((cell) => cell.header) ? laidOut[0] : undefined;
  const pageHeight = PAGE.height - PAGE.top - PAGE.bottom;
  laidOut.forEach((cells, rowIndex) => {
    const height = rowHeight(cells, lineHeight);
    const headerHeight = headerRow && rowIndex > 0 ? rowHeight(headerRow, lineHeight) : 0;
    // A row starts on the next page unless it fits here (rows taller than a page just start here or there).
    if (height <= pageHeight - headerHeight) flow.ensure(height);
    let first = 0;
    const remaining = () => Math.max(...cells.map((cell) => cell.lines.length - first));
    while (first === 0 || remaining() > 0) {
      if (!flow.atTop() && flow.room() < lineHeight + 2 * PADDING) flow.newPage();
      if (flow.atTop() && headerRow && rowIndex > 0) drawRow(flow, headerRow, 0, Infinity, widths, frame, lineHeight);
      const fit = Math.max(1, Math.floor((flow.room() - 2 * PADDING + 0.01) / lineHeight));
      drawRow(flow, cells, first, fit, widths, frame, lineHeight);
      first += fit;
      if (remaining() > 0) flow.newPage();
      else break;
    }
  });
}

function rowHeight(cells: readonly LaidOutCell[], lineHeight: number): number {
  return Math.max(1, ...cells.map((cell) => cell.lines.length)) * lineHeight + 2 * PADDING;
}

/** Lines `first` up to `first + count` of every cell in a row, ruled, advancing the flow below them. */
function drawRow(
  flow: PageFlow,
  cells: readonly LaidOutCell[],
  first: number,
  count: number,
  widths: readonly number[],
  frame: TableFrame,
  lineHeight: number,
): void {
  const shown = Math.max(1, Math.min(count, Math.max(...cells.map((cell) => cell.lines.length - first))));
  const height = shown * lineHeight + 2 * PADDING;
  const top = flow.y;
  let x = frame.x;
  const { doc } = flow;
  widths.forEach((width, index) => {
    const cell = cells[index];
    if (cell?.header) doc.save().rect(x, top, width, height).fill(HEADER_FILL).restore();
    for (const [offset, line] of (cell?.lines.slice(first, first + shown) ?? []).entries()) {
      flow.drawLine(line, x + PADDING, top + PADDING + offset * lineHeight, lineHeight);
    }
    doc.save().rect(x, top, width, height).lineWidth(RULE).strokeColor(COLOURS.rule).stroke().restore();
    x += width;
  });
  flow.y = top + height;
}

/**
 * Column widths: each column as wide as its widest cell's text on one line, if the table fits; otherwise every
 * column gets an even share, or less when it needs less, and the columns with more text share what is left.
 */
function columnWidths(flow: PageFlow, rows: readonly Run[][][][], columns: number, width: number): number[] {
  // A little over the measured width: words laid out one by one measure a shade wider than the whole run.
  const oneLine = (block: Run[]) =>
    block.reduce((sum, run) => sum + flow.metrics.width(run.text.slice(0, 400), run.style.font, run.style.size), 0);
  const natural = Array.from({ length: columns }, (_, column) =>
    Math.max(24, ...rows.map((cells) => Math.max(0, ...(cells[column] ?? []).map(oneLine)) + 2 * PADDING + 4)),
  );
  if (natural.reduce((sum, value) => sum + value, 0) <= width) return natural;
  const share = width / columns;
  const widths = natural.map((value) => Math.min(value, share));
  const spare = width - widths.reduce((sum, value) => sum + value, 0);
  const wanting = natural.map((value, index) => value - widths[index]!);
  const wanted = wanting.reduce((sum, value) => sum + value, 0);
  return widths.map((value, index) => value + (wanted > 0 ? (spare * wanting[index]!) / wanted : 0));
}
