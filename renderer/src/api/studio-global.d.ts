import type { StudioApi } from '../../../shared/api/studio-api';

declare global {
  interface Window {
    /** Set by the Electron preload through contextBridge; absent in the browser host. */
    studio?: StudioApi;
    /** Set by the Electron preload: lets the page finish saving before the window closes. */
    studioWindow?: { onBeforeClose: (task: () => Promise<unknown>) => () => void };
  }
}
