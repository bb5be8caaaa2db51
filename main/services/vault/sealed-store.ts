import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { StudioError } from '../../../shared/api/studio-error';
import { fsyncFolder, writeFileAtomic } from '../../platform/atomic-write';
import {
  openSealed,
  SEAL_HEADER_BYTES,
  sealParts,
  SealError,
  sealStamp,
  type KeyOfEpoch,
  type Plaintext,
  type SealProblem,
  type SealStamp,
} from './sealed-file';
import { emptyLedger, LedgerDataSchema, VaultLedger, type LedgerDamage, type LedgerData } from './vault-ledger';
import { isLedgeredPath, isSealedVaultPath, LEDGER_PATH, pathOnDisk } from './vault-layout';

/** A vault file that exists but cannot be opened: which file, and what is wrong with it. */
export class DamagedFileError extends Error {
  constructor(
    readonly vaultPath: string,
    readonly problem: SealProblem,
  ) {
    super(`${vaultPath}: ${problem}`);
    this.name = 'DamagedFileError';
  }
}

/** The vault's data keys: the one new writes are sealed with, and the one of each epoch a file may be sealed with. */
export interface KeyRing {
  writeEpoch: number;
  keyOf: KeyOfEpoch;
}

/** What opening the ledger found: the damage the vault holds now (empty when all is well). */
export interface LedgerReport {
  damage: LedgerDamage[];
}

interface PathQueue {
  running: Promise<void>;
  /** The newest bytes waiting behind the running write; older waiting bytes are simply replaced. */
  pending?: { bytes: Plaintext; done: Promise<void> };
}

/**
 * Reads and writes sealed files by their path inside the vault. Writes to one path are serialised and coalesced:
 * while one write runs, only the newest of the saves that arrive is written after it, and every caller's promise
 * resolves once bytes at least as new as its own are durable.
 */
export class SealedStore {
  private readonly queues = new Map<string, PathQueue>();
  /** Set while a backup reads what changed during its copy: writes and removals wait for it. */
  private hold: Promise<void> | undefined;
  /** Writes and removals past the hold and not yet finished. */
  private active = 0;
  private readonly idleWaiters: (() => void)[] = [];
  private readonly writeWatchers = new Set<(vaultPath: string) => void>();

  /** The vault's record of its files (ledger.psv), once opened after an unlock; without it nothing is checked. */
  private ledger: VaultLedger | undefined;
  private readonly keys: () => KeyRing;

  /**
   * `keys`: the vault's key ring, or (tests of one file) a single data key, as epoch 0. `readOnly`: whether the vault
   * was opened where it may not be written (every write and removal is then refused).
   */
  constructor(
    private readonly vaultDir: string,
    keys: (() => KeyRing) | (() => Buffer),
    private readonly readOnly: () => boolean = () => false,
  ) {
    this.keys = () => {
      const ring = keys();
      return Buffer.isBuffer(ring) ? { writeEpoch: 0, keyOf: () => ring } : ring;
    };
  }

  private fullPath(vaultPath: string): string {
    if (!isSealedVaultPath(vaultPath)) throw new RangeError('not a vault path');
    return join(this.vaultDir, ...vaultPath.split('/'));
  }

