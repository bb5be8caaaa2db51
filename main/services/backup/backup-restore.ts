import { SILENT_WORK, type WorkReporter } from '../app/work-progress';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Tombstone } from '../dossiers/stores';
import { StudioError } from '../../../shared/api/studio-error';
import { fsyncFolder, writeNewFileDurably } from '../../platform/atomic-write';
import { SealedStore } from '../vault/sealed-store';
import { writeDescriptorAsRead, type LegacyVaultDescriptor, type VaultDescriptor } from '../vault/vault-descriptor';
import { vaultPresence } from '../vault/vault-presence';
import { backupDataKey, readBackedUpDescriptor, requireSeal, sealedFileOpens } from './backup-key';
import { requireManifest, type BackupManifest } from './backup-manifest';
import { withBackupReader, type BackupReader } from './backup-reader';
import { forEachConcurrently } from './concurrently';
import { holdStagingFolder, removeAbandonedStaging } from './restore-staging';
import { reapplyTombstones, readTombstones } from './restore-tombstones';
import { readVaultIdentity, vaultIdOf } from './vault-id';
import type { NewerVaultUse, RestoreReport } from '../../../shared/domain/backup';

export interface RestoreRequest {
  backupDir: string;
  /** A new or empty folder: restoring never merges into, or replaces, a vault. */
  intoDir: string;
  /**
   * The backed-up vault's passphrase (the studio's restore screen also takes its recovery key here): the key it
   * opens checks the manifest's seal before anything is copied, and opens every file as it is copied.
   */
  passphrase: string;
  /** The coach confirms that a backup whose manifest carries no seal is an old one: it is then restored. */
  acceptUnsealed?: boolean;
  /** Told what the restore is doing, with the files copied so far. */
  report?: WorkReporter;
  /**
   * The vault in use now (the command line restores beside it): what was deleted in it since the backup stays
   * deleted, for which the restored vault is unlocked with `passphrase`. Without it (the studio restoring while it
   * has no vault) the backup's own deletions are applied when the coach first unlocks.
   */
  newerVaultDir?: string;
  now?: () => number;
}

const COPIES_AT_ONCE = 4;

/**
 * "Back-up terugzetten" into a new or empty folder. First the manifest's seal is checked with the vault's key
 * (the manifest is plain JSON; its seal is what says no file was left out or swapped). Everything then happens in
 * `<into>.restoring-<random>` beside the target (restore-staging.ts): every file checked against the manifest
 * (size, SHA-256), opened with the key (AES-GCM is what proves a file is the studio's own), and copied; the newer
 * vault's deletions re-applied. Only then is the folder renamed to `<into>`. Any failure removes it again: nothing
 * is ever half-restored.
 */
export async function restoreBackup(request: RestoreRequest): Promise<RestoreReport> {
  const backupDir = resolve(request.backupDir);
  const intoDir = resolve(request.intoDir);
  const now = request.now ?? Date.now;
  const report = request.report ?? SILENT_WORK;
  report.stage('checking');
  const manifest = await requireManifest(backupDir);
  const intoExists = await assertEmptyOrAbsent(intoDir);
  await removeAbandonedStaging(intoDir);

  return withBackupReader(backupDir, async (reader) => {
    const descriptor = await readBackedUpDescriptor(reader, manifest);
    const newer = await newerVault(request.newerVaultDir, intoDir, vaultIdOf(descriptor));
    const dataKey = await backupDataKey(
      newer.descriptor ? [descriptor, newer.descriptor] : [descriptor],
      request.passphrase,
    );
    const seal = requireSeal(manifest, dataKey);
    if (seal === 'none' && !request.acceptUnsealed) throw new StudioError('backup_unsealed');

    const { staging, release } = await onTarget(async () => {
      await mkdir(dirname(intoDir), { recursive: true, mode: 0o700 });
      return holdStagingFolder(intoDir);
    });
    try {
      const bytes = await copyVerified(reader, manifest, staging, dataKey, report);
      report.stage('finishing');
      const repaired = await settleRestoredVault(staging, { descriptor, dataKey }, request.passphrase, newer, {
        sealed: seal === 'checked',
        now,
      });
      await release();
      await onTarget(async () => {
        if (intoExists) await rmdir(intoDir);
        await rename(staging, intoDir);
        await fsyncFolder(dirname(intoDir));
      });
      return { files: manifest.files.length, bytes, createdAt: manifest.createdAt, seal, ...repaired };
    } catch (error) {
      await release();
      await rm(staging, { recursive: true, force: true });
      throw error;
    } finally {
      dataKey.fill(0);
    }
  });
}

/** Whether `folder` exists (then empty); `restore_folder_not_empty` when it holds anything at all. */
async function assertEmptyOrAbsent(folder: string): Promise<boolean> {
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new StudioError('restore_folder_not_empty', { cause: error, params: { folder: basename(folder) } });
  }
  if (entries.length > 0) throw new StudioError('restore_folder_not_empty', { params: { folder: basename(folder) } });
  return true;
}

/**
 * Copies every listed file into `staging` durably, each checked against the manifest and opened with the key
 * before it is written (the plaintext stays in memory). Returns the bytes copied.
 */
