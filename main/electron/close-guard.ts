import type { BrowserWindow, IpcMain, IpcMainEvent } from 'electron';
import { BEFORE_CLOSE_CHANNEL, READY_TO_CLOSE_CHANNEL } from './channels';

/** Closing waits at most this long for the page: a hung page must never keep the window open. */
export const CLOSE_WAIT_MS = 3_000;

/**
 * Holds the window's close until the page has saved what the coach was writing: the first close is cancelled,
 * the page is asked to finish, and the window closes once it answers (or after `waitMs`, whatever happens).
 */
export function guardWindowClose(
  window: BrowserWindow,
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>,
  waitMs: number = CLOSE_WAIT_MS,
): void {
  let mayClose = false;
  let asking = false;

  window.on('close', (event) => {
    if (mayClose || window.webContents.isDestroyed()) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    const contents = window.webContents;
    const closeNow = () => {
      clearTimeout(timer);
      ipcMain.removeListener(READY_TO_CLOSE_CHANNEL, onReady);
      mayClose = true;
      if (!window.isDestroyed()) window.close();
    };
    function onReady(ready: IpcMainEvent) {
      if (ready.sender.id === contents.id) closeNow();
    }
    ipcMain.on(READY_TO_CLOSE_CHANNEL, onReady);
    const timer = setTimeout(closeNow, waitMs);
    contents.send(BEFORE_CLOSE_CHANNEL);
  });
}
