import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, OpenDialogOptions, WebContents } from 'electron';
import { BackupFolderPurposeSchema, BackupFolderSchema, type BackupFolderPurpose } from '../../shared/domain/backup';
import type { Language } from '../../shared/i18n/language';
import { CHOOSE_FOLDER_CHANNEL } from './channels';
import { isTrustedSender } from './ipc';

/** What the page learns of the dialog: whether a folder was chosen. Never the path. */
export interface FolderChoice {
  chosen: boolean;
}

export interface FolderDialogOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  dialog: Pick<Dialog, 'showOpenDialog'>;
  window: () => BrowserWindow | undefined;
  /** The studio window's contents, the only sender that may open the dialog. */
  trustedContents: () => WebContents | undefined;
  /** Hands the chosen folder to the studio (main to main), for the next backup.create or backup.restore. */
  choose: (purpose: BackupFolderPurpose, folder: string) => void;
  language: () => Language;
}

const TEXT: Record<Language, Record<BackupFolderPurpose, Pick<OpenDialogOptions, 'title' | 'buttonLabel'>>> = {
  nl: {
    backup: { title: 'Map voor de back-up kiezen', buttonLabel: 'Back-up hierin maken' },
    restore: { title: 'Map met de back-up kiezen', buttonLabel: 'Deze back-up terugzetten' },
  },
  en: {
    backup: { title: 'Choose a folder for the backup', buttonLabel: 'Back up here' },
    restore: { title: 'Choose the folder with the backup', buttonLabel: 'Restore this backup' },
  },
};

/**
 * The native folder dialog for backups, opened by the main process when the page asks (`studioWindow.chooseFolder`).
 * The folder goes straight to the studio's backups and the page gets only `{ chosen }`: a path the page never
 * holds cannot leak from it, and the page then calls backup.create / backup.restore without a folder.
 */
export function bindFolderDialog(options: FolderDialogOptions): () => void {
  options.ipcMain.handle(
    CHOOSE_FOLDER_CHANNEL,
    async (event: IpcMainInvokeEvent, purpose: unknown): Promise<FolderChoice> => {
      const window = options.window();
      const parsed = BackupFolderPurposeSchema.safeParse(purpose);
      if (!window || !parsed.success || !isTrustedSender(event, options.trustedContents())) return { chosen: false };
      const result = await options.dialog.showOpenDialog(window, {
        ...TEXT[options.language()][parsed.data],
        // Making a backup may go into a new folder; restoring needs one that holds a backup.
        properties: parsed.data === 'backup' ? ['openDirectory', 'createDirectory'] : ['openDirectory'],
      });
      const folder = result.canceled ? undefined : result.filePaths[0];
      if (!folder || !BackupFolderSchema.safeParse(folder).success) return { chosen: false };
      options.choose(parsed.data, folder);
      return { chosen: true };
    },
  );
  return () => options.ipcMain.removeHandler(CHOOSE_FOLDER_CHANNEL);
}
