import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportFileResult, ImportPreview } from '../../../../shared/domain/import';
import { RichDocSchema, type RichNode } from '../../../../shared/domain/rich-text';
import { fixture } from '../../../support/fixtures';
import { generate, previewService, textOf } from './fixture-support';

const service = previewService('nl');
const TRAJECT = 'tr_00000000000000000000';

function run(path: string, bytes: Uint8Array = fixture(path)): Promise<ImportFileResult> {
  return service.previewFile(TRAJECT, path.split('/').pop()!, bytes);
}

async function ok(path: string): Promise<ImportPreview> {
  const result = await run(path);
  if (!result.ok) throw new Error(`${path}: ${result.error.code} ${result.error.message}`);
  for (const answer of result.preview.answers) RichDocSchema.parse(answer.content);
  return result.preview;
}

function hrefsOf(nodes: RichNode[]): string[] {
  return nodes.flatMap((node) => [
    ...(node.marks ?? []).flatMap((mark) => (mark.type === 'link' ? [mark.attrs.href] : [])),
    ...hrefsOf(node.content ?? []),
  ]);
}

/** No stored answer may carry anything active: only web and mail links, no payload label in any link. */
function expectInert(preview: ImportPreview): void {
  const hrefs = preview.answers.flatMap((answer) => hrefsOf(answer.content.content));
  for (const href of hrefs) {
    expect(href).toMatch(/^(https?:\/\/|mailto:)/i);
    expect(href).not.toMatch(/probe/);
  }
  const json = JSON.stringify(preview);
  expect(json).not.toMatch(/xss-probe/);
  expect(json).not.toMatch(/"(on\w+|style|src|srcdoc|action|formaction|background)":/i);
}

const all = (preview: ImportPreview) => textOf(preview.answers.map((answer) => answer.content));

