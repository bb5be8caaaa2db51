/**
 * Opens each database at most once per unlock: concurrent callers share the one open in progress (two opens of
 * one file would give two copies in memory, and the later save would silently undo the earlier one), and a
 * failed open is forgotten so the next call tries again.
 */
export class OpenOnce<T> {
  private readonly opens = new Map<string, Promise<T>>();

  get(key: string, open: () => Promise<T>): Promise<T> {
    const existing = this.opens.get(key);
    if (existing) return existing;
    const opening = open();
    this.opens.set(key, opening);
    opening.catch(() => {
      if (this.opens.get(key) === opening) this.opens.delete(key);
    });
    return opening;
  }

  delete(key: string): void {
    this.opens.delete(key);
  }

  clear(): void {
    this.opens.clear();
  }
}
