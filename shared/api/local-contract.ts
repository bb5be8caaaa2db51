import * as z from 'zod';
import { ArchiveVerificationSchema } from '../domain/archive';
import { BackupVerificationSchema, LocalPathSchema, RestoreReportSchema } from '../domain/backup';
import { TrajectIdSchema } from '../domain/ids';
import { PassphraseSchema } from '../domain/passphrase';

/**
 * The methods only the command line offers, beside the studio contract: they name files and folders on the
 * coach's computer, which the screens never see or send. The dispatcher serves them to the CLI alone; the Electron
 * IPC and the browser host know only `studioContract`, so a page can never reach them.
 */
export const localContract = {
  /** Checks an archive file the coach names (a copy on a USB stick, say) against this vault's key. */
  'archive.verifyFile': { request: z.object({ path: LocalPathSchema }).strict(), response: ArchiveVerificationSchema },
  /** Puts an archive file the coach names into the vault (when it is not there yet), checked first. */
  'archive.importFile': {
    request: z.object({ path: LocalPathSchema }).strict(),
    response: z.object({ id: TrajectIdSchema }).strict(),
  },
  /** The decrypted entries of an archive (the vault's own by id, or a file), manifest.json first. */
  'archive.extract': {
    request: z.union([z.object({ id: TrajectIdSchema }).strict(), z.object({ path: LocalPathSchema }).strict()]),
    response: z
      .object({ entries: z.array(z.object({ name: z.string().min(1).max(200), base64: z.string() }).strict()) })
      .strict(),
  },
  /** Where the vault keeps a traject's archive, for the CLI to print after `traject close`. */
  'archive.locate': {
    request: z.object({ id: TrajectIdSchema }).strict(),
    response: z.object({ path: z.string() }).strict(),
  },
  /**
   * Checks a backup folder against its manifest (sizes, SHA-256). With the passphrase also the manifest's seal,
   * and every file is opened with the backed-up vault's key.
   */
  'backup.verify': {
    request: z.object({ folder: LocalPathSchema, passphrase: PassphraseSchema.optional() }).strict(),
    response: BackupVerificationSchema,
  },
  /**
   * Restores a backup into a new or empty folder beside this vault (the vault in use, whose deletions since the
   * backup are re-applied); the passphrase checks the manifest's seal and opens the restored vault to prove it.
   * `acceptUnsealed`: the coach confirms that a backup without a seal is an old one.
   */
  'backup.restoreInto': {
    request: z
      .object({
        folder: LocalPathSchema,
        into: LocalPathSchema,
        passphrase: PassphraseSchema,
        acceptUnsealed: z.boolean().optional(),
      })
      .strict(),
    response: RestoreReportSchema,
  },
  /**
   * Writes an export the coach asked for to the file named (replacing it), by way of a temp file beside it that the
   * vault records until it is gone: a crash never leaves decrypted bytes behind for good.
   */
  'export.toFile': {
    request: z.object({ path: LocalPathSchema, base64: z.string() }).strict(),
    response: z.object({ path: z.string() }).strict(),
  },
  /** The same for a folder of files (an access bundle, an extracted archive): a new or empty folder only. */
  'export.toFolder': {
    request: z
      .object({
        path: LocalPathSchema,
        files: z.array(z.object({ fileName: z.string().min(1).max(500), base64: z.string() }).strict()).max(10_000),
      })
      .strict(),
    response: z.object({ path: z.string(), files: z.array(z.string()) }).strict(),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type LocalContract = typeof localContract;
export type LocalMethodName = keyof LocalContract;
