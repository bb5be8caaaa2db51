import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueSchema } from '../../../shared/domain/catalogue';
import type { ImportPreview } from '../../../shared/domain/import';
import { plainTextOf, type RichNode } from '../../../shared/domain/rich-text';
import { fixture, fixtureJson } from '../../support/fixtures';
import { importWhole } from '../../support/import-whole';
import { TempStudio } from '../../support/temp-studio';
import { pdfsig, run } from '../export/support/pdf-tools';

/** Rendered pages for a person to look at (npm test keeps test-results/). */
const pagesDir = join(import.meta.dirname, '../../../test-results/formatting-pages');

let temp: TempStudio;
const previews = new Map<string, ImportPreview>();
let layout: string;
let pdfPath: string;

const FILES = {
  outlook: 'formatting/outlook-lists-table-pre.eml',
  plain: 'formatting/plain-lists-indent.eml',
  word: 'docx/hannah-whitfield-round-5.docx',
} as const;

beforeAll(async () => {
  temp = await TempStudio.open();
  await temp.call('settings.update', {
    coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: 'marieke@praktijk-jansen.example' },
    language: 'nl',
  });
  await temp.call('catalogue.import', CatalogueSchema.parse(fixtureJson('questions.json')));
  const { id: clientId } = await temp.call('client.add', { name: 'Femke de Wit' });
  const { id: trajectId } = await temp.call('traject.add', { clientId, title: 'Vier dagen werken' });
  for (const [key, path] of Object.entries(FILES)) {
    const { preview } = await importWhole(temp, trajectId, { name: path.split('/').pop()!, bytes: fixture(path) });
    previews.set(key, preview);
  }
  // A long table, as a saved web page: it must run over several pages.
  const longTable = `<p>Mijn logboek:</p><table><tr><th>Dag</th><th>Wat ik deed</th></tr>${Array.from(
    { length: 150 },
    (_, index) =>
      `<tr><td>Rij ${index + 1}</td><td>Een regel logboek voor dag ${index + 1}, die netjes binnen de cel blijft.</td></tr>`,
  ).join('')}</table>`;
  await importWhole(temp, trajectId, { name: 'logboek.html', bytes: Buffer.from(longTable) });
  const file = await temp.call('export.dossierPdf', { trajectId, includeNotes: false });
  pdfPath = join(temp.root, 'formatting.pdf');
  await writeFile(pdfPath, Buffer.from(file.base64, 'base64'));
  const { stdout } = await run('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-']);
  layout = stdout;
  await mkdir(pagesDir, { recursive: true });
  await writeFile(join(pagesDir, 'layout.txt'), layout);
}, 120_000);

afterAll(async () => {
  await temp.dispose();
});

function* nodes(list: readonly RichNode[]): Generator<RichNode> {
  for (const node of list) {
    yield node;
    yield* nodes(node.content ?? []);
  }
}

const answerNodes = (key: keyof typeof FILES) => [
  ...nodes(previews.get(key)!.answers.flatMap((answer) => answer.content.content)),
];

/** A line of the PDF's text holding all these words, left to right (the cells of one table row). */
const rowLine = (...cells: string[]) =>
  new RegExp(cells.map((cell) => cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+\\S*.*?'), 'u');

describe('an import keeps what the client formatted, through to the dossier PDF', () => {
  it("reads Outlook's symbol bullets as nested lists and its table as a table", () => {
    const outlook = previews.get('outlook')!;
    expect(outlook.answers.map((answer) => answer.questionId)).toEqual(['topjob-3', 'topjob-2']);
    const found = answerNodes('outlook');
    expect(found.filter((node) => node.type === 'bulletList').length).toBeGreaterThanOrEqual(3);
    expect(found.some((node) => node.type === 'orderedList')).toBe(true);
    const table = found.find((node) => node.type === 'table')!;
    expect(table.content).toHaveLength(3);
    expect(table.content![0]!.content!.map((cell) => plainTextOf(cell))).toEqual(['Taak', 'Uren per week', 'Energie']);
    const pre = found.find((node) => node.type === 'preformatted')!;
    expect(plainTextOf(pre)).toContain('\n    Maandag kijk ik ernaar,\n        en dan hoor je het van me.');
    expect(JSON.stringify(outlook.answers)).not.toMatch(/[·§]|mso-list/);
  });

  it('reads typed plain-text lists and indented lines', () => {
    expect(previews.get('plain')!.answers.map((answer) => answer.questionId)).toEqual(['topjob-3', 'topjob-2']);
    const found = answerNodes('plain');
    expect(found.filter((node) => node.type === 'bulletList')).toHaveLength(2);
    expect(found.filter((node) => node.type === 'orderedList')).toHaveLength(1);
    expect(plainTextOf(found.find((node) => node.type === 'preformatted')!)).toBe(
      '    eerst ademhalen,\n\tdan pas antwoorden.',
    );
  });

  it('draws the tables in the PDF with their cells side by side, one row a line', () => {
    expect(layout).toMatch(rowLine('Taak', 'Uren per week', 'Energie'));
    expect(layout).toMatch(rowLine('Roosters maken', '6', 'Kost me alles'));
    expect(layout).toMatch(rowLine('Nieuwe collega’s inwerken', '3', 'Geeft juist energie'));
    // The Word table (hannah-whitfield-round-5.docx).
    expect(layout).toMatch(rowLine('Thing', 'Evidence from this week'));
    expect(layout).toMatch(rowLine('Make someone laugh', 'Made Wouter snort coffee'));
  });

  it('breaks a long table between rows and writes its header again on every page it continues on', () => {
    const pages = layout.split('\f');
    const withRows = pages.filter((page) => /Rij \d+/.test(page));
    expect(withRows.length).toBeGreaterThan(2);
    for (const page of withRows) expect(page).toMatch(rowLine('Dag', 'Wat ik deed'));
    for (let row = 1; row <= 150; row += 1) {
      // Every row whole on one page: its two cells side by side.
      expect(withRows.filter((page) => rowLine(`Rij ${row}`, `dag ${row},`).test(page))).toHaveLength(1);
    }
  });

  it('keeps lists and indentation in the PDF, and the document stays signed', async () => {
    expect(layout).toMatch(/•\s+Maandag: administratie en rustig opstarten/u);
    expect(layout).toMatch(/◦\s+facturen versturen voor tien uur/u);
    expect(layout).toMatch(/▪\s+om 11:00 en om 16:00/u);
    expect(layout).toMatch(/2\.\s+dan een proefmaand met vier dagen/u);
    const indent = (text: string) =>
      /^( *)/.exec(layout.split('\n').find((line) => line.includes(text)) ?? '')![1]!.length;
    expect(indent('Maandag kijk ik ernaar')).toBeGreaterThan(indent('Nee, dat lukt vandaag niet.'));
    expect(indent('en dan hoor je het van me')).toBeGreaterThan(indent('Maandag kijk ik ernaar'));
    expect((await pdfsig(pdfPath)).validation).toBe('Signature is Valid.');
    await run('/usr/bin/pdftoppm', ['-png', '-r', '60', pdfPath, join(pagesDir, 'page')]);
  });
});
