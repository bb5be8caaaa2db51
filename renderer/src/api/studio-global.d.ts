import type { StudioApi } from '../../../shared/api/studio-api';
import type { ReminderNotification, ReminderTarget } from '../../../shared/domain/reminders';

declare global {
  interface Window {
    /** Set by the Electron preload through contextBridge; absent in the browser host. */
    studio?: StudioApi;
    /**
     * Set by the Electron preload: lets the page finish saving before the window closes, and opens the native
     * folder dialog for a backup (the folder stays in the main process; the page learns only whether one was chosen).
     */
    studioWindow?: {
      onBeforeClose: (task: () => Promise<unknown>) => () => void;
      chooseFolder?: (purpose: 'backup' | 'restore') => Promise<{ chosen: boolean }>;
      /** A system notification through the main process (reminders.ts); a click brings back its target. */
      notify?: (notification: ReminderNotification) => void;
      onNotificationClick?: (open: (target: ReminderTarget) => void) => () => void;
    };
  }
}
