import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastWordsOf, seedStressDossier, STRESS_CLIENT } from '../../support/stress-dossier';
import { TempStudio } from '../../support/temp-studio';
import { pdfPages, pdfsig, pdfText, qpdfCheck, run } from './support/pdf-tools';

const ROUNDS = 40;
const WORDS = 3_000;
/** Rendered pages for a person to look at (npm test keeps test-results/). */
const pagesDir = join(import.meta.dirname, '../../../test-results/pdf-pages');

let temp: TempStudio;
let path: string;
let text: string;
let pages: number;

beforeAll(async () => {
  temp = await TempStudio.open();
  await temp.call('settings.update', {
    coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: 'marieke@praktijk-jansen.example' },
    language: 'nl',
  });
  const { trajectId } = await seedStressDossier(temp, { rounds: ROUNDS, words: WORDS });
  path = join(temp.root, 'stress.pdf');
  const file = await temp.call('export.dossierPdf', { trajectId, includeNotes: false });
  await writeFile(path, Buffer.from(file.base64, 'base64'));
  text = await pdfText(path);
  pages = await pdfPages(path);
}, 180_000);

afterAll(async () => {
  await temp.dispose();
});

describe('a stress dossier: 40 rounds of 3,000-word answers with every rich-text feature', () => {
  it('has a sane number of pages', () => {
    // 120,000 words of answers at roughly 450 words a page, plus 40 replies, covers, overview, verification.
    expect(pages).toBeGreaterThan(260);
    expect(pages).toBeLessThan(420);
    expect(text).toContain(`pagina ${pages} van ${pages}`);
  });

  it('loses no text: the last words of every answer and every reply block are there', () => {
    for (let round = 1; round <= ROUNDS; round += 1) {
      expect(text).toContain(lastWordsOf(round, 1));
      expect(text).toContain(`Blok p_close van ronde ${round}:`);
    }
    expect(text).toContain(STRESS_CLIENT);
  });

  it('renders the rich text: marks, links with their address, nested lists, quotations, headings', () => {
    expect(text).toContain('schuin onderstreept alles tegelijk');
    expect(text).toContain('de website (https://www.example.org/passie/ronde)');
    expect(text).toContain('de coach (coach@praktijk.example)');
    expect(text).toContain('• Tweede punt met een eigen lijst');
    expect(text).toContain('◦ genest niveau twee');
    expect(text).toContain('▪ niveau drie, € 12,50 – klaar');
    expect(text).toContain('3. derde stap');
    expect(text).toContain('4. vierde stap');
    expect(text).toContain('‘Je hoeft niet altijd de sterkste te zijn,’ zei mijn zus.');
    expect(text).toContain('Wat ik merk – “een tussenkop”');
    expect(text).toContain('Donaudampfschifffahrtsgesellschaftskapitänswitwe');
  });

  it('embeds the image attachment, scaled onto the page', async () => {
    const { stdout } = await run('/usr/bin/pdfimages', ['-list', path]);
    const images = stdout.split('\n').filter((line) => /^\s*\d+\s+\d+\s+image\s/.test(line));
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/jpeg/);
    expect(text).toContain('Bijlage: mijn-plek.jpg');
  });

  it('is still one valid signature over the whole file, and a sound PDF', async () => {
    const verdict = await pdfsig(path);
    expect(verdict.validation, verdict.output).toBe('Signature is Valid.');
    expect(verdict.wholeDocument).toBe(true);
    expect((await qpdfCheck(path)).code).toBe(0);
  });

  it('renders pages for a visual check (cover, overview, a round, a reply, the image, the last page)', async () => {
    await rm(pagesDir, { recursive: true, force: true });
    await mkdir(pagesDir, { recursive: true });
    const imagePage = await pageContaining('mijn-plek.jpg');
    for (const page of [1, 2, 5, 11, imagePage, pages]) {
      const rendered = await run('/usr/bin/pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        String(page),
        '-l',
        String(page),
        path,
        join(pagesDir, 'stress'),
      ]);
      expect(rendered.code, rendered.stderr).toBe(0);
    }
  });
});

/** The first page whose text holds `needle`, searched from the end (the image round is the last). */
async function pageContaining(needle: string): Promise<number> {
  for (let page = pages; page > 0; page -= 1) {
    const { stdout } = await run('/usr/bin/pdftotext', ['-f', String(page), '-l', String(page), path, '-']);
    if (stdout.includes(needle)) return page;
  }
  throw new Error(`no page holds ${needle}`);
}
