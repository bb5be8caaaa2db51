import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverySheetPdf } from '../../../../main/services/vault/recovery-sheet';

const KEY = '495W-REB5-QAFD-KRD2-DZJS-MYBN-JANW-A9F5';

/** poppler's pdftotext reads the PDF as any reader would; the sheet lives only in memory until then. */
async function textOf(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'passie-sheet-'));
  try {
    await writeFile(join(dir, 'sheet.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('recovery sheet', () => {
  it('is a one-page PDF with the key in readable groups and the instructions, in Dutch or English', async () => {
    const nl = await recoverySheetPdf(KEY, new Date('2026-11-26T10:00:00Z'), 'nl');
    expect(nl.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await textOf(nl)).replace(/\s+/g, ' ');
    expect(text).toContain('PASSIE Studio — herstelblad');
    expect(text).toContain('495W REB5 QAFD KRD2');
    expect(text).toContain('DZJS MYBN JANW A9F5');
    expect(text).toContain('2026-11-26');
    expect(text).toContain('Wachtwoord vergeten?');
    const en = (await textOf(await recoverySheetPdf(KEY, new Date(), 'en'))).replace(/\s+/g, ' ');
    expect(en).toContain('recovery sheet');
  });
});
