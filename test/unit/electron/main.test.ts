import { basename } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CHOOSE_FOLDER_CHANNEL,
  OPEN_MAIL_DRAFT_CHANNEL,
  OPEN_MAILTO_CHANNEL,
  NOTIFY_CHANNEL,
  channelFor,
} from '../../../main/electron/channels';
import type * as WindowModule from '../../../main/electron/window';
import { methodNames } from '../../../shared/api/contract';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    calls: [] as string[],
    listeners: new Map<string, Listener[]>(),
    gotLock: true,
    locale: 'nl-NL',
    windows: [] as { once: ReturnType<typeof vi.fn>; focus: ReturnType<typeof vi.fn> }[],
  };
  const app = {
    enableSandbox: vi.fn(() => state.calls.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => state.gotLock),
    quit: vi.fn(() => state.calls.push('quit')),
    exit: vi.fn(),
    whenReady: vi.fn(async () => {
      state.calls.push('whenReady');
    }),
    getLocale: vi.fn(() => state.locale),
    getPath: vi.fn((name: string) => `/nonexistent/passie-test/${name}`),
    isPackaged: true,
    on: vi.fn((event: string, listener: Listener) => {
      state.listeners.set(event, [...(state.listeners.get(event) ?? []), listener]);
    }),
  };
  const emit = (event: string, ...args: unknown[]) =>
    (state.listeners.get(event) ?? []).forEach((listener) => listener(...args));
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => state.calls.push('registerSchemesAsPrivileged')),
    handle: vi.fn(() => state.calls.push('protocol.handle')),
  };
  const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
  const studio = { dispatch: vi.fn(), close: vi.fn(async () => undefined) };
  const createStudio = vi.fn(() => studio);
  const createMainWindow = vi.fn(() => {
    state.calls.push('createMainWindow');
    const window = {
      once: vi.fn(),
      on: vi.fn(),
      focus: vi.fn(),
      show: vi.fn(),
      restore: vi.fn(),
      isMinimized: vi.fn(() => true),
      isDestroyed: vi.fn(() => false),
      webContents: { id: 1, session: { on: vi.fn() } },
    };
    state.windows.push(window);
    return window;
  });
  return { state, app, emit, protocol, ipcMain, studio, createStudio, createMainWindow };
});

vi.mock('electron', () => ({
  app: fake.app,
  protocol: fake.protocol,
  ipcMain: fake.ipcMain,
  dialog: { showOpenDialog: vi.fn() },
  shell: { openPath: vi.fn(), openExternal: vi.fn() },
  Notification: Object.assign(vi.fn(), { isSupported: () => true }),
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) },
}));
vi.mock('../../../main/api/studio', () => ({ createStudio: fake.createStudio }));
vi.mock('../../../main/electron/window', async (importOriginal) => ({
  ...(await importOriginal<typeof WindowModule>()),
  createMainWindow: fake.createMainWindow,
}));

/** Loads main.ts afresh (it runs on import) and lets its whenReady continuation run. */
async function startMain(): Promise<void> {
  vi.resetModules();
  await import('../../../main/electron/main');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  vi.clearAllMocks();
  fake.state.calls = [];
  fake.state.listeners.clear();
  fake.state.gotLock = true;
  fake.state.windows = [];
  vi.stubEnv('PASSIE_STUDIO_VAULT', '/tmp/passie-test-vault');
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('Electron main process', () => {
  it('sandboxes all renderers and registers the app:// scheme before the app is ready', async () => {
    await startMain();
    expect(fake.state.calls.indexOf('enableSandbox')).toBeLessThan(fake.state.calls.indexOf('whenReady'));
    expect(fake.state.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.state.calls.indexOf('whenReady'));
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('on ready serves the renderer, binds every API method and only then opens the window', async () => {
    await startMain();
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    // Besides the API: the window capabilities answered by main (backup folder dialog, mail hand-off, notifications).
    expect(fake.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      [
        ...methodNames.map(channelFor),
        CHOOSE_FOLDER_CHANNEL,
        OPEN_MAIL_DRAFT_CHANNEL,
        OPEN_MAILTO_CHANNEL,
        NOTIFY_CHANNEL,
      ].sort(),
    );
    expect(fake.state.calls.indexOf('protocol.handle')).toBeLessThan(fake.state.calls.indexOf('createMainWindow'));
    const [options] = fake.createMainWindow.mock.calls[0] as unknown as [{ preloadPath: string; devTools: boolean }];
    expect(basename(options.preloadPath)).toBe('preload.cjs');
    // isPackaged is true in this fake: a coach's app never gets DevTools.
    expect(options.devTools).toBe(false);
  });

  it('opens the vault named by PASSIE_STUDIO_VAULT, in the language of the system locale', async () => {
    await startMain();
    const [options] = fake.createStudio.mock.calls[0] as unknown as [{ vaultDir: string; language: () => string }];
    expect(options.vaultDir).toBe('/tmp/passie-test-vault');
    expect(options.language()).toBe('nl');
    fake.state.locale = 'en-GB';
    expect(options.language()).toBe('en');
  });

  it('as a second instance, quits without opening a window or touching the vault', async () => {
    fake.state.gotLock = false;
    await startMain();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.createStudio).not.toHaveBeenCalled();
    expect(fake.createMainWindow).not.toHaveBeenCalled();
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('brings its window to the front when a second instance starts', async () => {
    await startMain();
    fake.emit('second-instance');
    const [window] = fake.state.windows;
    expect(window!.focus).toHaveBeenCalled();
  });

  it('quits when the last window closes, after closing the vault', async () => {
    await startMain();
    fake.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledOnce();
    const event = { preventDefault: vi.fn() };
    fake.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(fake.studio.close).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(2));
    const again = { preventDefault: vi.fn() };
    fake.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(fake.studio.close).toHaveBeenCalledOnce();
  });
});
