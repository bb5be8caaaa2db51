import { SILENT_WORK } from '../app/work-progress';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type {
  BackupFolderPurpose,
  BackupReport,
  BackupStatus,
  RestoreBackupRequest,
  RestoredBackup,
} from '../../../shared/domain/backup';
import { StudioError } from '../../../shared/api/studio-error';
import { vaultPresence } from '../vault/vault-presence';
import { BackupRecordFile } from './backup-record';
import { assertApart } from './backup-target';
import type { BackupService } from './backup-service';
import { restoreBackup } from './backup-restore';
import type { SealedStore } from '../vault/sealed-store';

export interface StudioBackupsPorts {
  vaultDir: string;
  backups: BackupService;
  store: SealedStore;
  now: () => number;
}

/**
 * Backups as the studio's screens make and restore them: the folder is the one just chosen in the native dialog,
 * one typed by the coach, or the one the last backup went to (remembered, sealed, in backup.psv); it must exist,
 * because a folder on a USB stick that is not plugged in must be said, not created on the local disk.
 *
 * A folder chosen in Electron's dialog is handed over here by the main process and taken by the next call, so its
 * path never passes through the page. `choose` is no API method: only the Electron layer calls it.
 */
export class StudioBackups {
  private readonly record: BackupRecordFile;
  private readonly chosen = new Map<BackupFolderPurpose, string>();

  constructor(private readonly ports: StudioBackupsPorts) {
    this.record = new BackupRecordFile(ports.store);
  }

  /** The folder the coach picked in the native dialog, for the next `create` or `restore` without a folder. */
  choose(purpose: BackupFolderPurpose, folder: string): void {
    this.chosen.set(purpose, resolve(folder));
  }

  async status(): Promise<BackupStatus> {
    const record = await this.record.read();
    if (!record) return {};
    return {
      last: { at: record.at, files: record.files, bytes: record.bytes },
      folderName: folderName(record.folder),
    };
  }

  /** Needs the vault unlocked (the caller checks): reading and writing backup.psv takes the data key. */
  async create(requested: string | undefined, report = SILENT_WORK): Promise<BackupReport> {
    const folder = resolve(requested ?? this.take('backup') ?? (await this.record.read())?.folder ?? noFolder());
    // Inside the vault is the answer for a folder there, whether or not it exists yet.
    await assertApart(this.ports.vaultDir, folder);
    await assertFolderExists(folder);
    const made = await this.ports.backups.create(folder, report);
    await this.record.write({ folder, at: made.manifest.createdAt, files: made.files, bytes: made.bytes });
    return made;
  }

  /**
   * Restores a backup into the studio's own vault folder while it holds no vault: the manifest's seal checked with
   * the key that `secret` (the passphrase, or the recovery key) opens, every file checked and opened, then renamed
   * into place in one step (see backup-restore.ts). The studio then shows its unlock screen.
   */
  async restore(request: RestoreBackupRequest, report = SILENT_WORK): Promise<RestoredBackup> {
    const folder = resolve(request.folder ?? this.take('restore') ?? noFolder());
    const { vaultDir } = this.ports;
    if ((await vaultPresence(vaultDir)) !== 'none') throw new StudioError('vault_exists');
    await assertFolderExists(folder);
    let restored;
    try {
      restored = await restoreBackup({
        backupDir: folder,
        intoDir: vaultDir,
        passphrase: request.secret,
        acceptUnsealed: request.acceptUnsealed,
        now: this.ports.now,
        report,
      });
    } catch (error) {
      // The vault folder is the studio's own, never the coach's choice: its name would mean nothing to them.
      if (error instanceof StudioError && error.code === 'restore_folder_not_empty') {
        throw new StudioError('restore_vault_not_empty', { cause: error });
      }
      throw error;
    }
    return { files: restored.files, bytes: restored.bytes, createdAt: restored.createdAt, seal: restored.seal };
  }

  private take(purpose: BackupFolderPurpose): string | undefined {
    const folder = this.chosen.get(purpose);
    this.chosen.delete(purpose);
    return folder;
  }
}

function noFolder(): never {
  throw new StudioError('backup_no_folder');
}

/** Only the folder's own name reaches the screen, never the path above it. */
function folderName(folder: string): string | undefined {
  const name = basename(folder);
  return name === '' ? undefined : name.slice(0, 255);
}

async function assertFolderExists(folder: string): Promise<void> {
  const found = await stat(folder).catch(() => undefined);
  if (!found?.isDirectory())
    throw new StudioError('backup_folder_missing', { params: { folder: basename(folder) || folder } });
}
