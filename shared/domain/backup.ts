import { z } from 'zod';
import { IsoDateTimeSchema } from './ids';

/**
 * An absolute folder path (POSIX `/…`, Windows `C:\…` or `\\server\share`). Only the CLI and Electron's native
 * folder dialog pass one: a backup goes where the coach chose, and a path relative to the studio's working
 * folder would mean nothing to them. Nothing personal travels back: the result holds counts, never paths.
 */
export const BackupFolderSchema = z
  .string()
  .min(1)
  .max(4_096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, { message: 'an absolute folder path' })
  .refine((path) => !path.includes('\0'), { message: 'no NUL characters' });

export const CreateBackupRequestSchema = z.object({ folder: BackupFolderSchema }).strict();

const count = z.number().int().min(0);

export const BackupReportSchema = z
  .object({
    /** Files in this backup (the vault's sealed files and vault.json). */
    files: count,
    /** Of those, how many were new or changed since the backup already in the folder, and so were copied. */
    copied: count,
    /** Copies no longer needed (files deleted from the vault, earlier versions of changed ones), removed. */
    removed: count,
    bytes: count,
    bytesCopied: count,
    manifest: z.object({ createdAt: IsoDateTimeSchema, files: count }).strict(),
  })
  .strict();
export type BackupReport = z.infer<typeof BackupReportSchema>;
