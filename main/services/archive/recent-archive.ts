import { stat } from 'node:fs/promises';

/** How long an opened archive is kept after it was last asked for. */
const KEEP_MS = 60_000;

/**
 * The archive opened last, kept while the coach looks at it: the read-only view asks for it once per screen and
 * once per attachment it shows, and every reading unseals, unzips and checks the whole archive (about half a second
 * for 50 MB of attachments). Kept in memory only, for a minute after its last use, and only while the file on disk
 * is the very one it was read from (same inode, size and modification time); forgotten when the vault locks.
 */
export class RecentArchive<T> {
  private kept?: { id: string; stamp: string; value: T; timer: NodeJS.Timeout };

  constructor(private readonly keepMs = KEEP_MS) {}

  /** The archive `id` at `path`: the one kept, when the file is unchanged since, else `read()` (then kept). */
  async get(id: string, path: string, read: () => Promise<T>): Promise<T> {
    const stamp = await stat(path).then(
      (found) => `${found.ino}:${found.size}:${found.mtimeMs}`,
      () => undefined,
    );
    if (stamp && this.kept?.id === id && this.kept.stamp === stamp) {
      this.kept.timer.refresh();
      return this.kept.value;
    }
    const value = await read();
    this.forget();
    if (stamp) {
      const timer = setTimeout(() => this.forget(), this.keepMs);
      timer.unref(); // never what keeps the studio (or a CLI command) running
      this.kept = { id, stamp, value, timer };
    }
    return value;
  }

  forget(): void {
    if (this.kept) clearTimeout(this.kept.timer);
    this.kept = undefined;
  }
}
