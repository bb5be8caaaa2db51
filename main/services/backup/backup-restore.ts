import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Tombstone } from '../dossiers/stores';
import { StudioError } from '../../../shared/api/studio-error';
import { fsyncFolder } from '../../platform/atomic-write';
import { DamagedFileError, SealedStore } from '../vault/sealed-store';
import { writeDescriptorAsRead, type LegacyVaultDescriptor, type VaultDescriptor } from '../vault/vault-descriptor';
import { vaultPresence } from '../vault/vault-presence';
import { VaultService } from '../vault/vault-service';
import { requireManifest, type BackupManifest } from './backup-manifest';
import { withBackupReader } from './backup-reader';
import { forEachConcurrently } from './concurrently';
import { reapplyTombstones, readTombstones } from './restore-tombstones';
import { readVaultIdentity, vaultIdFromBytes } from './vault-id';
import { VAULT_DESCRIPTOR } from '../vault/vault-layout';
import type { NewerVaultUse, RestoreReport } from '../../../shared/domain/backup';

export interface RestoreRequest {
  backupDir: string;
  /** A new or empty folder: restoring never merges into, or replaces, a vault. */
  intoDir: string;
  /**
   * Unlocks the restored vault: it proves every file opens, and re-applying a newer vault's deletions needs the
   * data key. Without it (the studio restoring while it has no vault, so no newer vault either) the files are
   * checked against the manifest only, and the backup's own deletions are applied when the coach first unlocks,
   * with the passphrase or the recovery key of the backed-up vault.
   */
  passphrase?: string;
  /** The vault in use now, if any: what was deleted in it since the backup stays deleted. */
  newerVaultDir?: string;
  now?: () => number;
}

const COPIES_AT_ONCE = 4;

/**
 * "Back-up terugzetten" into a new or empty folder. Everything happens in `<into>.restoring-<random>` beside it:
 * every file copied and checked against the manifest (size, SHA-256), the vault unlocked, every sealed file opened
 * with the key (the manifest is plain JSON; AES-GCM is what proves a file is the studio's own), deletions re-applied.
 * Only then is the folder renamed to `<into>`. Any failure removes it again: nothing is ever half-restored.
 */
