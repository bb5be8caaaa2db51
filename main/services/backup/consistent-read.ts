import { join } from 'node:path';
import { isBackedUpPath } from './backup-manifest';
import { breather, readFolder, readWholeFile } from './quick-reads';

/** What reading the vault as of one moment needs of the sealed store. */
export interface WriteWatch {
  watchWrites(watcher: (vaultPath: string) => void): () => void;
  whileWritesHeld<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Every file a backup copies, as paths inside the vault: vault.json and the sealed files, walked without following
 * links. Hidden entries (temp files of writes in progress) and the instance lock are not vault files.
 */
export async function listVaultFiles(vaultDir: string): Promise<string[]> {
  const found: string[] = [];
  const folders = [''];
  const breathe = breather();
  for (let prefix = folders.pop(); prefix !== undefined; prefix = folders.pop()) {
    const entries = readFolder(join(vaultDir, ...prefix.split('/').filter(Boolean)));
    // A traject folder removed while we walk (its client deleted) is no longer part of the vault.
    if (!entries) {
      if (prefix === '') throw new Error('the vault folder is gone');
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) folders.push(`${path}/`);
      else if (entry.isFile() && isBackedUpPath(path)) found.push(path);
    }
    await breathe();
  }
  return found.sort();
}

/**
 * Reads the vault's files as they were at one moment, handing each to `take` as it goes, and returns the paths of
 * that moment. Why this and not a copy taken while the studio stands still: a full read of a large vault takes
 * seconds, and the coach's saves would wait that long. So the files are read in one pass while work goes on,
 * each in one read (the studio replaces a file by rename, never in place, so every read sees one whole version),
 * while the sealed store reports every path it writes or removes meanwhile. Then, holding the store's writes for
 * a moment (SealedStore.whileWritesHeld, after the writes under way have finished), those few paths are read
 * again, or dropped when gone: every file now has its bytes of that moment — an index and the dossiers it
 * summarises, a tombstone and the deletion it records — never a mix a crash could not leave behind. The bytes
 * taken under the hold are handed to `take` after it, so the studio waits only for the reading.
 *
 * Only deletions of folders outside the store (a deleted client's attachments) are not seen this way; the
 * tombstone written before them is, and a restore re-applies it. vault.json is rewritten outside the store too,
 * but every version of it wraps the same data key.
 */
export async function readVaultAsOfOneMoment(
  vaultDir: string,
  store: WriteWatch,
  take: (vaultPath: string, bytes: Buffer) => Promise<void>,
): Promise<string[]> {
  const changed = new Set<string>();
  const stopWatching = store.watchWrites((vaultPath) => changed.add(vaultPath));
  const present = new Set<string>();
  let lastReads: [string, Buffer | undefined][];
  try {
    const read = (vaultPath: string) => readWholeFile(join(vaultDir, ...vaultPath.split('/')));
    const breathe = breather();
    for (const vaultPath of await listVaultFiles(vaultDir)) {
      const bytes = await read(vaultPath);
      if (bytes) {
        present.add(vaultPath);
        await take(vaultPath, bytes);
      }
      await breathe();
    }
    lastReads = await store.whileWritesHeld(async () => {
      stopWatching();
      const paths = [...changed].filter(isBackedUpPath);
      return Promise.all(
        paths.map(async (vaultPath) => [vaultPath, await read(vaultPath)] as [string, Buffer | undefined]),
      );
    });
  } finally {
    stopWatching();
  }
  for (const [vaultPath, bytes] of lastReads) {
    if (!bytes) {
      present.delete(vaultPath);
      continue;
    }
    present.add(vaultPath);
    await take(vaultPath, bytes);
  }
  return [...present].sort();
}
