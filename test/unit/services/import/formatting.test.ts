import { describe, expect, it } from 'vitest';
import { richTextFromHtml } from '../../../../main/services/import/html-to-rich';
import type { ConversionNotes } from '../../../../main/services/import/rich-builder';
import { previewService } from './fixture-support';
import { richTextFromText } from '../../../../main/services/import/text-to-rich';
import { plainTextOf, RichDocSchema, type RichDoc, type RichNode } from '../../../../shared/domain/rich-text';

/** A compact outline of a document: node types nested, text as text, for comparing structure. */
function outline(nodes: readonly RichNode[]): unknown[] {
  return nodes.map((node) => {
    if (node.type === 'text') return node.text;
    if (node.type === 'hardBreak') return '\n';
    if (node.type === 'paragraph') return plainTextOf(node);
    return { [node.type]: outline(node.content ?? []) };
  });
}

const notes = (): ConversionNotes => ({ simplified: false });

/** One Outlook list paragraph, as Outlook writes it. */
const outlookItem = (level: number, marker: string, text: string) =>
  `<p class=MsoListParagraphCxSpMiddle style='margin-left:${36 * level}.0pt;text-indent:-18.0pt;mso-list:l0 level${level} lfo1'>` +
  `<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}` +
  `<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>` +
  `<span lang=NL>${text}<o:p></o:p></span></p>\n`;

describe('lists typed as symbols become lists', () => {
  it("turns Outlook's mso-list paragraphs into nested bullet lists, by level", async () => {
    const html =
      '<p class=MsoNormal>Voor:</p>' +
      outlookItem(1, '·', 'een') +
      outlookItem(2, 'o', 'een a') +
      outlookItem(3, '§', 'een a i') +
      outlookItem(2, 'o', 'een b') +
      outlookItem(1, '·', 'twee') +
      '<p class=MsoNormal>Na.</p>';
    const doc = await richTextFromHtml(html);
    expect(outline(doc.content)).toEqual([
      'Voor:',
      {
        bulletList: [
          {
            listItem: [
              'een',
              {
                bulletList: [
                  { listItem: ['een a', { bulletList: [{ listItem: ['een a i'] }] }] },
                  { listItem: ['een b'] },
                ],
              },
            ],
          },
          { listItem: ['twee'] },
        ],
      },
      'Na.',
    ]);
    expect(JSON.stringify(doc)).not.toMatch(/[·§]|"o"/);
  });

  it('numbers Outlook\'s "1." and "a)" items as ordered lists, starting where the first does', async () => {
    const doc = await richTextFromHtml(
      outlookItem(1, '3.', 'drie') + outlookItem(1, '4.', 'vier') + outlookItem(2, 'a)', 'vier a'),
    );
    expect(doc.content).toHaveLength(1);
    const list = doc.content[0]!;
    expect(list).toMatchObject({ type: 'orderedList', attrs: { start: 3 } });
    expect(outline(doc.content)).toEqual([
      { orderedList: [{ listItem: ['drie'] }, { listItem: ['vier', { orderedList: [{ listItem: ['vier a'] }] }] }] },
    ]);
  });

  it('turns paragraphs that start with a typed "• " or "1. " into lists, nested by their left margin', async () => {
    const html =
      '<p>• één</p><p style="margin-left:72pt">– sub</p><p>•&nbsp;twee</p><p>Tekst</p><p>1. eerst</p><p>2. dan</p>';
    const doc = await richTextFromHtml(html);
    expect(outline(doc.content)).toEqual([
      { bulletList: [{ listItem: ['één', { bulletList: [{ listItem: ['sub'] }] }] }, { listItem: ['twee'] }] },
      'Tekst',
      { orderedList: [{ listItem: ['eerst'] }, { listItem: ['dan'] }] },
    ]);
  });

  it('makes lists of plain-text items typed with "- ", "* ", "• " and "1. ", nested by indent', () => {
    const doc = richTextFromText(
      [
        'Punten:',
        '- een',
        '  * een a',
        '    dat loopt door',
        '- twee',
        '• drie',
        '',
        '1. eerst',
        '2) dan',
        'Klaar.',
      ].join('\n'),
    );
    expect(outline(doc.content)).toEqual([
      'Punten:',
      {
        bulletList: [
          { listItem: ['een', { bulletList: [{ listItem: ['een a\ndat loopt door'] }] }] },
          { listItem: ['twee'] },
          { listItem: ['drie'] },
        ],
      },
      { orderedList: [{ listItem: ['eerst'] }, { listItem: ['dan'] }] },
      'Klaar.',
    ]);
  });

  it('bounds 500 nested lists with a warning instead of a crash (HTML and plain text)', async () => {
    const html = '<ul><li>diep'.repeat(500) + '</li></ul>'.repeat(500);
    const fromHtml = notes();
    const doc = await richTextFromHtml(html, undefined, fromHtml);
    expect(fromHtml.simplified).toBe(true);
    expect(RichDocSchema.safeParse(doc).success).toBe(true);
    expect(plainTextOf(doc).match(/diep/g)).toHaveLength(500);
    // Nesting the walker can follow is still capped at a readable depth.
    const moderate = notes();
    const forty = await richTextFromHtml('<ul><li>x'.repeat(40) + '</li></ul>'.repeat(40), undefined, moderate);
    expect(moderate.simplified).toBe(true);
    expect(listDepth(forty.content)).toBeLessThanOrEqual(8);

    const fromText = notes();
    const text = Array.from({ length: 500 }, (_, index) => `${' '.repeat(index * 2)}- diep ${index}`).join('\n');
    const plain = richTextFromText(text, fromText);
    expect(fromText.simplified).toBe(true);
    expect(listDepth(plain.content)).toBeLessThanOrEqual(8);
    expect(plainTextOf(plain)).toContain('diep 499');
  });
});

