import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { StudioError } from '../../api/studio-error';
import type { BackupEntry } from './backup-manifest';

/**
 * The files of a backup, stored by content: `objects/<first two hex>/<sha256>`. A new version of a vault file is
 * a new object beside the old one, so copying never touches a file the manifest on disk still points to: a backup
 * interrupted at any moment leaves the previous one whole. Objects no manifest needs any more are removed only
 * after the new manifest is written. The bytes are the vault's sealed bytes, as they are.
 */
export const OBJECTS = 'objects';
const OBJECT_NAME = /^[0-9a-f]{64}$/;
const SHARD_NAME = /^[0-9a-f]{2}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function objectPath(folder: string, sha256: string): string {
  return join(folder, OBJECTS, sha256.slice(0, 2), sha256);
}

/**
 * The objects already in a backup folder, found by listing it once (cheaper than asking for each file). An object
 * only ever appears by rename, after it was made durable and checked, so its name being there means it is whole.
 */
export async function listObjects(folder: string): Promise<Set<string>> {
  const root = join(folder, OBJECTS);
  const found = new Set<string>();
  const shards = await readdir(root).catch(() => [] as string[]);
  await Promise.all(
    shards
      .filter((name) => SHARD_NAME.test(name))
      .map(async (shard) => {
        for (const name of await readdir(join(root, shard)).catch(() => [] as string[])) {
          if (OBJECT_NAME.test(name) && name.startsWith(shard)) found.add(name);
        }
      }),
  );
  return found;
}

/** An object written to its temp file, not yet durable nor in place: see `commitObject`. */
export interface PendingObject {
  sha256: string;
  temp: string;
  path: string;
}

/**
 * Writes objects' bytes to temp files beside their places. Copies are written first and made durable together
 * afterwards (`commitObject`): the disk then writes back many files per flush instead of one.
 */
export class ObjectWriter {
  private readonly shards = new Map<string, Promise<unknown>>();

  constructor(private readonly folder: string) {}

  async write(sha256: string, bytes: Uint8Array): Promise<PendingObject> {
    const path = objectPath(this.folder, sha256);
    const shard = dirname(path);
    let made = this.shards.get(shard);
    if (!made) {
      made = mkdir(shard, { recursive: true, mode: 0o700 });
      this.shards.set(shard, made);
    }
    await made;
    const temp = join(shard, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writeFile(temp, bytes, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { sha256, temp, path };
  }
}

/**
 * Makes a written object durable (fsync), reads it back and checks it against its SHA-256, then renames it into
 * place. The caller fsyncs the objects' folders once, before writing the manifest that names them.
 */
export async function commitObject(pending: PendingObject): Promise<void> {
  try {
    const handle = await open(pending.temp, 'r');
    try {
      await handle.sync();
      const written = await handle.readFile();
      if (sha256Hex(written) !== pending.sha256) throw new Error('the copy differs from the vault file');
    } finally {
      await handle.close();
    }
    await rename(pending.temp, pending.path);
  } catch (error) {
    await rm(pending.temp, { force: true });
    throw error;
  }
}

/** The bytes of a backed-up file, checked against the manifest; `backup_file_damaged` names it otherwise. */
export async function readObject(folder: string, entry: BackupEntry): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(objectPath(folder, entry.sha256));
  } catch (error) {
    throw new StudioError('backup_file_damaged', { cause: error, params: { file: entry.path } });
  }
  if (bytes.length !== entry.size || sha256Hex(bytes) !== entry.sha256) {
    throw new StudioError('backup_file_damaged', { params: { file: entry.path } });
  }
  return bytes;
}

/**
 * Removes every object not in `keep`, and temp files a crash left: run only after the manifest naming `keep` is
 * on disk. Returns how many objects went. Only what this studio writes under objects/ is touched.
 */
export async function removeUnreferencedObjects(folder: string, keep: ReadonlySet<string>): Promise<number> {
  const root = join(folder, OBJECTS);
  let shards: string[];
  try {
    shards = await readdir(root);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const shard of shards.filter((name) => SHARD_NAME.test(name))) {
    let names: string[];
    try {
      names = await readdir(join(root, shard));
    } catch {
      continue;
    }
    for (const name of names) {
      const object = OBJECT_NAME.test(name);
      if (object && keep.has(name)) continue;
      if (!object && !(name.startsWith('.') && name.endsWith('.tmp'))) continue;
      await rm(join(root, shard, name), { force: true });
      if (object) removed += 1;
    }
    await rmdir(join(root, shard)).catch(() => undefined); // only when now empty
  }
  return removed;
}
