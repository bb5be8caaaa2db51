import { resolve } from 'node:path';
import { requireManifest } from './backup-manifest';
import { withBackupReader } from './backup-reader';
import { forEachConcurrently } from './concurrently';

/**
 * Checks a backup without restoring it (and without the passphrase): every file the manifest lists is there,
 * with its size and SHA-256. `backup_file_damaged` names the first that is not.
 */
export async function verifyBackup(folder: string): Promise<{ files: number; bytes: number; createdAt: string }> {
  const backupDir = resolve(folder);
  const manifest = await requireManifest(backupDir);
  await withBackupReader(backupDir, (reader) =>
    forEachConcurrently(manifest.files, 4, async (entry) => {
      await reader.read(entry);
    }),
  );
  return {
    files: manifest.files.length,
    bytes: manifest.files.reduce((sum, entry) => sum + entry.size, 0),
    createdAt: manifest.createdAt,
  };
}
