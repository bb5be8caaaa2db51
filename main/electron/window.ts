import { BrowserWindow, nativeTheme, type Session, type WebPreferences } from 'electron';
import { APP_START_URL, isStudioUrl } from './app-origin';

export const DEV_ENV = 'PASSIE_STUDIO_DEV';

/** Painted before the first frame so the window does not flash white in dark mode (or black in light mode). */
export const WINDOW_BACKGROUND = { light: '#f7f5f1', dark: '#1e1d1b' } as const;

export interface WebPreferencesOptions {
  /** Absolute path of the bundled preload (CommonJS: a sandboxed preload cannot load ES modules). */
  preloadPath: string;
  devTools: boolean;
}

/**
 * The renderer's web preferences, the baseline in ARCHITECTURE.md, Electron window. Every security-relevant flag is
 * written out even where it equals Electron's default, so a changed default in a future Electron cannot silently
 * weaken the window.
 */
export function secureWebPreferences(options: WebPreferencesOptions): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Off: on Windows and Linux Chromium would download Hunspell dictionaries, and the studio talks to no one.
    spellcheck: false,
    devTools: options.devTools,
  };
}

/** DevTools only on a developer's checkout that asks for them: a coach's installed app never opens them. */
export function devToolsAllowed(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  return !isPackaged && env[DEV_ENV] === '1';
}

export function windowBackground(dark: boolean): string {
  return dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}

/**
 * The studio needs no camera, microphone, location, notifications or devices. The one permission it asks for is
 * writing (never reading) the clipboard, for "Kopieer als e-mail", and only its own pages get that.
 */
export const ALLOWED_PERMISSION = 'clipboard-sanitized-write';

export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(permission === ALLOWED_PERMISSION && isStudioUrl(details.requestingUrl)),
  );
  session.setPermissionCheckHandler(
    (_webContents, permission, requestingOrigin) =>
      permission === ALLOWED_PERMISSION && isStudioUrl(`${requestingOrigin}/`),
  );
}

/**
 * The one studio window. It can only ever show app://studio/: navigation, new windows and <webview> are refused
 * (links to the outside world do nothing rather than open a browser the coach did not ask for).
 */
export function createMainWindow(options: WebPreferencesOptions): BrowserWindow {
  const studioWindow = new BrowserWindow({
    title: 'PASSIE Studio',
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors),
    webPreferences: secureWebPreferences(options),
  });
  const contents = studioWindow.webContents;

  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  restrictPermissions(contents.session);
  // The session's spell checker too, which would otherwise fetch its dictionaries for the system's languages.
  contents.session.setSpellCheckerEnabled(false);

  const followTheme = () => studioWindow.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors));
  nativeTheme.on('updated', followTheme);
  studioWindow.once('closed', () => nativeTheme.off('updated', followTheme));
  studioWindow.once('ready-to-show', () => studioWindow.show());

  contents.loadURL(APP_START_URL).catch(() => {
    // Without a page ready-to-show never fires; showing the window still lets the coach see and close it.
    console.error('PASSIE Studio: the studio page could not be loaded; is the renderer built (npm run build)?');
    if (!studioWindow.isDestroyed()) studioWindow.show();
  });
  return studioWindow;
}
