import type { Adapter, Low } from 'lowdb';
import type { z } from 'zod';
import { DamagedFileError, type SealedStore } from './sealed-store';

/**
 * A lowdb adapter for one sealed JSON file. lowdb's own file adapters write in clear and without fsync; this one
 * goes through the sealed store (AES-GCM, atomic, durable, coalesced) and validates what it reads.
 */
export class SealedJsonAdapter<T> implements Adapter<T> {
  constructor(
    private readonly store: SealedStore,
    private readonly vaultPath: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  async read(): Promise<T | null> {
    const bytes = await this.store.read(this.vaultPath);
    if (bytes === undefined) return null;
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new DamagedFileError(this.vaultPath, 'invalid_content');
    }
    const parsed = this.schema.safeParse(json);
    if (!parsed.success) throw new DamagedFileError(this.vaultPath, 'invalid_content');
    return parsed.data;
  }

  write(data: T): Promise<void> {
    return this.store.write(this.vaultPath, Buffer.from(JSON.stringify(data), 'utf8'));
  }
}

/** Opens (reads) a sealed lowdb database. Built with `new Low` directly: lowdb's presets use memory under tests. */
export async function openSealedDb<T>(
  store: SealedStore,
  vaultPath: string,
  schema: z.ZodType<T>,
  defaults: () => T,
): Promise<Low<T>> {
  const { Low } = await import('lowdb');
  const db = new Low<T>(new SealedJsonAdapter(store, vaultPath, schema), defaults());
  await db.read();
  return db;
}
