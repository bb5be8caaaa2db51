import type { ReminderNotification, ReminderTarget } from '../../../../shared/domain/reminders';

/** Where reminders appear: the system's notifications, through Electron's main process or the browser. */
export interface Notifier {
  /** Whether a notification can be shown now (in a browser: once the coach allowed it). */
  ready: () => boolean;
  show: (notification: ReminderNotification) => void;
  /** Calls `open` with the target of a notification the coach clicked; returns an undo. */
  onClick: (open: (target: ReminderTarget) => void) => () => void;
}

type StudioWindow = NonNullable<Window['studioWindow']>;

/** Electron: the main process shows the notification and brings the window forward when it is clicked. */
function electronNotifier(
  notify: NonNullable<StudioWindow['notify']>,
  onNotificationClick: StudioWindow['onNotificationClick'],
): Notifier {
  return {
    ready: () => true,
    show: notify,
    onClick: (open) => onNotificationClick?.(open) ?? (() => undefined),
  };
}

/** The browser host: the Web Notifications API, once the coach has allowed it in Settings. */
export function webNotifier(NotificationApi: typeof Notification, focus: () => void): Notifier {
  const listeners = new Set<(target: ReminderTarget) => void>();
  return {
    ready: () => NotificationApi.permission === 'granted',
    show: ({ title, body, target }) => {
      const shown = new NotificationApi(title, { body });
      shown.onclick = () => {
        focus();
        shown.close();
        if (target) for (const open of listeners) open(target);
      };
    },
    onClick: (open) => {
      listeners.add(open);
      return () => listeners.delete(open);
    },
  };
}

const silent: Notifier = { ready: () => false, show: () => undefined, onClick: () => () => undefined };

let pageNotifier: Notifier | undefined;

/**
 * The notifier of the platform the page runs on, or one that shows nothing. One for the page's life: a notification
 * shown before a lock still opens its round when clicked after the unlock.
 */
export function platformNotifier(): Notifier {
  pageNotifier ??= choosePlatformNotifier();
  return pageNotifier;
}

function choosePlatformNotifier(): Notifier {
  const bridge = window.studioWindow;
  if (bridge?.notify) return electronNotifier(bridge.notify, bridge.onNotificationClick);
  if (typeof window.Notification === 'function') return webNotifier(window.Notification, () => window.focus());
  return silent;
}
