import { describe, expect, it } from 'vitest';
import type { ImportFileResult } from '../../../../shared/domain/import';
import { plainTextOf } from '../../../../shared/domain/rich-text';
import { docxWith } from '../../../support/big-files';
import { previewService } from './fixture-support';

const service = previewService('en');
const TRAJECT = 'tr_00000000000000000000';

const preview = (name: string, bytes: Buffer): Promise<ImportFileResult> => service.previewFile(TRAJECT, name, bytes);

function textOf(result: ImportFileResult): string {
  if (!result.ok) throw new Error(result.error.message);
  return result.preview.answers.map((answer) => plainTextOf(answer.content)).join('\n');
}

/** A multipart e-mail of `parts` text parts whose boundary is given in RFC 2231 continuations. */
function continuedBoundaryMail(parts: number): Buffer {
  const boundary = 'grens-deel-een-grens-deel-twee';
  const lines = [
    'From: Sanne de Boer <sanne.deboer@example.com>',
    'Subject: Veel delen',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed;',
    ' boundary*0="grens-deel-een-";',
    ' boundary*1="grens-deel-twee"',
    '',
  ];
  for (let index = 0; index < parts; index++) {
    lines.push(`--${boundary}`, 'Content-Type: text/plain; charset=utf-8', '', `Deel ${index + 1}.`);
  }
  lines.push(`--${boundary}--`, '');
  return Buffer.from(lines.join('\r\n'));
}

describe('file formats the import reads, and the checks that must not be fooled', () => {
  it('refuses a Word file whose DOCTYPE sits after a comment longer than 4 kB (the whole prolog is read)', async () => {
    const prolog = `<!--${' opmerking'.repeat(600)} --><!DOCTYPE w:document [<!ENTITY x "SYSTEM-PROBE">]>`;
    const result = await preview('verstopt.docx', docxWith({ paragraphs: 3, prolog }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'import_forbidden_xml',
        message: 'The file verstopt.docx contains XML that is not allowed (a DTD or entities), so it was refused.',
      },
    });
  });

  it('still reads a Word file with a long comment and a processing instruction before its root', async () => {
    const prolog = `<!--${' opmerking'.repeat(600)} --><?mso-application progid="Word.Document"?>`;
    expect(textOf(await preview('opmerking.docx', docxWith({ paragraphs: 2, prolog })))).toContain('Alinea 2:');
  });

  it('counts MIME parts whose boundary is split in RFC 2231 continuations (boundary*0, boundary*1)', async () => {
    expect(await preview('delen.eml', continuedBoundaryMail(501))).toMatchObject({
      ok: false,
      error: { code: 'import_too_complex' },
    });
    // Within the limit, mailparser reads the same boundary: the parts are there.
    expect(textOf(await preview('drie.eml', continuedBoundaryMail(3)))).toContain('Deel 3.');
  });

  it('reads UTF-16 text with a byte order mark, little and big endian', async () => {
    const text = 'Wat gaf je energie? Zeilen op het IJsselmeer – één dag, en ideeën genoeg. 🙂';
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const bigEndian = Buffer.from(littleEndian);
    bigEndian.swap16();
    expect(textOf(await preview('antwoord-le.txt', littleEndian))).toBe(text);
    expect(textOf(await preview('antwoord-be.txt', bigEndian))).toBe(text);
  });
});
