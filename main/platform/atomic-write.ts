import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_SUFFIX = '.tmp';
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Whether `name` is that of a temp file writeFileAtomic writes (and a crash may leave). */
export function isAtomicWriteTemp(name: string): boolean {
  return TEMP_NAME.test(name);
}

/**
 * Replaces `path` with `bytes` so that a crash at any instant leaves the old or the new version, never a torn
 * file: write a temp file beside it, fsync it, rename it over the target, then fsync the folder so the rename
 * itself is durable. `bytes` may come in parts (a sealed file's header, ciphertext and tag), written in order.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array | readonly Uint8Array[]): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    for (const part of bytes instanceof Uint8Array ? [bytes] : bytes) {
      // write() may take less than it is given; the rest follows until the part is on its way.
      for (let offset = 0; offset < part.length;) offset += (await handle.write(part, offset)).bytesWritten;
    }
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncFolder(folder);
}

/** Makes a rename or a new file in `folder` durable. Windows cannot open folders for syncing; NTFS journals it. */
export async function fsyncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Removes the temp files of writes a crash interrupted, below `folder`. They are sealed like everything else, but
 * an old one can still hold (encrypted) data the coach has since deleted. Only safe while no write is running.
 */
export async function removeAbandonedTempFiles(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && isAtomicWriteTemp(entry.name)) await rm(join(entry.parentPath, entry.name), { force: true });
  }
}

/** Writes a new file (never one that exists) and syncs it: the caller renames or syncs its folder after. */
export async function writeNewFileDurably(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
