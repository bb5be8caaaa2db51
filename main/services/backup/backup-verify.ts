import { resolve } from 'node:path';
import type { BackupVerification } from '../../../shared/domain/backup';
import { requireManifest } from './backup-manifest';
import { withBackupReader } from './backup-reader';
import { forEachConcurrently } from './concurrently';
import { backupDataKey, readBackedUpDescriptor, requireSeal, sealedFileOpens } from './backup-key';

/**
 * Checks a backup without restoring it: every file the manifest lists is there, with its size and SHA-256;
 * `backup_file_damaged` names the first that is not. That much needs no passphrase, and vouches only for what the
 * manifest says. With the passphrase (`secret`), the backed-up vault.json gives the vault's key: the manifest's
 * seal is checked first (`backup_manifest_altered` when it does not hold), then every file is opened with the key.
 */
export async function verifyBackup(folder: string, secret?: string): Promise<BackupVerification> {
  const backupDir = resolve(folder);
  const manifest = await requireManifest(backupDir);
  const seal = await withBackupReader(backupDir, async (reader) => {
    const dataKey =
      secret === undefined ? undefined : await backupDataKey([await readBackedUpDescriptor(reader, manifest)], secret);
    try {
      const checked = dataKey ? requireSeal(manifest, dataKey) : undefined;
      await forEachConcurrently(manifest.files, 4, async (entry) => {
        const bytes = await reader.read(entry);
        if (dataKey) sealedFileOpens(dataKey, entry, bytes);
      });
      return checked ?? (manifest.mac === undefined ? 'none' : 'unchecked');
    } finally {
      dataKey?.fill(0);
    }
  });
  return {
    files: manifest.files.length,
    bytes: manifest.files.reduce((sum, entry) => sum + entry.size, 0),
    createdAt: manifest.createdAt,
    seal,
    opened: secret !== undefined,
  };
}
