import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  ArchiveContentError,
  packArchive,
  unpackArchive,
  type ManifestFields,
} from '../../../../main/services/archive/archive-format';

const fields: ManifestFields = {
  trajectId: 'tr_0123456789abcdefghjk',
  clientId: 'cl_0123456789abcdefghjk',
  closedAt: '2025-03-10T09:00:00.000Z',
  retentionUntil: '2027-03-10T09:00:00.000Z',
  chainHead: 'a'.repeat(64),
  pdfFileName: 'dossier.pdf',
};
const entries = new Map<string, Uint8Array>([
  ['dossier.json', Buffer.from('{"format":1}')],
  ['dossier.pdf', Buffer.from('%PDF-1.7 …')],
  ['traject.json', Buffer.from('{}')],
  ['attachments/at_0123456789abcdefghjk', Buffer.from([1, 2, 3])],
]);

/** Rebuilds the zip with one entry changed, as someone holding the key could. */
function withEntry(zip: Uint8Array, name: string, bytes: Uint8Array | undefined): Uint8Array {
  const files = unzipSync(zip);
  if (bytes) files[name] = new Uint8Array(bytes);
  else delete files[name];
  return zipSync(files);
}

const failure = (zip: Uint8Array) => {
  try {
    unpackArchive(zip);
    return 'ok';
  } catch (error) {
    return error instanceof ArchiveContentError ? error.entry : String(error);
  }
};

describe('the archive zip and its manifest', () => {
  it('round-trips every entry with its SHA-256', () => {
    const { manifest, entries: back } = unpackArchive(packArchive(fields, entries));
    expect(manifest).toMatchObject({ format: 1, ...fields });
    expect(manifest.entries.map((entry) => entry.name)).toEqual([...entries.keys()]);
    for (const [name, bytes] of entries) expect(Buffer.from(back.get(name)!)).toEqual(Buffer.from(bytes));
  });

  it('names the first entry that does not match, is missing or is not listed', () => {
    const zip = packArchive(fields, entries);
    expect(failure(withEntry(zip, 'dossier.pdf', Buffer.from('%PDF-1.7 …!')))).toBe('dossier.pdf');
    expect(failure(withEntry(zip, 'attachments/at_0123456789abcdefghjk', Buffer.from([1, 2, 4])))).toBe(
      'attachments/at_0123456789abcdefghjk',
    );
    expect(failure(withEntry(zip, 'dossier.json', undefined))).toBe('dossier.json');
    expect(failure(withEntry(zip, 'extra.txt', Buffer.from('x')))).toBe('extra.txt');
    expect(failure(withEntry(zip, 'manifest.json', Buffer.from('{')))).toBe('manifest.json');
    expect(failure(zip.subarray(0, zip.length - 30))).toBe('zip');
  });

  it('refuses entry names that could escape a folder when extracted', () => {
    expect(() => packArchive(fields, new Map([...entries, ['../evil', Buffer.from('x')]]))).toThrow();
  });
});
