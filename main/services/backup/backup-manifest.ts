import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { Sha256HexSchema } from '../../../shared/domain/dossier';
import { StudioError } from '../../../shared/api/studio-error';
import { writeFileAtomic } from '../../platform/atomic-write';
import { isMachineLocalPath, isSealedVaultPath, VAULT_DESCRIPTOR } from '../vault/vault-layout';

/**
 * backup-manifest.json: the one file in clear in a backup folder, so it holds nothing personal — the format, when
 * the snapshot was taken, the vault's id, and per file its path inside the vault (paths carry random ids, never
 * names), its size, its SHA-256 and where its bytes are (see backup-packs.ts), sealed with a key of the vault's
 * (manifest-seal.ts). It is written last, atomically: the manifest on disk always describes a complete backup, the
 * previous one until the new one is whole.
 */
export const BACKUP_MANIFEST = 'backup-manifest.json';
/**
 * 3: files in packs, the manifest sealed (`mac`). Still read, verified and restored: 2 (packs, no seal) and 1 (a
 * copy per file, without `pack` and `offset`, no seal).
 */
export const BACKUP_FORMAT = 3;

/** Whether a manifest's files are in packs (format 2 on), rather than a copy each under objects/. */
export function inPacks(manifest: { format: number }): boolean {
  return manifest.format >= 2;
}

/** Whether a manifest was written sealed (format 3 on): one without its seal is then not an older backup. */
export function isSealedFormat(manifest: { format: number }): boolean {
  return manifest.format >= 3;
}

/**
 * What a backup holds: vault.json (wrapped keys, no personal data) and every sealed file of the vault but the
 * record of the backups themselves (see backup-record.ts).
 */
export function isBackedUpPath(path: string): boolean {
  return path === VAULT_DESCRIPTOR || (isSealedVaultPath(path) && !isMachineLocalPath(path));
}

export const BackupEntrySchema = z
  .object({
    path: z.string().max(512).refine(isBackedUpPath, { message: 'not a vault file' }),
    size: z.number().int().min(0),
    sha256: Sha256HexSchema,
    pack: Sha256HexSchema.optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

export const BackupManifestSchema = z
  .object({
    format: z.union([z.literal(1), z.literal(2), z.literal(BACKUP_FORMAT)]),
    app: z.literal('passie-studio'),
    createdAt: z.iso.datetime(),
    vaultId: z
      .string()
      .regex(/^[0-9a-f]{32}$/)
      .optional(),
    files: z.array(BackupEntrySchema),
    /** The seal (manifest-seal.ts), 64 hex: present exactly from format 3 on. */
    mac: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  })
  .strict()
  .refine((manifest) => new Set(manifest.files.map((file) => file.path)).size === manifest.files.length, {
    message: 'a path is listed twice',
  })
  .refine((manifest) => manifest.files.some((file) => file.path === VAULT_DESCRIPTOR), {
    message: 'vault.json is missing',
  })
  .refine(
    (manifest) =>
      manifest.files.every((file) => (file.pack !== undefined && file.offset !== undefined) === manifest.format > 1),
    { message: 'a file without its place in a pack, or format 1 with packs' },
  )
  .refine((manifest) => (manifest.mac !== undefined) === isSealedFormat(manifest), {
    message: 'format 3 without its seal, or an older format with one',
  });
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

/**
 * The manifest in `folder`; undefined when the folder holds none. `backup_too_new` for a later format (never
 * overwritten or half-understood), `backup_damaged` when it is not a manifest this studio wrote, and
 * `backup_manifest_altered` for one of format 3 whose seal was taken off: it is not an older, unsealed backup.
 */
export async function readManifest(folder: string): Promise<BackupManifest | undefined> {
  let text: string;
  try {
    text = await readFile(join(folder, BACKUP_MANIFEST), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StudioError('backup_damaged');
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > BACKUP_FORMAT) throw new StudioError('backup_too_new');
  if (format === BACKUP_FORMAT && (json as { mac?: unknown }).mac === undefined) {
    throw new StudioError('backup_manifest_altered');
  }
  const parsed = BackupManifestSchema.safeParse(json);
  if (!parsed.success) throw new StudioError('backup_damaged');
  return parsed.data;
}

/** The manifest of the backup in `folder`, which must be there: for restoring and verifying. */
export async function requireManifest(folder: string): Promise<BackupManifest> {
  let manifest: BackupManifest | undefined;
  try {
    manifest = await readManifest(folder);
  } catch (error) {
    if (error instanceof StudioError) throw error;
    throw new StudioError('backup_missing', { cause: error });
  }
  if (!manifest) throw new StudioError('backup_missing');
  return manifest;
}

/** Commits a backup: temp file, fsync, rename, fsync the folder. */
export async function writeManifest(folder: string, manifest: BackupManifest): Promise<void> {
  await writeFileAtomic(join(folder, BACKUP_MANIFEST), Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
}

/** The temp file of a manifest a crash interrupted: writeFileAtomic's name for it, exactly. */
const ABANDONED_MANIFEST = /^\.backup-manifest\.json\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes what a crash while writing the manifest left in `folder`: only files named exactly as the studio names
 * that temp file (a hidden file of the coach's or the system's stays). Run only while no backup is writing there.
 */
export async function removeAbandonedManifests(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isFile() && ABANDONED_MANIFEST.test(entry.name)) await rm(join(folder, entry.name), { force: true });
  }
}
