import type { MethodName } from '../../shared/api/contract';

const CHANNEL_PREFIX = 'studio:';

/**
 * The IPC channel of one contract method. Derived, never written by hand, so the preload and the main process
 * cannot drift apart and no channel exists without a contract method behind it.
 */
export function channelFor(method: MethodName): `studio:${MethodName}` {
  return `${CHANNEL_PREFIX}${method}`;
}

/** Main → window: the window is about to close; finish what must not be lost (a draft's last words). */
export const BEFORE_CLOSE_CHANNEL = 'studio-window:before-close';
/** Window → main: done (or nothing to do); the window may close now. */
export const READY_TO_CLOSE_CHANNEL = 'studio-window:ready-to-close';
/** Window → main: open the native folder dialog for a backup (to make or to restore); see folder-dialog.ts. */
export const CHOOSE_FOLDER_CHANNEL = 'studio-window:choose-folder';
/** Window → main: hand a reply's .eml draft to the system's mail program; see mail-handoff.ts. */
export const OPEN_MAIL_DRAFT_CHANNEL = 'studio-window:open-mail-draft';
/** Window → main: open a mailto: link in the system's mail program; see mail-handoff.ts. */
export const OPEN_MAILTO_CHANNEL = 'studio-window:open-mailto';
/** Window → main: show a reminder as a system notification; see notifications.ts. */
export const NOTIFY_CHANNEL = 'studio-window:notify';
/** Main → window: the coach clicked a reminder; open its round. */
export const NOTIFICATION_CLICK_CHANNEL = 'studio-window:notification-click';
