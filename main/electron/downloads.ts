import type { DownloadItem, Session } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where the coach last saved an export, kept in the app's own folder (never in the vault: it is no client data). */
interface DownloadPreferences {
  folder?: string;
}

export interface DownloadOptions {
  /** The JSON file that remembers the folder between launches. */
  preferencesFile: string;
  /** The first suggestion: the system's Downloads folder. */
  defaultFolder: string;
}

/**
 * Every file the studio hands over (a signed PDF, a certificate, an attachment) goes through the system's save
 * dialog, which opens in the folder the coach chose last time.
 */
export async function rememberExportFolder(session: Pick<Session, 'on'>, options: DownloadOptions): Promise<void> {
  let folder = await readFile(options.preferencesFile, 'utf8')
    .then((text) => (JSON.parse(text) as DownloadPreferences).folder)
    .catch(() => undefined);
  if (typeof folder !== 'string' || folder === '') folder = undefined;

  session.on('will-download', (_event, item: DownloadItem) => {
    // Set before the handler returns: that is when Electron opens the dialog.
    item.setSaveDialogOptions({ defaultPath: join(folder ?? options.defaultFolder, item.getFilename()) });
    item.once('done', (_done, state) => {
      if (state !== 'completed' || !item.getSavePath()) return;
      folder = dirname(item.getSavePath());
      const preferences: DownloadPreferences = { folder };
      writeFile(options.preferencesFile, JSON.stringify(preferences), 'utf8').catch(() => undefined);
    });
  });
}
