import { open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { StudioError } from '../../../shared/api/studio-error';
import type { BackupEntry } from './backup-manifest';
import { LEGACY_OBJECTS, packPath, sha256Hex } from './backup-packs';

/**
 * Reads backed-up files for restoring and verifying, each checked against the manifest (size and SHA-256);
 * `backup_file_damaged` names the first that is missing or wrong. A pack is opened once, however many files it
 * holds. Also reads format 1, a copy per file.
 */
export class BackupReader {
  private readonly packs = new Map<string, Promise<FileHandle>>();

  constructor(private readonly folder: string) {}

  async read(entry: BackupEntry): Promise<Buffer> {
    let bytes: Buffer;
    try {
      bytes = entry.pack === undefined ? await readFile(this.legacyObjectPath(entry.sha256)) : await this.slice(entry);
    } catch (error) {
      throw new StudioError('backup_file_damaged', { cause: error, params: { file: entry.path } });
    }
    if (bytes.length !== entry.size || sha256Hex(bytes) !== entry.sha256) {
      throw new StudioError('backup_file_damaged', { params: { file: entry.path } });
    }
    return bytes;
  }

  async close(): Promise<void> {
    await Promise.all([...this.packs.values()].map((handle) => handle.then((open) => open.close()).catch(() => {})));
    this.packs.clear();
  }

  private async slice(entry: BackupEntry): Promise<Buffer> {
    let handle = this.packs.get(entry.pack!);
    if (!handle) {
      handle = open(packPath(this.folder, entry.pack!), 'r');
      this.packs.set(entry.pack!, handle);
    }
    const pack = await handle;
    const bytes = Buffer.alloc(entry.size);
    let done = 0;
    // A read may give less than asked; a pack cut short gives nothing more, and the size check names the file.
    for (let got = -1; done < entry.size && got !== 0; done += got) {
      got = (await pack.read(bytes, done, entry.size - done, entry.offset! + done)).bytesRead;
    }
    return bytes.subarray(0, done);
  }

  private legacyObjectPath(sha256: string): string {
    return join(this.folder, LEGACY_OBJECTS, sha256.slice(0, 2), sha256);
  }
}

/** Runs `use` with a reader on the backup in `folder`, closing its packs afterwards. */
export async function withBackupReader<T>(folder: string, use: (reader: BackupReader) => Promise<T>): Promise<T> {
  const reader = new BackupReader(folder);
  try {
    return await use(reader);
  } finally {
    await reader.close();
  }
}
