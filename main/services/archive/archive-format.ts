import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import * as z from 'zod';
import { Sha256HexSchema } from '../../../shared/domain/dossier';
import { ClientIdSchema, IsoDateTimeSchema, TrajectIdSchema } from '../../../shared/domain/ids';
import { ID_BODY } from '../../../shared/domain/id-pattern';

/**
 * The inside of an archive (fflate, loaded with the first archive a command packs or opens): a standard zip (so a coach can hand an extracted archive to anyone) holding the
 * decrypted dossier database, the attachments, the final signed PDF, the traject's index entry with its client,
 * and manifest.json with the SHA-256 of every other entry. The zip as a whole is sealed like every vault file.
 */
export const ARCHIVE_FORMAT = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const DOSSIER_ENTRY = 'dossier.json';
export const PDF_ENTRY = 'dossier.pdf';
export const TRAJECT_ENTRY = 'traject.json';
export const ATTACHMENTS_PREFIX = 'attachments/';

/** The only names an archive may hold: plain, known names, so extracting one can never write outside its folder. */
const ENTRY_NAME = new RegExp(`^(dossier\\.json|dossier\\.pdf|traject\\.json|attachments/at_${ID_BODY})$`);

export const ManifestSchema = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    kind: z.literal('passie-studio-archive'),
    trajectId: TrajectIdSchema,
    clientId: ClientIdSchema,
    closedAt: IsoDateTimeSchema,
    retentionUntil: IsoDateTimeSchema,
    chainHead: Sha256HexSchema,
    /** The name to offer when the PDF is exported again. */
    pdfFileName: z.string().min(1).max(160),
    entries: z.array(
      z.object({ name: z.string().regex(ENTRY_NAME), size: z.number().int().min(0), sha256: Sha256HexSchema }).strict(),
    ),
  })
  .strict();
export type ArchiveManifest = z.infer<typeof ManifestSchema>;

export type ManifestFields = Omit<ArchiveManifest, 'format' | 'kind' | 'entries'>;

/** What is wrong inside an unsealed archive, naming the first entry that is not what the manifest says. */
export class ArchiveContentError extends Error {
  constructor(readonly entry: string) {
    super(`archive entry ${entry}`);
    this.name = 'ArchiveContentError';
  }
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** How much of an entry a trial deflate looks at, and how far that sample must shrink for the entry to be deflated. */
const SAMPLE_BYTES = 32 * 1024;
const WORTH_DEFLATING = 0.9;

/**
 * The zip compression level for one entry. The JSON entries shrink to a fraction, but most attachments (photos,
 * voice memos, DOCX) and the signed PDF are compressed already: deflating those cost seconds per 50 MB and saved
 * nothing, so they are stored (level 0, still a plain zip entry with its CRC). A trial deflate of 32 KiB from the
 * middle of the entry decides (past headers and metadata, which compress where the bulk may not), so an attachment
 * that does compress (plain text, an uncompressed bitmap) is still deflated. Node's own zlib does the trial: on a
 * sample it takes about a millisecond, where fflate's JavaScript deflate took several.
 */
export function levelFor(bytes: Uint8Array): 0 | 6 {
  if (bytes.length === 0) return 0;
  const start = Math.max(0, Math.floor((bytes.length - SAMPLE_BYTES) / 2));
  const sample = bytes.subarray(start, start + SAMPLE_BYTES);
  return deflateRawSync(sample, { level: 1 }).length <= sample.length * WORTH_DEFLATING ? 6 : 0;
}

/** A fixed time in the zip headers: the closing date is in the manifest, and the bytes then depend on content only. */
const ZIP_TIME = new Date('2000-01-01T00:00:00Z');

/**
 * Packs the entries and their manifest into a zip, each entry deflated only when that shrinks it (levelFor). The zip
 * comes as its chunks in order, a stored entry's bytes among them as they are: joining them would copy the whole
 * archive once more, and the sealing takes them chunk by chunk anyway.
 */
export async function packArchive(
  fields: ManifestFields,
  entries: ReadonlyMap<string, Uint8Array>,
): Promise<Uint8Array[]> {
  const { Zip, ZipDeflate, ZipPassThrough } = await import('fflate');
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    kind: 'passie-studio-archive',
    ...fields,
    entries: [...entries].map(([name, bytes]) => ({ name, size: bytes.length, sha256: sha256Hex(bytes) })),
  };
  ManifestSchema.parse(manifest);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  // fflate's streaming zip runs synchronously here: every entry is pushed whole, and no entry runs in a worker.
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else chunks.push(chunk);
  });
  const files: [string, Uint8Array][] = [
    [MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 2), 'utf8')],
    ...entries,
  ];
  for (const [name, bytes] of files) {
    const level = levelFor(bytes);
    const file = level === 0 ? new ZipPassThrough(name) : new ZipDeflate(name, { level });
    file.mtime = ZIP_TIME;
    zip.add(file);
    file.push(bytes, true);
  }
  zip.end();
  if (failure) throw failure;
  return chunks;
}

/**
 * Unzips archive bytes and checks them against their manifest: every entry listed is there with its size and
 * SHA-256, and nothing unlisted is there. Throws ArchiveContentError naming the first entry that fails.
 */
export async function unpackArchive(
  zip: Uint8Array,
): Promise<{ manifest: ArchiveManifest; entries: Map<string, Uint8Array> }> {
  const { unzipSync } = await import('fflate');
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    throw new ArchiveContentError('zip');
  }
  const manifestBytes = files[MANIFEST_ENTRY];
  if (!manifestBytes) throw new ArchiveContentError(MANIFEST_ENTRY);
  let manifest: ArchiveManifest;
  try {
    manifest = ManifestSchema.parse(JSON.parse(Buffer.from(manifestBytes).toString('utf8')));
  } catch {
    throw new ArchiveContentError(MANIFEST_ENTRY);
  }
  const entries = new Map<string, Uint8Array>();
  for (const entry of manifest.entries) {
    const bytes = files[entry.name];
    if (!bytes || bytes.length !== entry.size || sha256Hex(bytes) !== entry.sha256) {
      throw new ArchiveContentError(entry.name);
    }
    entries.set(entry.name, bytes);
  }
  const unlisted = Object.keys(files).find((name) => name !== MANIFEST_ENTRY && !entries.has(name));
  if (unlisted !== undefined) throw new ArchiveContentError(unlisted.slice(0, 200));
  for (const required of [DOSSIER_ENTRY, PDF_ENTRY, TRAJECT_ENTRY]) {
    if (!entries.has(required)) throw new ArchiveContentError(required);
  }
  return { manifest, entries };
}
