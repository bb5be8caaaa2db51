import { rm } from 'node:fs/promises';
import * as z from 'zod';
import { isExportTemp, type ExportTemps } from '../../platform/export-files';
import { openSealedDb, type SealedDb } from '../vault/sealed-db';
import type { SealedStore } from '../vault/sealed-store';
import { PENDING_EXPORTS_PATH } from '../vault/vault-layout';

const PendingExportsSchema = z.object({ temps: z.array(z.string().min(1).max(4_096)).max(10_000) }).strict();
type PendingExportsData = z.infer<typeof PendingExportsSchema>;

/**
 * The temp files and folders of exports being written right now (sealed in the vault: their paths may name a
 * client). An export writes its decrypted bytes beside the target under a temp name and renames it into place; a
 * crash in between would leave that plaintext behind for good, so each temp is recorded before a byte of it is
 * written, and the next unlock removes whatever the record still names.
 */
export class PendingExports implements ExportTemps {
  private db: SealedDb<PendingExportsData> | undefined;

  constructor(private readonly store: SealedStore) {}

  async add(temp: string): Promise<void> {
    await (await this.open()).update((data) => void data.temps.push(temp));
  }

  async remove(temp: string): Promise<void> {
    await (await this.open()).replace((data) => ({ temps: data.temps.filter((path) => path !== temp) }));
  }

  /** Removes the temps a crash left (only names an export gives its temps), then forgets them. */
  async sweep(): Promise<number> {
    const db = await this.open();
    const left = db.data.temps.filter(isExportTemp);
    if (db.data.temps.length === 0) return 0;
    for (const temp of left) await rm(temp, { recursive: true, force: true });
    await db.replace(() => ({ temps: [] }));
    return left.length;
  }

  forget(): void {
    this.db = undefined;
  }

  private async open(): Promise<SealedDb<PendingExportsData>> {
    this.db ??= await openSealedDb(this.store, PENDING_EXPORTS_PATH, PendingExportsSchema, () => ({ temps: [] }));
    return this.db;
  }
}