async function copyVerified(
  reader: BackupReader,
  manifest: BackupManifest,
  staging: string,
  dataKey: Buffer,
  report: WorkReporter,
): Promise<number> {
  const folders = new Set<string>([staging]);
  let bytes = 0;
  let done = 0;
  const total = manifest.files.length;
  report.stage('copying', { done, total });
  await forEachConcurrently(manifest.files, COPIES_AT_ONCE, async (entry) => {
    const content = await reader.read(entry);
    sealedFileOpens(dataKey, entry, content);
    const parts = entry.path.split('/');
    const path = join(staging, ...parts);
    await onTarget(async () => {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      await writeNewFileDurably(path, content);
    });
    for (let depth = 1; depth < parts.length; depth += 1) folders.add(join(staging, ...parts.slice(0, depth)));
    bytes += content.length;
    done += 1;
    report.stage('copying', { done, total });
  });
  await onTarget(() => forEachConcurrently([...folders], COPIES_AT_ONCE, fsyncFolder));
  return bytes;
}

interface NewerVault {
  dir: string;
  use: Exclude<NewerVaultUse, 'applied'> | 'same_vault';
  descriptor?: VaultDescriptor | LegacyVaultDescriptor;
}

async function newerVault(dir: string | undefined, intoDir: string, backupVaultId: string): Promise<NewerVault> {
  if (!dir || resolve(dir) === intoDir) return { dir: '', use: 'none' };
  const path = resolve(dir);
  const presence = await vaultPresence(path).catch(() => 'unreadable' as const);
  if (presence === 'none') return { dir: path, use: 'none' };
  const identity = await readVaultIdentity(path);
  if (!identity) return { dir: path, use: 'unreadable' };
  if (identity.vaultId !== backupVaultId) return { dir: path, use: 'other_vault' };
  return { dir: path, use: 'same_vault', descriptor: identity.descriptor };
}

/**
 * Unlocks the restored vault, checks its files against its ledger, and re-applies the newer vault's deletions with
 * the backup's own. A sealed manifest vouches for every file the backup holds, an older version it kept of a file
 * that did not open included: the ledger takes them as they are. Without a seal the ledger is the only check
 * that no file was left out or put back older, and any mismatch refuses the restore.
 */
async function settleRestoredVault(
  staging: string,
  restored: { descriptor: VaultDescriptor | LegacyVaultDescriptor; dataKey: Buffer },
  secret: string,
  newer: NewerVault,
  options: { sealed: boolean; now: () => number },
): Promise<
  Pick<RestoreReport, 'newerVault' | 'tombstonesAdded' | 'clientsRemoved' | 'trajectsRemoved' | 'newerPassphrase'>
> {
  const newerPassphrase =
    newer.use === 'same_vault' && newer.descriptor
      ? await keepNewerDescriptorIfOnlyItOpens(staging, restored.descriptor, secret, newer.descriptor)
      : false;
  // Every file was opened with this key on its way in (copyVerified); the vault need not be unlocked again.
  const { descriptor, dataKey } = restored;
  const store = new SealedStore(staging, () => ({
    writeEpoch: descriptor.format === 1 ? 0 : descriptor.keyEpoch,
    keyOf: () => dataKey,
  }));
  const now = new Date(options.now()).toISOString();
  const { damage } = await store.openLedger({ legacy: descriptor.format === 1, now });
  if (damage.length > 0 && !options.sealed) {
    throw new StudioError('backup_file_damaged', { params: { file: damage[0]!.file } });
  }
  if (damage.length > 0) await store.acceptFilesAsFound();
  let newerVaultUse: NewerVaultUse = newer.use === 'same_vault' ? 'applied' : newer.use;
  let tombstones: Tombstone[] = [];
  if (newer.use === 'same_vault') {
    try {
      tombstones = await readTombstones(newer.dir, () => dataKey);
    } catch {
      newerVaultUse = 'unreadable';
    }
  }
  const reapplied = await reapplyTombstones({ vaultDir: staging, store, now: options.now }, tombstones);
  await store.flush();
  return {
    newerVault: newerVaultUse,
    tombstonesAdded: reapplied.added,
    clientsRemoved: reapplied.clientsRemoved,
    trajectsRemoved: reapplied.trajectsRemoved,
    newerPassphrase,
  };
}

/**
 * When the secret does not open the backup's vault.json but does open the newer one of the same vault (the coach
 * changed the passphrase since the backup), that vault.json is kept instead: both wrap the same data key, and the
 * coach then opens the restored vault with the passphrase they use today. True when it was kept.
 */
async function keepNewerDescriptorIfOnlyItOpens(
  staging: string,
  backedUp: VaultDescriptor | LegacyVaultDescriptor,
  secret: string,
  newerDescriptor: VaultDescriptor | LegacyVaultDescriptor,
): Promise<boolean> {
  const opens = (descriptor: VaultDescriptor | LegacyVaultDescriptor) =>
    backupDataKey([descriptor], secret).then(
      (key) => (key.fill(0), true),
      (error: unknown) => {
        if (error instanceof StudioError && /^wrong_/.test(error.code)) return false;
        throw error;
      },
    );
  if ((await opens(backedUp)) || !(await opens(newerDescriptor))) return false;
  await writeDescriptorAsRead(staging, newerDescriptor);
  return true;
}

/** A failure writing the restored vault (a full disk, no permission) is the coach's sentence for it. */
async function onTarget<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw error instanceof StudioError ? error : new StudioError('backup_unwritable', { cause: error });
  }
}
