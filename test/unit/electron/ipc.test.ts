import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../main/api/dispatcher';
import { channelFor } from '../../../main/electron/channels';
import { bindStudioIpc, isTrustedSenderUrl, type StudioIpcOptions } from '../../../main/electron/ipc';
import { methodNames } from '../../../shared/api/contract';
import { errorMessages } from '../../../shared/i18n/error-messages';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

interface FakeContents {
  id: number;
  isDestroyed: () => boolean;
}

const contents = (id: number, destroyed = false): FakeContents => ({ id, isDestroyed: () => destroyed });
const eventFrom = (sender: FakeContents, url: string | null) => ({
  sender,
  senderFrame: url === null ? null : { url },
});

function bind(trusted: FakeContents | undefined, dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'x' }))) {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
  const unbind = bindStudioIpc({
    ipcMain: ipcMain as unknown as StudioIpcOptions['ipcMain'],
    dispatch,
    trustedContents: () => trusted as unknown as ReturnType<StudioIpcOptions['trustedContents']>,
    language: () => 'nl',
  });
  return { handlers, ipcMain, unbind, dispatch };
}

describe('channelFor', () => {
  it('derives one distinct studio: channel per contract method', () => {
    expect(channelFor('app.status')).toBe('studio:app.status');
    expect(new Set(methodNames.map(channelFor)).size).toBe(methodNames.length);
  });
});

describe('isTrustedSenderUrl', () => {
  it.each(['app://studio/index.html', 'app://studio/', 'app://studio/assets/index-3f2a.js?x=1#top'])(
    'accepts the studio page %s',
    (url) => expect(isTrustedSenderUrl(url)).toBe(true),
  );

  it.each([
    'file:///opt/passie-studio/dist/renderer/index.html',
    'http://127.0.0.1:5173/',
    'https://studio/',
    'app://other/index.html',
    'app://studio.evil/index.html',
    'app://studio@evil/index.html',
    'app://studio:8080/index.html',
    'app:studio/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'data:text/html,<p>hi</p>',
    '',
    'not a url',
    undefined,
    null,
  ])('rejects %s', (url) => expect(isTrustedSenderUrl(url)).toBe(false));
});

describe('bindStudioIpc', () => {
  it('registers exactly one handler per contract method, on its derived channel', () => {
    const { handlers, ipcMain } = bind(contents(1));
    expect(ipcMain.handle).toHaveBeenCalledTimes(methodNames.length);
    expect([...handlers.keys()].sort()).toEqual(methodNames.map(channelFor).sort());
  });

  it('dispatches a trusted call with the method of its channel and returns the result', async () => {
    const window = contents(7);
    const { handlers, dispatch } = bind(window);
    for (const method of methodNames) {
      const request = { probe: method };
      const result = await handlers.get(channelFor(method))!(eventFrom(window, 'app://studio/index.html'), request);
      expect(result).toEqual({ ok: true, value: 'x' });
      expect(dispatch).toHaveBeenLastCalledWith(method, request);
    }
    expect(dispatch).toHaveBeenCalledTimes(methodNames.length);
  });

  it.each([
    ['a page that navigated away', 7, 'https://evil.example/', false],
    ['a file:// page', 7, 'file:///tmp/evil.html', false],
    ['another app:// host', 7, 'app://other/index.html', false],
    ['a frame that is gone', 7, null, false],
    ['another webContents on the studio page', 8, 'app://studio/index.html', false],
    ['the studio window after it was destroyed', 7, 'app://studio/index.html', true],
  ])('refuses %s with forbidden_origin, without dispatching', async (_case, senderId, url, destroyed) => {
    const { handlers, dispatch } = bind(contents(7, destroyed));
    const result = await handlers.get(channelFor('app.status'))!(eventFrom(contents(senderId), url), {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden_origin', message: errorMessages.nl.forbidden_origin },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses every call while there is no studio window', async () => {
    const { handlers, dispatch } = bind(undefined);
    const result = await handlers.get(channelFor('app.status'))!(eventFrom(contents(1), 'app://studio/'), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_origin' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('removes all its handlers when undone', () => {
    const { handlers, unbind } = bind(contents(1));
    unbind();
    expect(handlers.size).toBe(0);
  });
});
