import type { Adapter, Low } from 'lowdb';
import type { z } from 'zod';
import { DamagedFileError, type SealedStore } from './sealed-store';

/**
 * A lowdb adapter for one sealed JSON file. lowdb's own file adapters write in clear and without fsync; this one
 * goes through the sealed store (AES-GCM, atomic, durable, coalesced) and validates what it reads.
 */
export class SealedJsonAdapter<T> implements Adapter<T> {
  /** The JSON last read from or written to the disk: what a failed change goes back to. */
  durable: string | undefined;

  constructor(
    private readonly store: SealedStore,
    private readonly vaultPath: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  async read(): Promise<T | null> {
    const bytes = await this.store.read(this.vaultPath);
    if (bytes === undefined) return null;
    let json: unknown;
    const text = bytes.toString('utf8');
    try {
      json = JSON.parse(text);
    } catch {
      throw new DamagedFileError(this.vaultPath, 'invalid_content');
    }
    const parsed = this.schema.safeParse(json);
    if (!parsed.success) throw new DamagedFileError(this.vaultPath, 'invalid_content');
    this.durable = text;
    return parsed.data;
  }

  /** Never writes what it could not read back: the data is checked against the file's schema first. */
  async write(data: T): Promise<void> {
    if (!this.schema.safeParse(data).success) throw new UnreadableDataError(this.vaultPath);
    const text = JSON.stringify(data);
    await this.store.write(this.vaultPath, Buffer.from(text, 'utf8'));
    this.durable = text;
  }
}

/** Data the file's own schema would refuse when reading it back: a bug, and never written. */
export class UnreadableDataError extends Error {
  constructor(readonly vaultPath: string) {
    super(`${vaultPath}: data its schema refuses`);
    this.name = 'UnreadableDataError';
  }
}

/**
 * A sealed database whose memory never runs ahead of its file (ARCHITECTURE.md, Sealed databases): changes run one
 * at a time, each written before the next begins, and a change whose write fails (a full disk, data its schema
 * refuses) is undone, so no later save can carry it to the disk after the coach was told it failed.
 */
export class SealedDb<T> {
  private queue: Promise<unknown> = Promise.resolve();
  /** Changes made by `follow` whose write failed: kept, and made again after an undo, until a write succeeds. */
  private following: ((data: T) => void)[] = [];

  constructor(
    private readonly low: Low<T>,
    private readonly adapter: SealedJsonAdapter<T>,
    private readonly defaults: () => T,
  ) {}

  /** The data as it is on disk. Only ever changed through `update`. */
  get data(): T {
    return this.low.data;
  }

  /** Replaces the data with what `make` returns from it, as `update` does. */
  replace(make: (data: T) => T): Promise<T> {
    return this.update(() => {
      this.low.data = make(this.low.data);
      return this.low.data;
    });
  }

  /** Applies `change` to the data and writes it; resolves once it is durable, or undoes it and throws. */
  update<R>(change: (data: T) => R | Promise<R>): Promise<R> {
    const run = this.queue.then(async () => {
      try {
        const result = await change(this.low.data);
        await this.low.write();
        this.following = [];
        return result;
      } catch (error) {
        this.low.data = this.adapter.durable === undefined ? this.defaults() : (JSON.parse(this.adapter.durable) as T);
        for (const follower of this.following) follower(this.low.data);
        throw error;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * A change that only follows from another file already durable (a dossier's summary in the index, a client
   * whose tombstone is written): the operation is done once that file is, so the change stays in memory even when
   * its own write fails (a full disk), and the vault's next open derives it again from that file. Resolves once it
   * is made; its write is tried, never awaited as the operation's success.
   */
  follow(change: (data: T) => void): Promise<void> {
    const run = this.queue.then(async () => {
      change(this.low.data);
      this.following.push(change);
      try {
        await this.low.write();
        this.following = [];
      } catch {
        // Kept: see above. A later successful write carries it to the disk.
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** Opens (reads) a sealed lowdb database. Built with `new Low` directly: lowdb's presets use memory under tests. */
export async function openSealedDb<T>(
  store: SealedStore,
  vaultPath: string,
  schema: z.ZodType<T>,
  defaults: () => T,
): Promise<SealedDb<T>> {
  const { Low } = await import('lowdb');
  const adapter = new SealedJsonAdapter(store, vaultPath, schema);
  const low = new Low<T>(adapter, defaults());
  await low.read();
  return new SealedDb(low, adapter, defaults);
}
