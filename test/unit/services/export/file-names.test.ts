import { describe, expect, it } from 'vitest';
import {
  certificateFileName,
  safeAttachmentName,
  safeSlug,
  uniqueNames,
} from '../../../../main/services/export/file-names';

describe('export file names', () => {
  it('are plain ASCII words joined by dashes, whatever the title holds', () => {
    expect(safeSlug('Traject Daniëlle van Dijk-Ramdin', 'x')).toBe('traject-danielle-van-dijk-ramdin');
    expect(safeSlug('../../etc/passwd', 'x')).toBe('etc-passwd');
    expect(safeSlug('C:\\Windows\\system32', 'x')).toBe('c-windows-system32');
    expect(safeSlug('“Groei” — 2025 <script>', 'x')).toBe('groei-2025-script');
    expect(safeSlug('Straße Ærø', 'x')).toBe('strasse-aero');
    expect(safeSlug('Łódź Đorđe Øystein', 'x')).toBe('lodz-dorde-oystein');
  });

  it('fall back when nothing usable is left, or the name is a Windows device', () => {
    expect(safeSlug('🙈🙈', 'traject')).toBe('traject');
    expect(safeSlug('   ', 'traject')).toBe('traject');
    expect(safeSlug('CON', 'traject')).toBe('traject');
    expect(safeSlug('lpt1', 'traject')).toBe('traject');
  });

  it('stay short', () => {
    expect(safeSlug('woord '.repeat(100), 'x').length).toBeLessThanOrEqual(60);
    expect(safeSlug('woord '.repeat(100), 'x')).not.toMatch(/-$/);
  });

  it('keep an attachment’s extension in lower case', () => {
    expect(safeAttachmentName('Antwoorden ronde 6 – Daniëlle.DOCX', 'bijlage')).toBe(
      'antwoorden-ronde-6-danielle.docx',
    );
    expect(safeAttachmentName('../../.bashrc', 'bijlage')).toBe('bijlage.bashrc');
    expect(safeAttachmentName('zonder-extensie', 'bijlage')).toBe('zonder-extensie');
  });

  it('are made unique within a bundle by numbering repeats', () => {
    const unique = uniqueNames();
    expect(['foto.jpg', 'foto.jpg', 'FOTO.jpg', 'notitie'].map(unique)).toEqual([
      'foto.jpg',
      'foto-2.jpg',
      'FOTO-3.jpg',
      'notitie',
    ]);
  });

  it('name the certificate after the coach in the coach’s language', () => {
    expect(certificateFileName('Marieke Jansen', 'nl')).toBe('ondertekeningscertificaat-marieke-jansen.cer');
    expect(certificateFileName('', 'en')).toBe('signing-certificate.cer');
  });
});
