import { describe, expect, it } from 'vitest';
import type { ImportFileResult } from '../../../../shared/domain/import';
import { plainTextOf } from '../../../../shared/domain/rich-text';
import { docxWith, outlookHtml } from '../../../support/big-files';
import { previewService } from './fixture-support';

const service = previewService('en');
const TRAJECT = 'tr_00000000000000000000';

const preview = (name: string, content: string | Buffer): Promise<ImportFileResult> =>
  service.previewFile(TRAJECT, name, typeof content === 'string' ? Buffer.from(content) : content);

function expectRefused(result: ImportFileResult, code: string, message: string): void {
  expect(result).toMatchObject({ ok: false, error: { code, message } });
}

// Sanitising grew with the square of the HTML (1 MB took 46 s, 40 MB never finished), and a file with more
// paragraphs than a document may hold failed as "damaged" only after all the work. Every bound is a count or a
// size said in the sentence, checked before the costly part.
describe('import limits: work that grows with the file, and plain refusals past the bounds', () => {
  it('previews 1 MB of HTML with all of its paragraphs, well within 20 s', async () => {
    const html = outlookHtml(1024 * 1024, { wrapped: false });
    const started = Date.now();
    const result = await preview('antwoorden.html', html);
    expect(Date.now() - started).toBeLessThan(20_000);
    if (!result.ok) throw new Error(result.error.message);
    const text = result.preview.answers.map((answer) => plainTextOf(answer.content)).join('\n');
    const paragraphs = html.match(/<p /g)!.length;
    expect(text).toContain(`Alinea ${paragraphs}: vet`);
    expect(text).not.toMatch(/font-size|MsoNormal/);
  }, 60_000);

  it('refuses HTML over 10 MB at once, naming the limit', async () => {
    const result = await preview('groot.html', outlookHtml(10 * 1024 * 1024 + 1));
    expectRefused(
      result,
      'import_html_too_large',
      'The formatted text (HTML) in groot.html is too large (10 MB); the maximum is 10 MB. Save it as plain text or split it.',
    );
  });

  it('refuses HTML with more than 300,000 elements before sanitising it', async () => {
    const result = await preview('opmaak.html', `<p>${'<b>x</b>'.repeat(160_000)}</p>`);
    expectRefused(
      result,
      'import_html_too_complex',
      'The formatting of opmaak.html is too complex (more than 300,000 elements); save it as plain text or split it.',
    );
  }, 60_000);

  it('refuses text with more than 9,000 paragraphs, saying so instead of "damaged"', async () => {
    const result = await preview('lang.txt', 'Een alinea.\n\n'.repeat(9_001));
    expectRefused(
      result,
      'import_too_many_paragraphs',
      'The file lang.txt has more than 9,000 paragraphs; split it into smaller files and import those one by one.',
    );
  });

  it('refuses a Word file with a million paragraphs (5.5 MB, not a zip bomb) before mammoth reads it', async () => {
    const started = Date.now();
    const result = await preview(
      'miljoen.docx',
      docxWith({ paragraphs: 1_000_000, text: (index) => ((index * 2_654_435_761) % 2 ** 32).toString(36) }),
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expectRefused(
      result,
      'import_too_many_paragraphs',
      'The file miljoen.docx has more than 9,000 paragraphs; split it into smaller files and import those one by one.',
    );
  }, 60_000);

  it('still imports a Word file of 5,000 paragraphs', async () => {
    const result = await preview('lang.docx', docxWith({ paragraphs: 5_000 }));
    if (!result.ok) throw new Error(result.error.message);
    expect(plainTextOf(result.preview.answers[0]!.content)).toContain('Alinea 5000:');
  }, 60_000);
});