function listDepth(nodes: readonly RichNode[]): number {
  let deepest = 0;
  const stack = nodes.map((node) => ({ node, depth: 0 }));
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const own = node.type === 'bulletList' || node.type === 'orderedList' ? depth + 1 : depth;
    deepest = Math.max(deepest, own);
    for (const child of node.content ?? []) stack.push({ node: child, depth: own });
  }
  return deepest;
}

const cellsOf = (doc: RichDoc) =>
  (doc.content.find((node) => node.type === 'table')?.content ?? []).map((row) =>
    (row.content ?? []).map((cell) => `${cell.type === 'tableHeader' ? '#' : ''}${plainTextOf(cell)}`),
  );

describe('tables stay tables', () => {
  it('keeps a table with header cells, in <thead> and <tbody>, cells holding paragraphs and lists', async () => {
    const doc = await richTextFromHtml(
      '<table><thead><tr><th>Taak</th><th>Uren</th></tr></thead>' +
        '<tbody><tr><td><p>Roosters</p></td><td>6</td></tr><tr><td><ul><li>a</li><li>b</li></ul></td><td></td></tr></tbody></table>',
    );
    expect(cellsOf(doc)).toEqual([
      ['#Taak', '#Uren'],
      ['Roosters', '6'],
      ['a\nb', ''],
    ]);
    expect(RichDocSchema.safeParse(doc).success).toBe(true);
  });

  it('unwraps a one-column layout table and writes a table inside a table as lines', async () => {
    const doc = await richTextFromHtml(
      '<table><tr><td><p>Hoi,</p><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>' +
        '<table><tr><td>x</td><td><table><tr><td>c</td><td>d</td></tr></table></td></tr></table>',
    );
    expect(doc.content[0]).toMatchObject({ type: 'paragraph' });
    expect(plainTextOf(doc.content[0]!)).toBe('Hoi,');
    expect(cellsOf(doc)[0]).toEqual(['a', 'b']);
    expect(plainTextOf(doc.content[2]!).replace(/\s+/g, ' ')).toContain('c | d');
  });

  it('keeps a table too big to sanitise in one piece as one table', async () => {
    const text = 'Een cel met genoeg tekst om de tabel groter te maken dan één stuk HTML. '.repeat(5);
    const rows = Array.from({ length: 400 }, (_, index) => `<tr><td>Rij ${index + 1}</td><td>${text}</td></tr>`);
    const html = `<table><thead><tr><th>Rij</th><th>Tekst</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    expect(html.length).toBeGreaterThan(2 * 64 * 1024);
    const doc = await richTextFromHtml(html);
    expect(doc.content.filter((node) => node.type === 'table')).toHaveLength(1);
    expect(cellsOf(doc)).toHaveLength(401);
    expect(cellsOf(doc).at(-1)?.[0]).toBe('Rij 400');
  });

  it('turns a table of 10,000 cells into lines of text, with a warning, not a crash', async () => {
    const row = `<tr>${Array.from({ length: 100 }, (_, index) => `<td>c${index}</td>`).join('')}</tr>`;
    const simplified = notes();
    const doc = await richTextFromHtml(`<table>${row.repeat(100)}</table>`, undefined, simplified);
    expect(simplified.simplified).toBe(true);
    expect(doc.content.some((node) => node.type === 'table')).toBe(false);
    expect(doc.content).toHaveLength(100);
    expect(plainTextOf(doc.content[0]!)).toMatch(/^c0 \| c1 \| c2/);
  });
});

describe('the warning for simplified formatting', () => {
  it('tells the coach, in the preview, when a table or a list had to become plain lines', async () => {
    const service = previewService();
    const row = `<tr>${'<td>c</td>'.repeat(30)}</tr>`;
    const html = new TextEncoder().encode(`<p>Mijn overzicht:</p><table>${row.repeat(3)}</table>`);
    const result = await service.previewFile('tr_00000000000000000000', 'overzicht.html', html);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.preview.warnings.map((warning) => warning.code)).toContain('formatting_simplified');
    const plain = await service.previewFile(
      'tr_00000000000000000000',
      'kort.txt',
      new TextEncoder().encode('- a\n- b'),
    );
    if (!plain.ok) throw new Error(plain.error.code);
    expect(plain.preview.warnings.map((warning) => warning.code)).not.toContain('formatting_simplified');
  });
});

describe('preformatted text keeps its indentation', () => {
  it('keeps a <pre> block with its spaces, tabs and line breaks', async () => {
    const doc = await richTextFromHtml('<p>Voor</p><pre>regel\n    ingesprongen\n\tmet tab <b>vet</b></pre>');
    expect(doc.content[1]).toEqual({
      type: 'preformatted',
      content: [{ type: 'text', text: 'regel\n    ingesprongen\n\tmet tab vet' }],
    });
  });

  it('keeps indented lines of a plain-text mail as preformatted text', () => {
    const doc = richTextFromText('Zo schreef ik het op:\n    eerst ademhalen,\n\tdan pas antwoorden.\nDaarna gewoon.');
    expect(doc.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Zo schreef ik het op:' }] },
      { type: 'preformatted', content: [{ type: 'text', text: '    eerst ademhalen,\n\tdan pas antwoorden.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Daarna gewoon.' }] },
    ]);
  });
});
