import type { StudioApi } from '../../../shared/api/studio-api';
import { languageFromLocale } from '../../../shared/i18n/language';
import { sessionStorageOrNone } from '../app/browser-storage';
import { createHttpStudio } from './http-client';
import { openSession } from './session-token';

/**
 * The one studio API the renderer uses. This is the only place that knows there are two hosts: Electron's
 * preload exposes `window.studio`; the browser host is reached over HTTP with the session token its launch code
 * was traded for.
 */
export const studio: StudioApi =
  window.studio ??
  createHttpStudio({
    token: openSession({ location: window.location, history: window.history, storage: sessionStorageOrNone() }),
    // <html lang> follows the chosen language (see i18n), so this needs no link to the i18n instance.
    language: () => languageFromLocale(document.documentElement.lang),
  });
