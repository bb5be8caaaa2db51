import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupReport } from '../../../shared/domain/backup';
import { StudioError } from '../../../shared/api/studio-error';
import { fsyncFolder } from '../../platform/atomic-write';
import { BACKUP_FORMAT, writeManifest, type BackupEntry, type BackupManifest } from './backup-manifest';
import {
  LEGACY_OBJECTS,
  located,
  PackWriter,
  removeUnreferencedPacks,
  reusableCopies,
  sha256Hex,
  type PackLocation,
  type PendingLocation,
} from './backup-packs';
import { prepareBackupFolder } from './backup-target';
import { readVaultIdentity, vaultIdFromBytes } from './vault-id';
import { readVaultAsOfOneMoment, type WriteWatch } from './consistent-read';
import { VAULT_DESCRIPTOR } from '../vault/vault-layout';

export interface BackupPorts {
  vaultDir: string;
  /** The sealed store: it reports what it writes during a backup, and holds its writes for a moment at the end. */
  store: WriteWatch;
  now: () => number;
}

/**
 * "Back-up maken": a consistent, incremental copy of the vault's sealed files (as encrypted as the vault: nothing
 * is decrypted) into a folder the coach chose, described by backup-manifest.json. See consistent-read.ts for the
 * moment the copy is of, backup-packs.ts for why an interrupted backup leaves the previous one usable.
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
    const reusable = await onTarget(() => reusableCopies(folder, previous));
    const writer = new PackWriter(folder);
    const places = new Map<string, { size: number; sha256: string; place: PackLocation | PendingLocation }>();
    const written = new Map<string, Promise<PendingLocation>>();
    // What each path held in the backup already there: a file written again with the same bytes did not change.
    const before = new Map(previous?.files.map((file) => [file.path, file.sha256]));
    let copied = 0;
    let bytesCopied = 0;
    let rewritten = 0;
    let vaultId: string | undefined;
    const take = async (path: string, bytes: Buffer) => {
      const sha256 = sha256Hex(bytes);
      if (path === VAULT_DESCRIPTOR) vaultId = vaultIdFromBytes(bytes);
      let place: PackLocation | Promise<PendingLocation> | undefined = reusable.get(sha256) ?? written.get(sha256);
      if (!place) {
        // The same bytes under another path (never, in practice) are written once.
        place = onTarget(() => writer.add(bytes, sha256));
        written.set(sha256, place);
        if (previous?.format === BACKUP_FORMAT && before.get(path) === sha256) {
          rewritten += 1;
        } else {
          copied += 1;
          bytesCopied += bytes.length;
        }
      }
      places.set(path, { size: bytes.length, sha256, place: await place });
    };
    let paths: string[];
    let createdAt: string;
    try {
      paths = await readVaultAsOfOneMoment(vaultDir, this.ports.store, take);
      createdAt = new Date(this.ports.now()).toISOString(); // the moment the files are of
      // Every pack whole, durable and under its name before a manifest names it.
      await onTarget(async () => {
        await writer.commit();
        await fsyncFolder(folder);
      });
    } catch (error) {
      // Copies not yet in place are of no use to anyone: cleared now rather than by the next backup.
      await writer.discard();
      throw error instanceof StudioError ? error : new StudioError('vault_unreadable', { cause: error });
    }
    const files: BackupEntry[] = paths.map((path) => {
      const { size, sha256, place } = places.get(path)!;
      return { path, size, sha256, ...('inPack' in place ? located(place) : place) };
    });

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      app: 'passie-studio',
      createdAt,
      ...(vaultId ? { vaultId } : {}),
      files,
    };
    await onTarget(() => writeManifest(folder, manifest));
    // Only now may what the previous manifest needed go: deleted files, earlier versions, interrupted copies.
    await onTarget(async () => {
      await removeUnreferencedPacks(folder, new Set(files.map((file) => file.pack!)));
      // Format 1's copy per file, now that the backup is in packs; objects/ was the studio's own, as the manifest said.
      if (previous?.format === 1) await rm(join(folder, LEGACY_OBJECTS), { recursive: true, force: true });
    });
    const kept = new Set(files.map((file) => file.sha256));
    return {
      files: files.length,
      copied,
      removed: new Set(previous?.files.map((file) => file.sha256).filter((sha256) => !kept.has(sha256))).size,
      rewritten,
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