describe('hostile inputs (test/fixtures/hostile)', () => {
  it('xss-kitchen-sink.eml: imported as text with every payload gone and the survivors intact', async () => {
    const preview = await ok('hostile/xss-kitchen-sink.eml');
    expectInert(preview);
    const text = all(preview);
    for (const marker of ['SURVIVOR-TEXT-01', 'SURVIVOR-TEXT-02', 'SURVIVOR-TEXT-03', 'SURVIVOR-TEXT-04']) {
      expect(text).toContain(marker);
    }
    for (const kept of ['één', '😂', '“aanhalingstekens”']) expect(text).toContain(kept);
  });

  it('xss-html-only.eml: text derived from the HTML itself, payloads gone', async () => {
    const preview = await ok('hostile/xss-html-only.eml');
    expectInert(preview);
    const text = all(preview);
    for (const marker of ['SURVIVOR-TEXT-10', 'SURVIVOR-TEXT-11', 'SURVIVOR-TEXT-12', '‘Met wie lach je het meest?’']) {
      expect(text).toContain(marker);
    }
  });

  it('broken-boundary-mismatch.eml: no readable body is an error, never a round with 0 answers', async () => {
    expect(await run('hostile/broken-boundary-mismatch.eml')).toMatchObject({
      ok: false,
      error: { code: 'import_no_text', message: expect.stringContaining('broken-boundary-mismatch.eml') },
    });
  });

  it('broken-boundary-unterminated.eml: the text is imported, the cut-off attachment dropped with a warning', async () => {
    const preview = await ok('hostile/broken-boundary-unterminated.eml');
    expect(all(preview)).toContain('SURVIVOR-TEXT-52');
    expect(preview.attachments).toEqual([]);
    expect(preview.warnings).toContainEqual({
      code: 'attachment_damaged',
      message: 'Bijlage ronde3.docx is onvolledig of beschadigd en is weggelaten.',
    });
  });

  it('renamed-png.docx: refused, saying it is really a PNG image', async () => {
    expect(await run('hostile/renamed-png.docx')).toEqual({
      ok: false,
      file: 'renamed-png.docx',
      error: {
        code: 'import_wrong_content',
        message: 'Het bestand renamed-png.docx is geen Word-document; het is eigenlijk een afbeelding (PNG).',
        params: { file: 'renamed-png.docx', expected: 'Word-document', actual: 'een afbeelding (PNG)' },
      },
    });
  });

  it('truncated.docx, empty.docx, empty.eml: clear errors naming the file', async () => {
    expect(await run('hostile/truncated.docx')).toMatchObject({ ok: false, error: { code: 'import_damaged' } });
    expect(await run('hostile/empty.docx')).toMatchObject({
      ok: false,
      error: { code: 'import_empty', message: 'Het bestand empty.docx is leeg; er valt niets te importeren.' },
    });
    expect(await run('hostile/empty.eml')).toMatchObject({ ok: false, error: { code: 'import_empty' } });
  });

  it('invalid-utf8.eml: imported with U+FFFD for the bad bytes, no NUL, survivors intact', async () => {
    const preview = await ok('hostile/invalid-utf8.eml');
    const text = all(preview);
    expect(text).toContain('SURVIVOR-TEXT-20');
    expect(text).toContain('SURVIVOR-TEXT-21');
    expect(text).toMatch(/café, één, ideeën/);
    expect(text).toContain('\uFFFD');
    expect(text).not.toContain('\u0000');
    expect(JSON.parse(JSON.stringify(preview))).toEqual(preview);
    expect(preview.warnings.map((warning) => warning.code)).toContain('invalid_characters');
  });

  it('deep-nesting-5000.eml: flattened without overflowing the stack, survivor kept', async () => {
    const started = Date.now();
    const preview = await ok('hostile/deep-nesting-5000.eml');
    expect(all(preview)).toContain('SURVIVOR-TEXT-30');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('attachment-filenames-traversal.eml: text imported, attachment names made harmless', async () => {
    const preview = await ok('hostile/attachment-filenames-traversal.eml');
    expect(all(preview)).toContain('SURVIVOR-TEXT-70');
    expect(preview.attachments.length).toBeGreaterThanOrEqual(5);
    for (const { name } of preview.attachments) {
      expect(name).not.toMatch(/[\\/]|\.\.|[\p{Cc}\u202e\u200e\u200f]/u);
      expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
      expect(name.length).toBeLessThanOrEqual(120);
    }
    // The right-to-left override is gone, so the real extension shows.
    expect(preview.attachments.map((attachment) => attachment.name)).toContain('antwoordencod.exe');
  });

  it('docx-javascript-hyperlink.docx: imported, dangerous links inert, literal HTML kept as text', async () => {
    const preview = await ok('hostile/docx-javascript-hyperlink.docx');
    expectInert(preview);
    const text = all(preview);
    expect(text).toContain('SURVIVOR-TEXT-80');
    expect(text).toContain('SURVIVOR-TEXT-81');
    expect(text).toContain('deze link');
    expect(text).toContain("<script>alert('docx-probe-03')</script>");
    expect(JSON.stringify(preview)).not.toMatch(/javascript:|data:text|file:\/\//);
  });

  it('docx-xxe-entities.docx: refused as XML with a DTD, without expanding anything', async () => {
    const started = Date.now();
    expect(await run('hostile/docx-xxe-entities.docx')).toMatchObject({
      ok: false,
      error: { code: 'import_forbidden_xml' },
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('docx-linked-image-local-file.docx: imported without reading the linked local file', async () => {
    const preview = await ok('hostile/docx-linked-image-local-file.docx');
    expect(all(preview)).toContain('SURVIVOR-TEXT-95');
    expect(JSON.stringify(preview)).not.toMatch(/root:|passwd/);
  });

  it('a file over 50 MB is refused before it is parsed', async () => {
    const result = await run('groot.eml', new Uint8Array(50 * 1024 * 1024 + 1));
    expect(result).toMatchObject({ ok: false, error: { code: 'import_too_large' } });
    if (!result.ok)
      expect(result.error.message).toMatch(/^Het bestand groot\.eml is te groot \(50 MB\); het maximum is 50 MB\.$/);
  });

  describe('generated at test time', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'passie-import-hostile-'));
      await Promise.all([
        generate('make-big-eml.mjs', join(dir, 'big.eml')),
        generate('make-zip-bomb-docx.mjs', join(dir, 'bomb.docx')),
      ]);
    }, 30_000);
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('the zip bomb is refused within a second, without inflating it', async () => {
      const bytes = await readFile(join(dir, 'bomb.docx'));
      const before = process.memoryUsage().rss;
      const started = Date.now();
      const result = await service.previewFile(TRAJECT, 'bomb.docx', bytes);
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
      expect(result).toMatchObject({ ok: false, error: { code: 'import_zip_bomb' } });
    });

    it('the 30 MB e-mail imports in reasonable time with its text and its attachment', async () => {
      const bytes = await readFile(join(dir, 'big.eml'));
      const started = Date.now();
      const result = await service.previewFile(TRAJECT, 'big.eml', bytes);
      expect(Date.now() - started).toBeLessThan(5_000);
      if (!result.ok) throw new Error(result.error.code);
      expect(all(result.preview)).toContain('BIG-EML-TEXT-MARKER');
      expect(result.preview.attachments).toMatchObject([{ name: 'voicememo-antwoord-ronde-2.m4a', size: 22_987_188 }]);
    });
  });
});
