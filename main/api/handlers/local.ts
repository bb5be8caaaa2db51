import { restoreBackup } from '../../services/backup/backup-restore';
import { verifyBackup } from '../../services/backup/backup-verify';
import { archivePath, pathOnDisk } from '../../services/vault/vault-layout';
import { writeExportFile, writeExportFolder } from '../../platform/export-files';
import type { LocalHandlers } from './studio-handlers';
import type { StudioServices } from './studio-services';

/** The command line's own methods: archives and backups named by their place on the coach's computer. */
export function localHandlers({ archives, vault, pendingExports }: StudioServices): LocalHandlers {
  return {
    'archive.verifyFile': async ({ path }) => {
      const { manifest } = await archives.openFile(path);
      return { ok: true as const, entries: manifest.entries.length, chainHead: manifest.chainHead };
    },
    'archive.importFile': async ({ path }) => ({ id: await archives.importFile(path) }),
    'archive.extract': async (source) => {
      const entries = 'id' in source ? await archives.extract(source.id) : await archives.extractFile(source.path);
      return {
        entries: [...entries].map(([name, bytes]) => ({ name, base64: Buffer.from(bytes).toString('base64') })),
      };
    },
    'archive.locate': async ({ id }) => ({ path: pathOnDisk(vault.vaultDir, archivePath(id)) }),
    'backup.verify': ({ folder, passphrase }) => verifyBackup(folder, passphrase),
    // The vault this studio was opened on is the newer one: what was deleted in it since the backup stays deleted.
    'backup.restoreInto': ({ folder, into, passphrase, acceptUnsealed }) =>
      restoreBackup({ backupDir: folder, intoDir: into, passphrase, acceptUnsealed, newerVaultDir: vault.vaultDir }),
    'export.toFile': async ({ path, base64 }) => ({
      path: await writeExportFile(path, Buffer.from(base64, 'base64'), pendingExports),
    }),
    'export.toFolder': ({ path, files }) =>
      writeExportFolder(
        path,
        files.map(({ fileName, base64 }) => ({ fileName, bytes: Buffer.from(base64, 'base64') })),
        pendingExports,
      ),
  };
}