export async function restoreBackup(request: RestoreRequest): Promise<RestoreReport> {
  const backupDir = resolve(request.backupDir);
  const intoDir = resolve(request.intoDir);
  const now = request.now ?? Date.now;
  const manifest = await requireManifest(backupDir);
  const intoExists = await assertEmptyOrAbsent(intoDir);

  const staging = `${intoDir}.restoring-${randomBytes(6).toString('hex')}`;
  await onTarget(async () => {
    await mkdir(dirname(intoDir), { recursive: true, mode: 0o700 });
    await mkdir(staging, { mode: 0o700 });
  });
  try {
    const copied = await copyVerified(backupDir, manifest, staging);
    const backupVaultId = vaultIdFromBytes(copied.descriptor);
    const newer = await newerVault(request.newerVaultDir, intoDir, backupVaultId);
    let repaired: Awaited<ReturnType<typeof openAndReapply>>;
    if (request.passphrase !== undefined) {
      repaired = await openAndReapply(staging, manifest, request.passphrase, newer, now);
    } else {
      // Without the key, deletions made in a newer vault could not be re-applied: refused rather than forgotten.
      if (newer.use !== 'none') throw new RangeError('a restore beside a newer vault needs the passphrase');
      if (!backupVaultId) throw new StudioError('backup_file_damaged', { params: { file: VAULT_DESCRIPTOR } });
      repaired = {
        newerVault: 'none',
        tombstonesAdded: 0,
        clientsRemoved: 0,
        trajectsRemoved: 0,
        newerPassphrase: false,
      };
    }
    await onTarget(async () => {
      if (intoExists) await rmdir(intoDir);
      await rename(staging, intoDir);
      await fsyncFolder(dirname(intoDir));
    });
    return {
      files: manifest.files.length,
      bytes: copied.bytes,
      createdAt: manifest.createdAt,
      ...repaired,
    };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
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

/** Copies every listed file into `staging` durably, each checked against the manifest before it is written. */
async function copyVerified(
  backupDir: string,
  manifest: BackupManifest,
  staging: string,
): Promise<{ bytes: number; descriptor: Buffer }> {
  const folders = new Set<string>([staging]);
  let bytes = 0;
  let descriptor: Buffer = Buffer.alloc(0);
  await withBackupReader(backupDir, (reader) =>
    forEachConcurrently(manifest.files, COPIES_AT_ONCE, async (entry) => {
      const content = await reader.read(entry);
      const parts = entry.path.split('/');
      const path = join(staging, ...parts);
      await onTarget(async () => {
        await mkdir(dirname(path), { recursive: true, mode: 0o700 });
        await writeDurably(path, content);
      });
      for (let depth = 1; depth < parts.length; depth += 1) folders.add(join(staging, ...parts.slice(0, depth)));
      bytes += content.length;
      if (entry.path === VAULT_DESCRIPTOR) descriptor = content;
    }),
  );
  await onTarget(() => forEachConcurrently([...folders], COPIES_AT_ONCE, fsyncFolder));
  return { bytes, descriptor };
}

interface NewerVault {
  dir: string;
  use: Exclude<NewerVaultUse, 'applied'> | 'same_vault';
  descriptor?: VaultDescriptor | LegacyVaultDescriptor;
}

async function newerVault(
  dir: string | undefined,
  intoDir: string,
  backupVaultId: string | undefined,
): Promise<NewerVault> {
  if (!dir || resolve(dir) === intoDir) return { dir: '', use: 'none' };
  const path = resolve(dir);
  const presence = await vaultPresence(path).catch(() => 'unreadable' as const);
  if (presence === 'none') return { dir: path, use: 'none' };
  const identity = await readVaultIdentity(path);
  if (!identity) return { dir: path, use: 'unreadable' };
  if (!backupVaultId || identity.vaultId !== backupVaultId) return { dir: path, use: 'other_vault' };
  return { dir: path, use: 'same_vault', descriptor: identity.descriptor };
}

async function openAndReapply(
  staging: string,
  manifest: BackupManifest,
  passphrase: string,
  newer: NewerVault,
  now: () => number,
): Promise<
  Pick<RestoreReport, 'newerVault' | 'tombstonesAdded' | 'clientsRemoved' | 'trajectsRemoved' | 'newerPassphrase'>
> {
  const vault = new VaultService({ vaultDir: staging, now });
  try {
    const newerPassphrase = await unlockRestored(vault, staging, passphrase, newer);
    const store = new SealedStore(staging, () => vault.keyRing());
    // The backup's own ledger says what it must hold: a file it records that is not there as recorded is damage.
    const { damage } = await store.openLedger({ legacy: vault.isLegacy(), now: new Date(now()).toISOString() });
    if (damage.length > 0) throw new StudioError('backup_file_damaged', { params: { file: damage[0]!.file } });
    await forEachConcurrently(
      manifest.files.filter((entry) => entry.path !== VAULT_DESCRIPTOR),
      COPIES_AT_ONCE,
      async (entry) => {
        try {
          await store.read(entry.path);
        } catch (error) {
          if (!(error instanceof DamagedFileError)) throw error;
          throw new StudioError('backup_file_damaged', { cause: error, params: { file: entry.path } });
        }
      },
    );

    let newerVaultUse: NewerVaultUse = newer.use === 'same_vault' ? 'applied' : newer.use;
    let tombstones: Tombstone[] = [];
    if (newer.use === 'same_vault') {
      try {
        tombstones = await readTombstones(newer.dir, () => vault.key());
      } catch {
        newerVaultUse = 'unreadable';
      }
    }
    const reapplied = await reapplyTombstones({ vaultDir: staging, store, now }, tombstones);
    await store.flush();
    return {
      newerVault: newerVaultUse,
      tombstonesAdded: reapplied.added,
      clientsRemoved: reapplied.clientsRemoved,
      trajectsRemoved: reapplied.trajectsRemoved,
      newerPassphrase,
    };
  } finally {
    await vault.close();
  }
}

/**
 * Unlocks the restored vault. When the passphrase does not open the backup's vault.json but does open the newer
 * one of the same vault (the coach changed it since the backup), that vault.json is kept instead: both wrap the
 * same data key, and the coach then opens the restored vault with the passphrase they use today.
 */
async function unlockRestored(
  vault: VaultService,
  staging: string,
  passphrase: string,
  newer: NewerVault,
): Promise<boolean> {
  try {
    await vault.unlock(passphrase);
    return false;
  } catch (error) {
    if (error instanceof StudioError && error.code === 'vault_descriptor_damaged') {
      throw new StudioError('backup_file_damaged', { cause: error, params: { file: VAULT_DESCRIPTOR } });
    }
    if (!(error instanceof StudioError && error.code === 'wrong_passphrase' && newer.descriptor)) throw error;
  }
  await writeDescriptorAsRead(staging, newer.descriptor);
  await vault.unlock(passphrase);
  return true;
}

async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A failure writing the restored vault (a full disk, no permission) is the coach's sentence for it. */
async function onTarget<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw error instanceof StudioError ? error : new StudioError('backup_unwritable', { cause: error });
  }
}
