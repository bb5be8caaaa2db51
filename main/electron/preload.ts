import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResult } from '../../shared/api/errors';
import { buildStudioApi } from '../../shared/api/studio-api';
import {
  BEFORE_CLOSE_CHANNEL,
  CHOOSE_FOLDER_CHANNEL,
  OPEN_MAIL_DRAFT_CHANNEL,
  OPEN_MAILTO_CHANNEL,
  NOTIFICATION_CLICK_CHANNEL,
  NOTIFY_CHANNEL,
  READY_TO_CLOSE_CHANNEL,
  channelFor,
} from './channels';

// The page gets `window.studio` with the contract's named methods and nothing else: no ipcRenderer, no generic
// send or invoke taking a channel, so script in the page can reach only what the contract offers.
contextBridge.exposeInMainWorld(
  'studio',
  buildStudioApi((method, request) => ipcRenderer.invoke(channelFor(method), request) as Promise<ApiResult<unknown>>),
);

// Closing the window waits for the page to save (see close-guard.ts). The page can register one task; the answer
// goes back whether the task succeeds, fails or was never registered.
let beforeClose: (() => Promise<unknown>) | undefined;
ipcRenderer.on(BEFORE_CLOSE_CHANNEL, () => {
  void Promise.resolve()
    .then(() => beforeClose?.())
    .catch(() => undefined)
    .then(() => ipcRenderer.send(READY_TO_CLOSE_CHANNEL));
});
// A clicked reminder's target (main checked it when the reminder was shown) goes to the one listener the page set.
let notificationClick: ((target: unknown) => void) | undefined;
ipcRenderer.on(NOTIFICATION_CLICK_CHANNEL, (_event, target: unknown) => notificationClick?.(target));
contextBridge.exposeInMainWorld('studioWindow', {
  onBeforeClose(task: () => Promise<unknown>): () => void {
    if (typeof task !== 'function') return () => undefined;
    beforeClose = task;
    return () => {
      if (beforeClose === task) beforeClose = undefined;
    };
  },
  // The native folder dialog for a backup: main keeps the chosen folder, the page learns only whether there is one.
  chooseFolder(purpose: 'backup' | 'restore'): Promise<{ chosen: boolean }> {
    return ipcRenderer.invoke(CHOOSE_FOLDER_CHANNEL, purpose) as Promise<{ chosen: boolean }>;
  },
  // A reply's .eml draft (as reply.emailDraft made it) to the system's mail program, which opens it as a new message.
  openMailDraft(fileName: string, base64: string): Promise<{ opened: boolean }> {
    return ipcRenderer.invoke(OPEN_MAIL_DRAFT_CHANNEL, fileName, base64) as Promise<{ opened: boolean }>;
  },
  // A mailto: link (recipient, subject, perhaps the text) to the system's mail program.
  openMailto(href: string): Promise<{ opened: boolean }> {
    return ipcRenderer.invoke(OPEN_MAILTO_CHANNEL, href) as Promise<{ opened: boolean }>;
  },
  // A reminder of the response clock as a system notification; main checks it (notifications.ts).
  notify(notification: unknown): void {
    void ipcRenderer.invoke(NOTIFY_CHANNEL, notification).catch(() => undefined);
  },
  onNotificationClick(open: (target: unknown) => void): () => void {
    if (typeof open !== 'function') return () => undefined;
    notificationClick = open;
    return () => {
      if (notificationClick === open) notificationClick = undefined;
    };
  },
});