  /**
   * Opens the ledger and checks every sealed file of the vault against it (ARCHITECTURE.md, The ledger): each file's
   * stamp is read, never its content. A write a crash interrupted is taken in, a deletion it interrupted finished;
   * a file gone, older than recorded or come back from deletion is damage, named, and kept in the ledger until it is
   * put right. Without a ledger: `legacy` (a vault from before the ledger) gets one made from its files as they are;
   * otherwise a missing ledger in a vault holding files is damage itself, and a new one is made so the rest works.
   */
  async openLedger(options: { legacy: boolean; now: string }): Promise<LedgerReport> {
    await this.flush();
    let bytes: Buffer | undefined;
    try {
      bytes = await readFile(this.fullPath(LEDGER_PATH));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const onDisk = this.stampsOnDisk();
    const found: Omit<LedgerDamage, 'at'>[] = [];
    const data = bytes && this.parseLedgerOrNote(bytes, found);
    const before = data ? JSON.stringify(data) : undefined;
    if (data) {
      // A format 1 vault.json beside a ledger not made by its own upgrade is an old copy put back.
      if (options.legacy && !data.upgrading) throw new StudioError('vault_descriptor_rolled_back');
      this.ledger = new VaultLedger(data);
    } else {
      this.ledger = new VaultLedger({ ...emptyLedger(), ...(options.legacy ? { upgrading: true as const } : {}) });
      if (!bytes && !options.legacy && onDisk.size > 0) found.push({ file: LEDGER_PATH, problem: 'missing' });
    }
    const ledger = this.ledger;
    for (const vaultPath of new Set([...ledger.recordedFiles(), ...onDisk.keys()])) {
      const stamp = onDisk.get(vaultPath);
      if (stamp === 'unreadable') {
        found.push({ file: vaultPath, problem: 'unreadable' });
        continue;
      }
      const verdict = ledger.judge(vaultPath, stamp);
      if ('finishDeletion' in verdict) {
        // A deletion a crash interrupted: finished (when the vault may be written).
        if (!this.readOnly()) await rm(this.fullPath(vaultPath), { force: true });
      } else if (!verdict.ok) {
        found.push({ file: vaultPath, problem: verdict.problem });
        // Erasure wins: a deleted file that came back goes again.
        if (verdict.problem === 'deleted' && !this.readOnly()) await rm(this.fullPath(vaultPath), { force: true });
      } else if (verdict.adopt && stamp) {
        ledger.recordWrite(vaultPath, stamp.counter);
      }
    }
    ledger.noteDamage(found, options.now);
    // Saved only when something changed: opening a vault leaves its files as they were (a backup then finds no
    // change to copy).
    if (JSON.stringify(ledger.data) !== before) await this.saveLedger();
    return { damage: ledger.data.damage };
  }

  /**
   * Takes every file the ledger found missing or older than recorded as it is now, and forgets that damage. Only for
   * a restored backup whose sealed manifest vouches for each file it holds: a backup keeps an older version of a
   * file that did not open, and leaves out a new file that never did (BackupReport.unreadable).
   */
  async acceptFilesAsFound(): Promise<void> {
    if (!this.ledger) throw new Error('the ledger is not open');
    const ledger = this.ledger;
    for (const { file, problem } of ledger.data.damage) {
      if (problem !== 'missing' && problem !== 'rolled_back') continue;
      const stamp = this.stampOf(this.fullPath(file));
      ledger.acceptAsFound(file, stamp?.counter);
    }
    ledger.data.damage = ledger.data.damage.filter(({ problem }) => problem !== 'missing' && problem !== 'rolled_back');
    await this.saveLedger();
  }

  /** The upgrade of a vault from before the ledger is done (vault.json is format 2 now). */
  async ledgerUpgraded(): Promise<void> {
    if (!this.ledger?.data.upgrading) return;
    delete this.ledger.data.upgrading;
    await this.saveLedger();
  }

  /**
   * Re-seals every file sealed with a key older than the one new writes use (a key rotation), one at a time through
   * the same atomic writes as any save; the ledger last. Safe to run again after a crash: done files are skipped.
   */
  async resealOlderThan(epoch: number): Promise<number> {
    let resealed = 0;
    // Every sealed file, the ledger's own (written last, below) aside: backup.psv too, which the ledger leaves out.
    for (const [vaultPath, stamp] of this.stampsOnDisk((path) => isSealedVaultPath(path) && path !== LEDGER_PATH)) {
      if (stamp === 'unreadable' || stamp.epoch >= epoch) continue;
      const plaintext = await this.read(vaultPath);
      if (plaintext) {
        await this.write(vaultPath, plaintext);
        resealed += 1;
      }
    }
    await this.saveLedger();
    await this.flush();
    return resealed;
  }

  /** Forgets the ledger (the vault locks). */
  closeLedger(): void {
    this.ledger = undefined;
  }

  /** The damage the ledger holds now. */
  damage(): LedgerDamage[] {
    return this.ledger?.data.damage ?? [];
  }

  /** The ledger's data; undefined (noted as damage) when it cannot be opened, so a new one is made. */
  private parseLedgerOrNote(bytes: Buffer, found: Omit<LedgerDamage, 'at'>[]): LedgerData | undefined {
    try {
      return this.parseLedger(bytes);
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      found.push({ file: LEDGER_PATH, problem: 'unreadable' });
      return undefined;
    }
  }

  private parseLedger(bytes: Buffer): LedgerData {
    let plaintext: Buffer;
    try {
      plaintext = openSealed(this.keys().keyOf, LEDGER_PATH, bytes).plaintext;
    } catch (error) {
      if (error instanceof SealError) throw new DamagedFileError(LEDGER_PATH, error.problem);
      throw error;
    }
    try {
      return LedgerDataSchema.parse(JSON.parse(plaintext.toString('utf8')));
    } catch {
      throw new DamagedFileError(LEDGER_PATH, 'invalid_content');
    }
  }

  private saveLedger(): Promise<void> {
    if (!this.ledger || this.readOnly()) return Promise.resolve();
    return this.write(LEDGER_PATH, Buffer.from(JSON.stringify(this.ledger.data), 'utf8'));
  }

  /** Every file the ledger counts (or those `which` names) with its stamp, read from its first bytes. */
  private stampsOnDisk(which = isLedgeredPath): Map<string, SealStamp | 'unreadable'> {
    const stamps = new Map<string, SealStamp | 'unreadable'>();
    const header = Buffer.alloc(SEAL_HEADER_BYTES);
    for (const entry of readdirSync(this.vaultDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const relative = join(entry.parentPath, entry.name)
        .slice(this.vaultDir.length + 1)
        .split(/[\\/]/)
        .join('/');
      if (!which(relative)) continue;
      stamps.set(relative, this.stampOf(pathOnDisk(this.vaultDir, relative), header) ?? 'unreadable');
    }
    return stamps;
  }

  /** A file's stamp from its header; undefined when the file is gone, 'unreadable' is for the caller to say. */
  private stampOf(path: string, header = Buffer.alloc(SEAL_HEADER_BYTES)): SealStamp | undefined {
    let handle: number;
    try {
      handle = openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      const read = readSync(handle, header, 0, header.length, 0);
      return sealStamp(header.subarray(0, read));
    } catch {
      return undefined;
    } finally {
      closeSync(handle);
    }
  }

  /**
   * The decrypted bytes of a file, undefined when it does not exist. A file the ledger says is not as it should be
   * (missing, older than recorded) is a DamagedFileError, unless `anyVersion`: whatever version is there, for
   * salvaging what an older copy still knows (rebuilding the index), never for working on.
   */
  async read(vaultPath: string, options: { anyVersion?: boolean } = {}): Promise<Buffer | undefined> {
    let sealed: Buffer;
    try {
      sealed = await readFile(this.fullPath(vaultPath));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // A file the ledger records is never simply "not there yet": it was lost, and that is said.
      if (this.ledger?.knows(vaultPath) && !options.anyVersion) throw new DamagedFileError(vaultPath, 'missing');
      return undefined;
    }
    try {
      const { plaintext, stamp } = openSealed(this.keys().keyOf, vaultPath, sealed);
      const verdict = options.anyVersion ? undefined : this.ledger?.judge(vaultPath, stamp);
      // A deletion a crash interrupted: the file is gone as far as anyone reading is concerned.
      if (verdict && 'finishDeletion' in verdict) return undefined;
      if (verdict && !verdict.ok) throw new DamagedFileError(vaultPath, verdict.problem);
      return plaintext;
    } catch (error) {
      if (error instanceof SealError) throw new DamagedFileError(vaultPath, error.problem);
      throw error;
    }
  }

  /** Seals and writes `bytes`: one buffer, or its chunks in order (a large archive, so it is never joined first). */
  write(vaultPath: string, bytes: Plaintext): Promise<void> {
    const queue = this.queues.get(vaultPath);
    if (!queue) {
      const running = this.writeNow(vaultPath, bytes).finally(() => this.next(vaultPath));
      this.queues.set(vaultPath, { running });
      return running;
    }
    if (queue.pending) {
      queue.pending.bytes = bytes;
      return queue.pending.done;
    }
    const pending: { bytes: Plaintext; done: Promise<void> } = { bytes, done: Promise.resolve() };
    pending.done = queue.running.catch(() => undefined).then(() => this.writeNow(vaultPath, pending.bytes));
    queue.pending = pending;
    return pending.done;
  }

  /** Resolves when every write that has been asked for is on disk. */
  async flush(): Promise<void> {
    while (this.queues.size > 0) {
      await Promise.allSettled([...this.queues.values()].flatMap((q) => [q.running, q.pending?.done ?? q.running]));
    }
  }

  /** Removes a file: the ledger records that it goes before it goes (see vault-ledger.ts). */
  async remove(vaultPath: string): Promise<void> {
    await this.flushPath(vaultPath);
    if (
      isLedgeredPath(vaultPath) &&
      this.ledger?.recordRemoval(vaultPath, this.stampOf(this.fullPath(vaultPath))?.counter)
    ) {
      await this.saveLedger();
    }
    await this.enter();
    try {
      await rm(this.fullPath(vaultPath), { force: true });
    } finally {
      this.leave(vaultPath);
    }
  }

  /**
   * Removes a folder of the vault with everything in it (a traject's folder), recorded in the ledger first; the
   * removal is made durable in its parent folder.
   */
  async removeFolder(folderPath: string): Promise<void> {
    const folder = join(this.vaultDir, ...folderPath.split('/'));
    const below = [...this.stampsOnDisk()].filter(([path]) => path.startsWith(`${folderPath}/`));
    await this.flush();
    if (this.ledger) {
      let changed = false;
      for (const path of new Set([...this.ledger.filesBelow(`${folderPath}/`), ...below.map(([path]) => path)])) {
        const stamp = below.find(([candidate]) => candidate === path)?.[1];
        changed =
          this.ledger.recordRemoval(path, stamp && stamp !== 'unreadable' ? stamp.counter : undefined) || changed;
      }
      if (changed) await this.saveLedger();
    }
    await this.enter();
    try {
      await rm(folder, { recursive: true, force: true });
      await fsyncFolder(dirname(folder)).catch(() => undefined);
    } finally {
      this.leave(folderPath);
    }
  }

  /**
   * Calls `watcher` with the path of every write and removal that reaches the disk from now on (or fails on its
   * way there), until the returned function is called. A backup uses it to know which files it must read again.
   */
  watchWrites(watcher: (vaultPath: string) => void): () => void {
    const own = (vaultPath: string) => watcher(vaultPath);
    this.writeWatchers.add(own);
    return () => this.writeWatchers.delete(own);
  }

  /**
   * Runs `work` while the vault's files hold still, so it sees them all as of one moment: writes and removals
   * already on their way to the disk finish first, and those asked for meanwhile wait (and coalesce, as always)
   * until `work` is done. Callers' promises simply resolve later. Keep `work` short: the coach's saves wait for it.
   */
  async whileWritesHeld<T>(work: () => Promise<T>): Promise<T> {
    while (this.hold) await this.hold;
    let release = () => {};
    this.hold = new Promise<void>((resolveHold) => (release = resolveHold));
    try {
      while (this.active > 0) await new Promise<void>((resolveIdle) => this.idleWaiters.push(resolveIdle));
      return await work();
    } finally {
      this.hold = undefined;
      release();
    }
  }

  /** Waits out a hold, then counts the caller as writing (no await in between, so no hold can slip in). */
  private async enter(): Promise<void> {
    if (this.readOnly()) throw new StudioError('vault_read_only');
    while (this.hold) await this.hold;
    this.active += 1;
  }

  private leave(vaultPath: string): void {
    try {
      for (const watcher of this.writeWatchers) watcher(vaultPath);
    } finally {
      this.active -= 1;
      if (this.active === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }

  private async flushPath(vaultPath: string): Promise<void> {
    let queue = this.queues.get(vaultPath);
    while (queue) {
      await Promise.allSettled([queue.running, queue.pending?.done ?? queue.running]);
      queue = this.queues.get(vaultPath);
    }
  }

  private next(vaultPath: string): void {
    const queue = this.queues.get(vaultPath);
    if (!queue) return;
    if (!queue.pending) {
      this.queues.delete(vaultPath);
      return;
    }
    const { done } = queue.pending;
    this.queues.set(vaultPath, { running: done.finally(() => this.next(vaultPath)) });
  }

  private async writeNow(vaultPath: string, bytes: Plaintext): Promise<void> {
    const path = this.fullPath(vaultPath);
    let counter: number;
    await this.enter();
    try {
      const created = await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      // A new folder (trajects/<id>/) must itself survive a power cut: sync each new entry into its parent.
      for (let folder = dirname(path); created; folder = dirname(folder)) {
        await fsyncFolder(dirname(folder));
        if (folder === created) break;
      }
      const { writeEpoch, keyOf } = this.keys();
      // Past every version the ledger or the disk has seen, so an older copy can always be told from this one.
      const onDisk = this.stampOf(path)?.counter;
      counter = this.ledger?.nextCounter(vaultPath, onDisk) ?? (onDisk ?? 0) + 1;
      await writeFileAtomic(path, sealParts(keyOf(writeEpoch), vaultPath, bytes, { epoch: writeEpoch, counter }));
    } finally {
      this.leave(vaultPath);
    }
    // Recorded once the file is on disk (a crash in between leaves a file newer than its record, which is taken in),
    // and before the caller hears it is saved. Outside enter/leave: a backup's hold waits for writes to finish.
    if (isLedgeredPath(vaultPath) && this.ledger?.recordWrite(vaultPath, counter)) {
      await this.saveLedger().catch(() => undefined);
    }
  }
}
