import { SILENT_WORK, type WorkReporter } from '../app/work-progress';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupReport } from '../../../shared/domain/backup';
import { StudioError } from '../../../shared/api/studio-error';
import { fsyncFolder } from '../../platform/atomic-write';
import { opensWithKey } from './backup-key';
import {
  BACKUP_FORMAT,
  removeAbandonedManifests,
  writeManifest,
  type BackupEntry,
  type BackupManifest,
} from './backup-manifest';
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
import { BackupReader } from './backup-reader';
import { prepareBackupFolder } from './backup-target';
import { readVaultIdentity, vaultIdFromBytes } from './vault-id';
import { readVaultAsOfOneMoment, type WriteWatch } from './consistent-read';
import { sealHolds, sealManifest } from './manifest-seal';
import { VAULT_DESCRIPTOR } from '../vault/vault-layout';

export interface BackupPorts {
  vaultDir: string;
  /** The sealed store: it reports what it writes during a backup, and holds its writes for a moment at the end. */
  store: WriteWatch;
  /** The vault's data key (`vault_locked` when it is not held): it seals the manifest and opens changed files. */
  key: () => Buffer;
  now: () => number;
}

/**
 * "Back-up maken": a consistent, incremental copy of the vault's sealed files (as encrypted as the vault: nothing
 * is decrypted) into a folder the coach chose, described by backup-manifest.json and sealed with a key of the
 * vault's (manifest-seal.ts). See consistent-read.ts for the moment the copy is of, backup-packs.ts for why an
 * interrupted backup leaves the previous one usable.
 */
export class BackupService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly ports: BackupPorts) {}

  /** One backup at a time: a second request (a double click) waits for the first, then finds little to copy. */
  create(folder: string, report = SILENT_WORK): Promise<BackupReport> {
    const run = this.queue.catch(() => undefined).then(() => this.createNow(folder, report));
    this.queue = run;
    return run;
  }

  private async createNow(requested: string, report: WorkReporter): Promise<BackupReport> {
    report.stage('reading');
    const { vaultDir } = this.ports;
    // Asked for at each use, never kept: a vault that locks meanwhile zeroes its key, and the backup then stops
    // (`vault_locked`) rather than sealing or opening with a key that is no longer one.
    const dataKey = () => this.ports.key();
    const identity = await readVaultIdentity(vaultDir);
    if (!identity) throw new StudioError('vault_missing');
    const { folder, previous: found } = await prepareBackupFolder(vaultDir, requested, identity.vaultId);
    // Where the previous backup's files are is taken from its manifest only when its seal holds: a manifest
    // changed by someone else could point a new, sealed one at other bytes. Without it, everything is copied anew.
    const previous = found && sealHolds(found, dataKey()) ? found : undefined;
    const reusable = await onTarget(() => reusableCopies(folder, previous));
    const writer = new PackWriter(folder);
    const places = new Map<string, { size: number; sha256: string; place: PackLocation | PendingLocation }>();
    const written = new Map<string, Promise<PendingLocation>>();
    // What each path held in the backup already there: a file written again with the same bytes did not change.
    const before = new Map(previous?.files.map((file) => [file.path, file.sha256]));
    const olderVersions = new Map(found?.files.map((file) => [file.path, file]));
    const olderReader = new BackupReader(folder);
    /** Files that did not open, by path: whether the backup keeps an older version that does. */
    const unreadable = new Map<string, boolean>();
    let copied = 0;
    let bytesCopied = 0;
    let rewritten = 0;

    const opens = (path: string, bytes: Buffer) =>
      path === VAULT_DESCRIPTOR ? vaultIdFromBytes(bytes) === identity.vaultId : opensWithKey(dataKey(), path, bytes);
    const place = async (path: string, bytes: Buffer, sha256: string, changed: boolean) => {
      let location: PackLocation | Promise<PendingLocation> | undefined = reusable.get(sha256) ?? written.get(sha256);
      if (!location) {
        // The same bytes under another path (never, in practice) are written once.
        location = onTarget(() => writer.add(bytes, sha256));
        written.set(sha256, location);
        if (changed) {
          copied += 1;
          bytesCopied += bytes.length;
        } else {
          rewritten += 1;
        }
      }
      places.set(path, { size: bytes.length, sha256, place: await location });
    };
    /**
     * A changed file is opened with the key before the backup names it: one that does not open (issue 19: an
     * index.psv damaged on disk) never replaces an earlier version in the backup that does.
     */
    let taken = 0;
    const take = async (path: string, bytes: Buffer) => {
      taken += 1;
      report.stage('copying', { done: taken });
      const sha256 = sha256Hex(bytes);
      const changed = before.get(path) !== sha256;
      if (!changed || opens(path, bytes)) {
        unreadable.delete(path);
        return place(path, bytes, sha256, changed);
      }
      const older = olderVersions.get(path);
      const olderBytes =
        older && older.sha256 !== sha256 ? await olderReader.read(older).catch(() => undefined) : undefined;
      if (older && olderBytes && opens(path, olderBytes)) {
        unreadable.set(path, true);
        return place(path, olderBytes, older.sha256, false);
      }
      unreadable.set(path, false);
      places.delete(path);
    };

    let present: string[];
    let createdAt: string;
    try {
      present = await readVaultAsOfOneMoment(vaultDir, this.ports.store, take);
      createdAt = new Date(this.ports.now()).toISOString(); // the moment the files are of
      // Without a vault.json that opens there is nothing to restore with.
      if (!places.has(VAULT_DESCRIPTOR)) throw new StudioError('vault_descriptor_damaged');
      // Every pack whole, durable and under its name before a manifest names it.
      await onTarget(async () => {
        await writer.commit();
        await fsyncFolder(folder);
      });
    } catch (error) {
      // Copies not yet in place are of no use to anyone: cleared now rather than by the next backup.
      await writer.discard();
      throw error instanceof StudioError ? error : new StudioError('vault_unreadable', { cause: error });
    } finally {
      await olderReader.close();
    }
    const files: BackupEntry[] = present
      .filter((path) => places.has(path))
      .map((path) => {
        const { size, sha256, place } = places.get(path)!;
        return { path, size, sha256, ...('inPack' in place ? located(place) : place) };
      });

    report.stage('finishing');
    const manifest: BackupManifest = sealManifest(
      { format: BACKUP_FORMAT, app: 'passie-studio', createdAt, vaultId: identity.vaultId, files },
      dataKey(),
    );
    await onTarget(() => writeManifest(folder, manifest));
    // Only now may what the previous manifest needed go: deleted files, earlier versions, interrupted copies.
    await onTarget(async () => {
      await removeUnreferencedPacks(folder, new Set(files.map((file) => file.pack!)));
      await removeAbandonedManifests(folder);
      // Format 1's copy per file, now that the backup is in packs; objects/ was the studio's own, as the manifest said.
      if (found?.format === 1) await rm(join(folder, LEGACY_OBJECTS), { recursive: true, force: true });
    });
    const kept = new Set(files.map((file) => file.sha256));
    return {
      files: files.length,
      copied,
      removed: new Set(found?.files.map((file) => file.sha256).filter((sha256) => !kept.has(sha256))).size,
      rewritten,
      bytes: files.reduce((sum, file) => sum + file.size, 0),
      bytesCopied,
      manifest: { createdAt, files: files.length },
      // A file removed from the vault while the backup ran is no longer the coach's concern.
      unreadable: present
        .filter((path) => unreadable.has(path))
        .map((path) => ({ path, olderKept: unreadable.get(path)! })),
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
