import { afterEach, describe, expect, it } from 'vitest';
import { PAGE, type Block } from '../../../../main/services/pdf/page-flow';
import { openDocument, type OpenedDocument } from '../../../../main/services/pdf/pdf-document';
import type { Line } from '../../../../main/services/pdf/text-layout';

/** A real pdfkit document and flow: where each line of a block lands (page and top). */
async function placeLines(count: number, startY: (bottom: number) => number, lineHeight = 15) {
  const opened = await openDocument({ title: 't', author: 'a', language: 'nl-NL', created: new Date(0) });
  documents.push(opened);
  const { flow } = opened;
  flow.newPage();
  flow.y = startY(flow.bottom);
  const lines: Line[] = Array.from({ length: count }, (_, index) => ({
    fragments: [{ text: `regel ${index}`, x: 0, width: 40, style: { font: 'serif', size: 10, color: '#000' } }],
    width: 40,
  }));
  const placed: { page: number; y: number }[] = [];
  const block: Block = {
    lines,
    lineHeight,
    x: PAGE.left,
    decorate: (_i, y) => placed.push({ page: flow.pageIndex, y }),
  };
  flow.place(block);
  return { placed, flow };
}

const documents: OpenedDocument[] = [];
afterEach(async () => {
  for (const opened of documents.splice(0)) await opened.finish();
});

const perPage = (placed: { page: number }[]) =>
  [
    ...placed.reduce((counts, { page }) => counts.set(page, (counts.get(page) ?? 0) + 1), new Map<number, number>()),
  ].map(([, count]) => count);

describe('the page flow', () => {
  it('places a block that fits where it is', async () => {
    const { placed } = await placeLines(5, () => PAGE.top + 100);
    expect(perPage(placed)).toEqual([5]);
    expect(placed[0]!.y).toBe(PAGE.top + 100);
  });

  it('never leaves one line alone at the foot of a page (no orphan)', async () => {
    const { placed } = await placeLines(6, (bottom) => bottom - 20);
    expect(perPage(placed)).toEqual([6]);
    expect(placed[0]).toEqual({ page: 1, y: PAGE.top });
  });

  it('never sends one last line alone to the next page (no widow)', async () => {
    // Room for five lines of six: four stay, two go over.
    const { placed } = await placeLines(6, (bottom) => bottom - 5 * 15 - 2);
    expect(perPage(placed)).toEqual([4, 2]);
  });

  it('moves a three-line paragraph whole rather than split it one and two or two and one', async () => {
    const { placed } = await placeLines(3, (bottom) => bottom - 2 * 15 - 2);
    expect(perPage(placed)).toEqual([3]);
  });

  it('flows a long paragraph over several pages and nothing goes below the type area', async () => {
    const { placed, flow } = await placeLines(150, () => PAGE.top);
    expect(placed).toHaveLength(150);
    const pages = perPage(placed);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const count of pages) expect(count).toBeGreaterThanOrEqual(2);
    for (const { y } of placed) expect(y + 15).toBeLessThanOrEqual(flow.bottom + 0.01);
  });

  it('keeps a heading with what follows: ensure starts a new page when the room is too small', async () => {
    const { flow } = await placeLines(1, (bottom) => bottom - 40);
    const page = flow.pageIndex;
    flow.ensure(60);
    expect(flow.pageIndex).toBe(page + 1);
    expect(flow.y).toBe(PAGE.top);
    flow.ensure(60);
    expect(flow.pageIndex).toBe(page + 1);
  });
});
