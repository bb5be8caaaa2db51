import * as z from 'zod';
import { BackupFolderSchema } from '../../../shared/domain/backup';
import { IsoDateTimeSchema } from '../../../shared/domain/ids';
import { DamagedFileError, type SealedStore } from '../vault/sealed-store';
import { BACKUP_RECORD_PATH } from '../vault/vault-layout';

/**
 * backup.psv: where the last backup went and when, so the next one (incremental) needs no folder chosen again and
 * the settings card can say when it was made. Sealed like every vault file (a folder path can name the coach), and
 * not itself backed up: a backup holding the record of the backup before it would differ from that one by this
 * file every time, and a restored vault has not been backed up anywhere yet.
 */

const BackupRecordSchema = z
  .object({
    folder: BackupFolderSchema,
    at: IsoDateTimeSchema,
    files: z.number().int().min(0),
    bytes: z.number().int().min(0),
  })
  .strict();
export type BackupRecord = z.infer<typeof BackupRecordSchema>;

/** Reads and writes backup.psv through the vault's sealed store. */
export class BackupRecordFile {
  constructor(private readonly store: SealedStore) {}

  /**
   * The record, or undefined when there is none. A damaged record is no reason to refuse a backup: it only means
   * the coach chooses the folder once more, and the next backup writes a new record.
   */
  async read(): Promise<BackupRecord | undefined> {
    let bytes: Buffer | undefined;
    try {
      bytes = await this.store.read(BACKUP_RECORD_PATH);
    } catch (error) {
      if (error instanceof DamagedFileError) return undefined;
      throw error;
    }
    if (!bytes) return undefined;
    try {
      const parsed = BackupRecordSchema.safeParse(JSON.parse(bytes.toString('utf8')));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  write(record: BackupRecord): Promise<void> {
    return this.store.write(BACKUP_RECORD_PATH, Buffer.from(JSON.stringify(BackupRecordSchema.parse(record)), 'utf8'));
  }
}
