import * as z from 'zod';
import { IsoDateTimeSchema } from './ids';

/**
 * An absolute folder path (POSIX `/…`, Windows `C:\…` or `\\server\share`): from the CLI, from Electron's native
 * folder dialog (main to main, never through the page), or typed by the coach in the browser mode, where a page
 * cannot pick a folder. A path relative to the studio's working folder would mean nothing to them. Nothing
 * personal travels back: results hold counts, dates and at most the folder's own name, never a path.
 */
export const BackupFolderSchema = z
  .string()
  .min(1)
  .max(4_096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, { message: 'an absolute folder path' })
  .refine((path) => !path.includes('\0'), { message: 'no NUL characters' });

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

/** "Terugzetten uit een back-up", while the studio has no vault. Without `folder`: the one chosen in the dialog. */
export const RestoreBackupRequestSchema = z.object({ folder: BackupFolderSchema.optional() }).strict();

export const RestoredBackupSchema = z
  .object({
    files: count,
    bytes: count,
    /** When the backup was made: the restored vault is as it was then. */
    createdAt: IsoDateTimeSchema,
  })
  .strict();
export type RestoredBackup = z.infer<typeof RestoredBackupSchema>;
