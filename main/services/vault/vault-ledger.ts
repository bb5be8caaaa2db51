import * as z from 'zod';
import { IsoDateTimeSchema } from '../../../shared/domain/ids';
import type { SealStamp } from './sealed-file';

/**
 * What the vault holds, as the vault itself last wrote it (ARCHITECTURE.md, The ledger): per sealed file the newest
 * write counter, per deleted file the counter it had when it went, and the damage found and not yet put right.
 * Sealed like every other file (ledger.psv), so only this vault's key can make or change it.
 *
 * The rules, which make a crash at any instant harmless and every other change visible:
 *   - a file is written first and recorded after, so a file newer than its record is a write the ledger had not
 *     caught up with yet: it is taken as it is;
 *   - a deletion is recorded first and done after, so a file recorded as deleted that is still there, with the
 *     counter it had then, is a deletion a crash interrupted: it is finished;
 *   - anything else is damage: a recorded file that is gone (`missing`), one older than recorded (`rolled_back`), one
 *     that was deleted and has come back with an older or equal counter (`deleted`).
 */
export const LedgerDataSchema = z
  .object({
    format: z.literal(1),
    /** Set while a vault from before the ledger is being upgraded (ledger made, vault.json not yet format 2). */
    upgrading: z.literal(true).optional(),
    files: z.record(z.string(), z.number().int().min(0)),
    removed: z.record(z.string(), z.number().int().min(0)),
    damage: z.array(
      z
        .object({
          file: z.string().min(1).max(300),
          problem: z.enum(['missing', 'rolled_back', 'deleted', 'unreadable']),
          at: IsoDateTimeSchema,
        })
        .strict(),
    ),
  })
  .strict();
export type LedgerData = z.infer<typeof LedgerDataSchema>;
export type LedgerDamage = LedgerData['damage'][number];

export const emptyLedger = (): LedgerData => ({ format: 1, files: {}, removed: {}, damage: [] });

/** What the ledger says of a file found (or not found) on disk. */
export type LedgerVerdict =
  | { ok: true; adopt: boolean }
  | { ok: false; problem: 'missing' | 'rolled_back' | 'deleted' }
  | { finishDeletion: true };

export class VaultLedger {
  constructor(readonly data: LedgerData = emptyLedger()) {}

  knows(vaultPath: string): boolean {
    return Object.hasOwn(this.data.files, vaultPath);
  }

  /** The counter the next write of a path gets: past every version the ledger or the disk has seen. */
  nextCounter(vaultPath: string, onDisk: number | undefined): number {
    return Math.max(this.data.files[vaultPath] ?? 0, this.data.removed[vaultPath] ?? 0, onDisk ?? 0) + 1;
  }

  /** A file as found on disk (its stamp), or its absence (undefined). */
  judge(vaultPath: string, stamp: SealStamp | undefined): LedgerVerdict {
    const recorded = this.data.files[vaultPath];
    const removed = this.data.removed[vaultPath];
    if (!stamp) return recorded === undefined ? { ok: true, adopt: false } : { ok: false, problem: 'missing' };
    if (recorded !== undefined) {
      return stamp.counter < recorded
        ? { ok: false, problem: 'rolled_back' }
        : { ok: true, adopt: stamp.counter > recorded };
    }
    if (removed !== undefined) {
      if (stamp.counter === removed) return { finishDeletion: true };
      if (stamp.counter < removed) return { ok: false, problem: 'deleted' };
    }
    return { ok: true, adopt: true };
  }

  /** Records a write (or a newer file found): true when the ledger changed. */
  recordWrite(vaultPath: string, counter: number): boolean {
    if ((this.data.files[vaultPath] ?? -1) >= counter && !Object.hasOwn(this.data.removed, vaultPath)) return false;
    this.data.files[vaultPath] = Math.max(counter, this.data.files[vaultPath] ?? 0);
    delete this.data.removed[vaultPath];
    return true;
  }

  /** Records that a file goes (before it goes): true when the ledger changed. */
  recordRemoval(vaultPath: string, counterOnDisk: number | undefined): boolean {
    const counter = Math.max(this.data.files[vaultPath] ?? 0, counterOnDisk ?? 0);
    const known = Object.hasOwn(this.data.files, vaultPath) || counterOnDisk !== undefined;
    if (!known) return false;
    delete this.data.files[vaultPath];
    this.data.removed[vaultPath] = counter;
    return true;
  }

  /**
   * Takes a file as it now is, whatever was recorded: its counter on disk, or (gone) recorded as removed. For a
   * restored backup, whose sealed list of files is the authority on which versions it holds.
   */
  acceptAsFound(vaultPath: string, counterOnDisk: number | undefined): void {
    if (counterOnDisk === undefined) {
      this.recordRemoval(vaultPath, undefined);
    } else {
      this.data.files[vaultPath] = counterOnDisk;
      delete this.data.removed[vaultPath];
    }
  }

  /** The recorded files below a folder (vault path prefix ending in `/`). */
  filesBelow(folder: string): string[] {
    return Object.keys(this.data.files).filter((path) => path.startsWith(folder));
  }

  recordedFiles(): string[] {
    return Object.keys(this.data.files);
  }

  /**
   * The damage an audit found, replacing what was noted before (put right is forgotten); an entry seen before keeps
   * the moment it was first found. True when the list changed.
   */
  noteDamage(found: Omit<LedgerDamage, 'at'>[], at: string): boolean {
    const next = found.map(
      (damage) =>
        this.data.damage.find((old) => old.file === damage.file && old.problem === damage.problem) ?? { ...damage, at },
    );
    const changed = JSON.stringify(next) !== JSON.stringify(this.data.damage);
    this.data.damage = next;
    return changed;
  }
}
