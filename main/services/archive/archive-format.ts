import { createHash } from 'node:crypto';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { Sha256HexSchema } from '../../../shared/domain/dossier';
import { ClientIdSchema, IsoDateTimeSchema, TrajectIdSchema } from '../../../shared/domain/ids';

/**
 * The inside of an archive: a standard zip (so a coach can hand an extracted archive to anyone) holding the
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
const ENTRY_NAME = /^(dossier\.json|dossier\.pdf|traject\.json|attachments\/at_[0-9a-z]{20})$/;

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

/** Packs the entries and their manifest into zip bytes. */
export function packArchive(fields: ManifestFields, entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    kind: 'passie-studio-archive',
    ...fields,
    entries: [...entries].map(([name, bytes]) => ({ name, size: bytes.length, sha256: sha256Hex(bytes) })),
  };
  ManifestSchema.parse(manifest);
  const files: Zippable = { [MANIFEST_ENTRY]: Buffer.from(JSON.stringify(manifest, null, 2), 'utf8') };
  // A fixed time in the zip headers: the closing date is in the manifest, and the bytes then depend on content only.
  for (const [name, bytes] of entries) files[name] = [bytes, { mtime: new Date('2000-01-01T00:00:00Z') }];
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

/**
 * Unzips archive bytes and checks them against their manifest: every entry listed is there with its size and
 * SHA-256, and nothing unlisted is there. Throws ArchiveContentError naming the first entry that fails.
 */
export function unpackArchive(zip: Uint8Array): { manifest: ArchiveManifest; entries: Map<string, Uint8Array> } {
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
