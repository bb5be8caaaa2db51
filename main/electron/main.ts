import { app, dialog, ipcMain, Notification, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageFromLocale } from '../../shared/i18n/language';
import { createStudio, type Studio } from '../api/studio';
import { builtRendererDir } from '../platform/repo-paths';
import { resolveVaultDir } from '../platform/vault-location';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { guardWindowClose } from './close-guard';
import { rememberExportFolder } from './downloads';
import { bindFolderDialog } from './folder-dialog';
import { bindStudioIpc } from './ipc';
import { bindMailHandoff } from './mail-handoff';
import { installStudioMenu } from './menu';
import { bindNotifications } from './notifications';
import { createMainWindow, devToolsAllowed } from './window';

// The bundle lives in dist/electron/ next to preload.cjs, so the preload is found relative to this module.
const preloadPath = fileURLToPath(new URL('./preload.cjs', import.meta.url));

// Every renderer sandboxed, whatever a future window's options say.
app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the running studio (which comes to the front) and leaves.
  app.quit();
} else {
  let mainWindow: BrowserWindow | undefined;
  let studio: Studio | undefined;
  let closing: Promise<void> | undefined;
  let closed = false;

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  // Closing the window quits on every platform, macOS included: a studio left running without a window would
  // keep the vault locked against other launches and keep its key in memory with nothing on screen to show it.
  app.on('window-all-closed', () => app.quit());

  // Quitting waits for the studio to lock the vault (dropping the key) and release it for the next launch.
  app.on('will-quit', (event) => {
    if (closed || !studio) return;
    event.preventDefault();
    closing ??= studio
      .close()
      .catch((error: unknown) => console.error(`PASSIE Studio: the vault could not be closed (${errorKind(error)}).`))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  app
    .whenReady()
    .then(async () => {
      const language = () => languageFromLocale(app.getLocale());
      const running = createStudio({
        followCoachLanguage: true,
        vaultDir: resolveVaultDir(undefined),
        language,
        // Only the method and the kind of error: messages and stacks may carry client text or paths.
        onUnexpectedError: (method, error) =>
          console.error(`PASSIE Studio: ${method} failed unexpectedly (${errorKind(error)}).`),
      });
      studio = running;
      serveRenderer(builtRendererDir);
      bindStudioIpc({ ipcMain, dispatch: running.dispatch, language, trustedContents: () => mainWindow?.webContents });
      bindFolderDialog({
        ipcMain,
        dialog,
        language,
        window: () => mainWindow,
        trustedContents: () => mainWindow?.webContents,
        choose: (purpose, folder) => running.backups.choose(purpose, folder),
      });
      const mail = bindMailHandoff({ ipcMain, shell, trustedContents: () => mainWindow?.webContents });
      // Drafts handed to the mail program go at quit (or an hour after each was made).
      app.on('will-quit', () => mail.removeDrafts());
      bindNotifications({
        ipcMain,
        Notification,
        window: () => mainWindow,
        trustedContents: () => mainWindow?.webContents,
      });
      const devTools = devToolsAllowed(app.isPackaged);
      installStudioMenu(devTools);
      mainWindow = createMainWindow({ preloadPath, devTools });
      guardWindowClose(mainWindow, ipcMain);
      await rememberExportFolder(mainWindow.webContents.session, {
        preferencesFile: join(app.getPath('userData'), 'export-folder.json'),
        defaultFolder: app.getPath('downloads'),
      });
      mainWindow.once('closed', () => {
        mainWindow = undefined;
      });
    })
    .catch((error: unknown) => {
      console.error(`PASSIE Studio: the studio could not start (${errorKind(error)}).`);
      app.exit(1);
    });
}

/** The class and errno code of an error, never its message: those can quote client text or vault paths. */
function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`;
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' && /^[A-Z0-9_]+$/.test(code) ? `${error.name} ${code}` : error.name;
}
