import type { StudioApi } from '../../../shared/api/studio-api';
import type { ReminderNotification, ReminderTarget } from '../../../shared/domain/reminders';

declare global {
  interface Window {
    /** Set by the Electron preload through contextBridge; absent in the browser host. */
    studio?: StudioApi;
    /**
     * Set by the Electron preload: lets the page finish saving before the window closes, opens the native folder
     * dialog for a backup (the folder stays in the main process; the page learns only whether one was chosen), and
     * hands a reply to the system's mail program (the page learns only whether it was taken).
     */
    studioWindow?: {
      onBeforeClose: (task: () => Promise<unknown>) => () => void;
      chooseFolder?: (purpose: 'backup' | 'restore') => Promise<{ chosen: boolean }>;
      /** Hands a reply's .eml draft (from reply.emailDraft) to the system's mail program, as a new message. */
      openMailDraft?: (fileName: string, base64: string) => Promise<{ opened: boolean }>;
      /** Opens a mailto: link (at most 2,000 characters) in the system's mail program. */
      openMailto?: (href: string) => Promise<{ opened: boolean }>;
      /** A system notification through the main process (reminders.ts); a click brings back its target. */
      notify?: (notification: ReminderNotification) => void;
      onNotificationClick?: (open: (target: ReminderTarget) => void) => () => void;
    };
  }
}
