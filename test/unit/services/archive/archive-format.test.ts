import { randomBytes } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  ArchiveContentError,
  levelFor,
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

const failure = async (zip: Uint8Array) => {
  try {
    await unpackArchive(zip);
    return 'ok';
  } catch (error) {
    return error instanceof ArchiveContentError ? error.entry : String(error);
  }
};

describe('the archive zip and its manifest', () => {
  it('round-trips every entry with its SHA-256', async () => {
    const { manifest, entries: back } = await unpackArchive(Buffer.concat(await packArchive(fields, entries)));
    expect(manifest).toMatchObject({ format: 1, ...fields });
    expect(manifest.entries.map((entry) => entry.name)).toEqual([...entries.keys()]);
    for (const [name, bytes] of entries) expect(Buffer.from(back.get(name)!)).toEqual(Buffer.from(bytes));
  });

  it('names the first entry that does not match, is missing or is not listed', async () => {
    const zip = Buffer.concat(await packArchive(fields, entries));
    expect(await failure(withEntry(zip, 'dossier.pdf', Buffer.from('%PDF-1.7 …!')))).toBe('dossier.pdf');
    expect(await failure(withEntry(zip, 'attachments/at_0123456789abcdefghjk', Buffer.from([1, 2, 4])))).toBe(
      'attachments/at_0123456789abcdefghjk',
    );
    expect(await failure(withEntry(zip, 'dossier.json', undefined))).toBe('dossier.json');
    expect(await failure(withEntry(zip, 'extra.txt', Buffer.from('x')))).toBe('extra.txt');
    expect(await failure(withEntry(zip, 'manifest.json', Buffer.from('{')))).toBe('manifest.json');
    expect(await failure(zip.subarray(0, zip.length - 30))).toBe('zip');
  });

  it('deflates the entries that compress and stores those compressed already, readable either way', async () => {
    const dossier = Buffer.from(JSON.stringify({ events: Array.from({ length: 500 }, (_, n) => ({ type: 'x', n })) }));
    const memo = randomBytes(300_000);
    // A photo's header and metadata compress, its image data does not: the bulk decides.
    const photo = Buffer.concat([Buffer.alloc(20_000, 0x20), randomBytes(400_000)]);
    const text = Buffer.from('Mijn veilige haven is het bankje aan de Vecht. '.repeat(5_000));
    const mixed = new Map<string, Uint8Array>([
      ['dossier.json', dossier],
      ['dossier.pdf', randomBytes(50_000)],
      ['traject.json', Buffer.from('{}')],
      ['attachments/at_00000000000000000001', memo],
      ['attachments/at_00000000000000000002', photo],
      ['attachments/at_00000000000000000003', text],
      ['attachments/at_00000000000000000004', new Uint8Array(0)],
    ]);
    const zip = Buffer.concat(await packArchive(fields, mixed));
    const methods: Record<string, number> = {};
    unzipSync(zip, { filter: (file) => ((methods[file.name] = file.compression), false) });
    expect(methods).toEqual({
      'manifest.json': 8,
      'dossier.json': 8,
      'dossier.pdf': 0,
      // Two bytes do not shrink either.
      'traject.json': 0,
      'attachments/at_00000000000000000001': 0,
      'attachments/at_00000000000000000002': 0,
      'attachments/at_00000000000000000003': 8,
      'attachments/at_00000000000000000004': 0,
    });
    expect([levelFor(memo), levelFor(text), levelFor(dossier)]).toEqual([0, 6, 6]);
    // Stored entries cost their size and no more; the text shrinks to a fraction.
    expect(zip.length).toBeLessThan(300_000 + 420_000 + 50_000 + text.length / 10);
    const { entries: back } = await unpackArchive(zip);
    for (const [name, bytes] of mixed) expect(Buffer.from(back.get(name)!).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses entry names that could escape a folder when extracted', async () => {
    await expect(packArchive(fields, new Map([...entries, ['../evil', Buffer.from('x')]]))).rejects.toThrow();
  });
});
