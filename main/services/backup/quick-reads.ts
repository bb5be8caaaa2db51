import { closeSync, fstatSync, openSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { readFile } from 'node:fs/promises';

/**
 * Reading a vault's thousands of small files, quickly. Node's asynchronous reads send every file through its thread
 * pool four times (open, stat, read, close): for a practice of small sealed files that is most of a backup's time,
 * five times what the reads themselves cost. So small files and folders are read synchronously, and the caller
 * hands the event loop back every few milliseconds (`breather`), so the studio keeps answering meanwhile. Large
 * files (attachments) are read asynchronously: one of them alone would hold the loop too long.
 */
const SYNC_READ_MAX_BYTES = 1024 * 1024;
const HOLD_MS = 4;

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Call after each synchronous step: yields to the event loop once they have held it `holdMs` together. */
export function breather(holdMs = HOLD_MS): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < holdMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}

/** The whole file in one version (files are replaced by rename, never in place), or undefined once it is gone. */
export async function readWholeFile(path: string): Promise<Buffer | undefined> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  try {
    if (fstatSync(fd).size <= SYNC_READ_MAX_BYTES) return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  return readFile(path).catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw error;
  });
}

/** The entries of a folder, or undefined once it is gone. */
export function readFolder(path: string): Dirent[] | undefined {
  try {
    return readdirSync(path, { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}
