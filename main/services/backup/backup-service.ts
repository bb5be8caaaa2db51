import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BackupReport } from '../../../shared/domain/backup';
import { StudioError } from '../../api/studio-error';
import { fsyncFolder } from '../vault/atomic-write';
import { VAULT_DESCRIPTOR } from '../vault/vault-descriptor';
import { BACKUP_FORMAT, writeManifest, type BackupEntry, type BackupManifest } from './backup-manifest';
import {
  commitObject,
  listObjects,
  ObjectWriter,
  objectPath,
  OBJECTS,
  removeUnreferencedObjects,
  sha256Hex,
  type PendingObject,
} from './backup-objects';
import { prepareBackupFolder } from './backup-target';
import { forEachConcurrently } from './concurrently';
import { readVaultIdentity, vaultIdFromBytes } from './vault-id';
import { readVaultAsOfOneMoment, type WriteWatch } from './consistent-read';

export interface BackupPorts {
  vaultDir: string;
  /** The sealed store: it reports what it writes during a backup, and holds its writes for a moment at the end. */
  store: WriteWatch;
  now: () => number;
}

/**
 * Files in flight: enough to keep the disks busy while each waits for its turn (a USB stick, a synced folder),
 * few enough to stay light on memory (a file is held whole between its read and its copy).
 */
const COPIES_AT_ONCE = 8;

/**
 * "Back-up maken": a consistent, incremental copy of the vault's sealed files (as encrypted as the vault: nothing
 * is decrypted) into a folder the coach chose, described by backup-manifest.json. See consistent-read.ts for the
 * moment the copy is of, backup-objects.ts for why an interrupted backup leaves the previous one usable.
 */
export class BackupService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly ports: BackupPorts) {}

  /** One backup at a time: a second request (a double click) waits for the first, then finds little to copy. */
  create(folder: string): Promise<BackupReport> {
    const run = this.queue.catch(() => undefined).then(() => this.createNow(folder));
    this.queue = run;
    return run;
  }

  private async createNow(requested: string): Promise<BackupReport> {
    const { vaultDir } = this.ports;
    const identity = await readVaultIdentity(vaultDir);
    if (!identity) throw new StudioError('vault_missing');
    const { folder, previous } = await prepareBackupFolder(vaultDir, requested, identity.vaultId);
    // Objects the manifest on disk names were made durable before it was written; any other object found there
    // (left by an interrupted run, and reused) gets its folder synced again before the new manifest names it.
    const vouchedFor = new Set(previous?.files.map((file) => file.sha256));

    const present = await listObjects(folder);
    const writer = new ObjectWriter(folder);
    const entries = new Map<string, BackupEntry>();
    const pending: PendingObject[] = [];
    const reusedFolders = new Set<string>();
    let copied = 0;
    let bytesCopied = 0;
    let vaultId: string | undefined;
    const take = async (path: string, bytes: Buffer) => {
      const sha256 = sha256Hex(bytes);
      entries.set(path, { path, size: bytes.length, sha256 });
      if (path === VAULT_DESCRIPTOR) vaultId = vaultIdFromBytes(bytes);
      if (present.has(sha256)) {
        if (!vouchedFor.has(sha256)) reusedFolders.add(dirname(objectPath(folder, sha256)));
        return;
      }
      present.add(sha256); // the same bytes under another path (never, in practice) are written once
      pending.push(await onTarget(() => writer.write(sha256, bytes)));
      copied += 1;
      bytesCopied += bytes.length;
    };
    let paths: string[];
    let createdAt: string;
    try {
      paths = await readVaultAsOfOneMoment(vaultDir, this.ports.store, take, COPIES_AT_ONCE);
      createdAt = new Date(this.ports.now()).toISOString(); // the moment the files are of
      // Every object whole and durable in its place, and its name on disk, before a manifest names it.
      const shards = new Set([...pending.map((object) => dirname(object.path)), ...reusedFolders]);
      await onTarget(async () => {
        await forEachConcurrently(pending, COPIES_AT_ONCE, commitObject);
        await forEachConcurrently([...shards], COPIES_AT_ONCE, fsyncFolder);
        if (shards.size > 0) await fsyncFolder(join(folder, OBJECTS));
        await fsyncFolder(folder);
      });
    } catch (error) {
      // Copies not yet in place are of no use to anyone: cleared now rather than by the next backup.
      await Promise.all(pending.map((object) => rm(object.temp, { force: true })));
      throw error instanceof StudioError ? error : new StudioError('vault_unreadable', { cause: error });
    }
    const files = paths.map((path) => entries.get(path)!);

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      app: 'passie-studio',
      createdAt,
      ...(vaultId ? { vaultId } : {}),
      files,
    };
    await onTarget(() => writeManifest(folder, manifest));
    // Only now may what the previous manifest needed go: deleted files, earlier versions, interrupted copies.
    const removed = await onTarget(() => removeUnreferencedObjects(folder, new Set(files.map((file) => file.sha256))));
    return {
      files: files.length,
      copied,
      removed,
      bytes: files.reduce((sum, file) => sum + file.size, 0),
      bytesCopied,
      manifest: { createdAt, files: files.length },
    };
  }
}

/** A failure writing to the backup folder (a stick pulled out, a full disk) is the coach's sentence for it. */
async function onTarget<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw error instanceof StudioError ? error : new StudioError('backup_unwritable', { cause: error });
  }
}
