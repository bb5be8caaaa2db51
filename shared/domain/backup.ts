import * as z from 'zod';
import { IsoDateTimeSchema } from './ids';
import { PassphraseSchema } from './passphrase';

/**
 * An absolute path (POSIX `/…`, Windows `C:\…` or `\\server\share`): from the CLI, from Electron's native
 * folder dialog (main to main, never through the page), or typed by the coach in the browser mode, where a page
 * cannot pick a folder. A path relative to the studio's working folder would mean nothing to them. Nothing
 * personal travels back: results hold counts, dates and at most the folder's own name, never a path.
 */
export const LocalPathSchema = z
  .string()
  .min(1)
  .max(4_096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, { message: 'an absolute folder path' })
  .refine((path) => !path.includes('\0'), { message: 'no NUL characters' });

export const BackupFolderSchema = LocalPathSchema;

/** Without `folder`: the folder just chosen in the native dialog, else the one the last backup went to. */
export const CreateBackupRequestSchema = z.object({ folder: BackupFolderSchema.optional() }).strict();

/** What a native folder dialog was opened for: a folder to back up to, or a backup to restore. */
export const BackupFolderPurposeSchema = z.enum(['backup', 'restore']);
export type BackupFolderPurpose = z.infer<typeof BackupFolderPurposeSchema>;

const count = z.number().int().min(0);

export const BackupReportSchema = z
  .object({
    /** Files in this backup (the vault's sealed files and vault.json). */
    files: count,
    /** Of those, how many were new or changed since the backup already in the folder, and so were copied. */
    copied: count,
    /** Copies no longer needed (files deleted from the vault, earlier versions of changed ones), removed. */
    removed: count,
    /**
     * Unchanged files copied again all the same: the pack holding them was mostly versions no longer needed (or
     * was missing), so it was rewritten. Not in `copied`, which counts what changed.
     */
    rewritten: count,
    bytes: count,
    bytesCopied: count,
    manifest: z.object({ createdAt: IsoDateTimeSchema, files: count }).strict(),
    /**
     * Vault files that did not open with the vault's key (damaged on disk), by path inside the vault: the backup
     * kept the earlier version it held of each (`olderKept`), or, having none that opens, leaves the file out.
     */
    unreadable: z.array(z.object({ path: z.string().min(1).max(512), olderKept: z.boolean() }).strict()),
  })
  .strict();
export type BackupReport = z.infer<typeof BackupReportSchema>;

/** For the settings card: when the last backup was made, and the name (only) of the folder it went to. */
export const BackupStatusSchema = z
  .object({
    last: z.object({ at: IsoDateTimeSchema, files: count, bytes: count }).strict().optional(),
    folderName: z.string().min(1).max(255).optional(),
  })
  .strict();
export type BackupStatus = z.infer<typeof BackupStatusSchema>;

/**
 * A passphrase, or the recovery key as the coach types it: what opens the backed-up vault's key, to check the
 * backup's seal and open every file before anything is put in place.
 */
export const BackupSecretSchema = PassphraseSchema;

/**
 * "Terugzetten uit een back-up", while the studio has no vault. Without `folder`: the one chosen in the dialog.
 * `acceptUnsealed`: the coach confirms that a backup whose manifest carries no seal is an old one (made before
 * manifests were sealed), which is then restored.
 */
export const RestoreBackupRequestSchema = z
  .object({ folder: BackupFolderSchema.optional(), secret: BackupSecretSchema, acceptUnsealed: z.boolean().optional() })
  .strict();
export type RestoreBackupRequest = z.infer<typeof RestoreBackupRequestSchema>;

/**
 * The seal of a backup's manifest: `checked` with the vault's key (it holds, or nothing went further);
 * `unchecked`, there but not checked (no passphrase was given); `none`, an older backup without one, whose list
 * of files nobody can vouch for: whether a file was left out or swapped for an older version cannot be told.
 */
export const ManifestSealSchema = z.enum(['checked', 'unchecked', 'none']);
export type ManifestSeal = z.infer<typeof ManifestSealSchema>;

export const RestoredBackupSchema = z
  .object({
    files: count,
    bytes: count,
    /** When the backup was made: the restored vault is as it was then. */
    createdAt: IsoDateTimeSchema,
    /** `none` only when the coach accepted an unsealed (old) backup. */
    seal: ManifestSealSchema.exclude(['unchecked']),
  })
  .strict();
export type RestoredBackup = z.infer<typeof RestoredBackupSchema>;

/**
 * `backup verify`: every file the manifest lists is there, with its size and SHA-256; with the passphrase also the
 * manifest's seal, and every file opened with the vault's key (`opened`).
 */
export const BackupVerificationSchema = z
  .object({ files: count, bytes: count, createdAt: IsoDateTimeSchema, seal: ManifestSealSchema, opened: z.boolean() })
  .strict();
export type BackupVerification = z.infer<typeof BackupVerificationSchema>;

/**
 * What became of the newer vault's deletions in a restore beside it: re-applied; no newer vault; a different vault
 * (its deletions are not this one's); or a newer vault whose vault.json or audit.psv could not be read.
 */
export const NewerVaultUseSchema = z.enum(['applied', 'none', 'other_vault', 'unreadable']);
export type NewerVaultUse = z.infer<typeof NewerVaultUseSchema>;

/** `backup restore --into`: a backup restored into a new or empty folder beside the vault in use. */
export const RestoreReportSchema = RestoredBackupSchema.extend({
  newerVault: NewerVaultUseSchema,
  /** Deletions of the newer vault the backup did not know of yet. */
  tombstonesAdded: count,
  clientsRemoved: count,
  trajectsRemoved: count,
  /** The passphrase opened the newer vault.json, not the backup's (it was changed since): that one was kept. */
  newerPassphrase: z.boolean(),
}).strict();
export type RestoreReport = z.infer<typeof RestoreReportSchema>;
