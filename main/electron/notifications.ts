import type {
  BrowserWindow,
  IpcMain,
  IpcMainInvokeEvent,
  Notification,
  NotificationConstructorOptions,
  WebContents,
} from 'electron';
import { ReminderNotificationSchema } from '../../shared/domain/reminders';
import { NOTIFICATION_CLICK_CHANNEL, NOTIFY_CHANNEL } from './channels';
import { isTrustedSender } from './ipc';

/** Electron's Notification class, as much of it as the reminders use. */
export interface NotificationClass {
  new (options: NotificationConstructorOptions): Pick<Notification, 'on' | 'show'>;
  isSupported(): boolean;
}

export interface NotificationsOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  Notification: NotificationClass;
  window: () => BrowserWindow | undefined;
  /** The studio window's contents, the only sender that may show a notification. */
  trustedContents: () => WebContents | undefined;
}

/**
 * The reminders of the response clock as system notifications (`studioWindow.notify`). The page's notification is
 * checked (title and body of bounded length, the target as a pair of ids) before the system sees it; a click
 * brings the window forward and hands the target back to the page, which opens that round.
 */
export function bindNotifications(options: NotificationsOptions): () => void {
  // Electron forgets a notification's click listener once the object is garbage collected: keep each one alive
  // until it is clicked or dismissed.
  const shown = new Set<object>();
  options.ipcMain.handle(NOTIFY_CHANNEL, (event: IpcMainInvokeEvent, payload: unknown): boolean => {
    const parsed = ReminderNotificationSchema.safeParse(payload);
    if (!parsed.success || !isTrustedSender(event, options.trustedContents())) return false;
    if (!options.Notification.isSupported()) return false;
    const { title, body, target } = parsed.data;
    const notification = new options.Notification({ title, body });
    const forget = () => shown.delete(notification);
    notification.on('click', () => {
      forget();
      const window = options.window();
      if (!window || window.isDestroyed()) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      if (target) options.trustedContents()?.send(NOTIFICATION_CLICK_CHANNEL, target);
    });
    notification.on('close', forget);
    shown.add(notification);
    notification.show();
    return true;
  });
  return () => options.ipcMain.removeHandler(NOTIFY_CHANNEL);
}
