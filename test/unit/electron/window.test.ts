import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  class FakeEmitter {
    listeners = new Map<string, Listener[]>();
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    off(event: string, listener: Listener) {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== listener),
      );
      return this;
    }
    emit(event: string, ...args: unknown[]) {
      return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
    }
  }
  class FakeSession {
    requestHandler?: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void;
    checkHandler?: (...args: unknown[]) => boolean;
    spellCheckerEnabled = true;
    setSpellCheckerEnabled(enabled: boolean) {
      this.spellCheckerEnabled = enabled;
    }
    setPermissionRequestHandler(handler: FakeSession['requestHandler']) {
      this.requestHandler = handler;
    }
    setPermissionCheckHandler(handler: FakeSession['checkHandler']) {
      this.checkHandler = handler;
    }
  }
  class FakeWebContents extends FakeEmitter {
    session = new FakeSession();
    openHandler?: (details: { url: string }) => unknown;
    static loadFails = false;
    loadURL = vi.fn(async (_url: string) => {
      if (FakeWebContents.loadFails) throw new Error('ERR_FILE_NOT_FOUND');
    });
    setWindowOpenHandler(handler: FakeWebContents['openHandler']) {
      this.openHandler = handler;
    }
  }
  class FakeBrowserWindow extends FakeEmitter {
    static created: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    show = vi.fn();
    setBackgroundColor = vi.fn();
    isDestroyed = () => false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.created.push(this);
    }
  }
  const nativeTheme = Object.assign(new FakeEmitter(), { shouldUseDarkColors: false });
  return { FakeBrowserWindow, FakeWebContents, nativeTheme };
});

vi.mock('electron', () => ({ BrowserWindow: electron.FakeBrowserWindow, nativeTheme: electron.nativeTheme }));

const { createMainWindow, devToolsAllowed, secureWebPreferences, windowBackground, WINDOW_BACKGROUND } =
  await import('../../../main/electron/window');

type FakeWindow = InstanceType<typeof electron.FakeBrowserWindow>;

function openWindow(): FakeWindow {
  createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs', devTools: false });
  return electron.FakeBrowserWindow.created.at(-1)!;
}

beforeEach(() => {
  electron.FakeBrowserWindow.created = [];
  electron.FakeWebContents.loadFails = false;
  electron.nativeTheme.listeners.clear();
  electron.nativeTheme.shouldUseDarkColors = false;
});

describe('secureWebPreferences', () => {
  it('is the checklist baseline: isolated, sandboxed, no Node, web security on, no webview', () => {
    expect(secureWebPreferences({ preloadPath: '/app/preload.cjs', devTools: false })).toEqual({
      preload: '/app/preload.cjs',
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
      spellcheck: false,
      devTools: false,
    });
  });

  it('passes the devTools decision through and nothing else changes with it', () => {
    const off = secureWebPreferences({ preloadPath: '/p.cjs', devTools: false });
    const on = secureWebPreferences({ preloadPath: '/p.cjs', devTools: true });
    expect(on).toEqual({ ...off, devTools: true });
  });
});

describe('devToolsAllowed', () => {
  it.each([
    [false, { PASSIE_STUDIO_DEV: '1' }, true],
    [false, {}, false],
    [false, { PASSIE_STUDIO_DEV: 'true' }, false],
    [false, { PASSIE_STUDIO_DEV: '0' }, false],
    [true, { PASSIE_STUDIO_DEV: '1' }, false],
    [true, {}, false],
  ])('packaged=%s env=%j -> %s', (isPackaged, env, expected) => {
    expect(devToolsAllowed(isPackaged, env)).toBe(expected);
  });
});

describe('createMainWindow', () => {
  it('creates the window hidden, with the secure preferences, and loads app://studio/index.html', () => {
    const window = openWindow();
    expect(window.options).toMatchObject({ show: false, minWidth: expect.any(Number), minHeight: expect.any(Number) });
    expect(window.options.webPreferences).toEqual(
      secureWebPreferences({ preloadPath: '/app/dist/electron/preload.cjs', devTools: false }),
    );
    expect(window.webContents.loadURL).toHaveBeenCalledWith('app://studio/index.html');
  });

  it('never spell checks, so Chromium downloads no dictionary: the studio talks to no one', () => {
    const window = openWindow();
    expect((window.options.webPreferences as { spellcheck?: boolean }).spellcheck).toBe(false);
    expect(window.webContents.session.spellCheckerEnabled).toBe(false);
  });

  it('shows the window once the page is ready to show', () => {
    const window = openWindow();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('still shows the window when the page cannot be loaded, so the coach can close it', async () => {
    electron.FakeWebContents.loadFails = true;
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const window = openWindow();
    await vi.waitFor(() => expect(window.show).toHaveBeenCalledOnce());
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'app://studio/index.html', 'app://other/'])(
    'refuses navigation to %s',
    (url) => {
      const event = { preventDefault: vi.fn() };
      openWindow().webContents.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    },
  );

  it('denies every new window and every <webview>', () => {
    const contents = openWindow().webContents;
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://studio/index.html' })).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check but writing the clipboard from the studio itself', () => {
    const { session } = openWindow().webContents;
    const ask = (permission: string, url: string) => {
      const callback = vi.fn();
      session.requestHandler?.({}, permission, callback, { requestingUrl: url });
      return callback.mock.calls[0]?.[0] as boolean;
    };
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(ask(permission, 'app://studio/index.html')).toBe(false);
      expect(session.checkHandler?.({}, permission, 'app://studio', {})).toBe(false);
    }
    expect(ask('clipboard-sanitized-write', 'app://studio/index.html')).toBe(true);
    expect(session.checkHandler?.({}, 'clipboard-sanitized-write', 'app://studio', {})).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(session.checkHandler?.({}, 'clipboard-sanitized-write', 'https://example.com', {})).toBe(false);
  });

  it('paints the background of the system theme and follows it until closed', () => {
    electron.nativeTheme.shouldUseDarkColors = true;
    const window = openWindow();
    expect(window.options.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    electron.nativeTheme.shouldUseDarkColors = false;
    electron.nativeTheme.emit('updated');
    expect(window.setBackgroundColor).toHaveBeenLastCalledWith(WINDOW_BACKGROUND.light);
    window.emit('closed');
    expect(electron.nativeTheme.listeners.get('updated')).toEqual([]);
  });

  it('picks distinct light and dark backgrounds', () => {
    expect(windowBackground(false)).toBe(WINDOW_BACKGROUND.light);
    expect(windowBackground(true)).toBe(WINDOW_BACKGROUND.dark);
    expect(WINDOW_BACKGROUND.light).not.toBe(WINDOW_BACKGROUND.dark);
  });
});
