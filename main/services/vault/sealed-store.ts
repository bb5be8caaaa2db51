import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fsyncFolder, writeFileAtomic } from '../../platform/atomic-write';
import { sealParts, SealError, unseal, type Plaintext, type SealProblem } from './sealed-file';
import { isSealedVaultPath } from './vault-layout';

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

  constructor(
    private readonly vaultDir: string,
    private readonly key: () => Buffer,
  ) {}

  private fullPath(vaultPath: string): string {
    if (!isSealedVaultPath(vaultPath)) throw new RangeError('not a vault path');
    return join(this.vaultDir, ...vaultPath.split('/'));
  }

  /** The file's plaintext, or undefined when it does not exist; DamagedFileError when it cannot be opened. */
  async read(vaultPath: string): Promise<Buffer | undefined> {
    let sealed: Buffer;
    try {
      sealed = await readFile(this.fullPath(vaultPath));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      return unseal(this.key(), vaultPath, sealed);
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

  async remove(vaultPath: string): Promise<void> {
    await this.flushPath(vaultPath);
    await this.enter();
    try {
      await rm(this.fullPath(vaultPath), { force: true });
    } finally {
      this.leave(vaultPath);
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
    await this.enter();
    try {
      const created = await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      // A new folder (trajects/<id>/) must itself survive a power cut: sync each new entry into its parent.
      for (let folder = dirname(path); created; folder = dirname(folder)) {
        await fsyncFolder(dirname(folder));
        if (folder === created) break;
      }
      await writeFileAtomic(path, sealParts(this.key(), vaultPath, bytes));
    } finally {
      this.leave(vaultPath);
    }
  }
}
