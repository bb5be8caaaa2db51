// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildStudioApi } from '../../shared/api/studio-api';
import { SESSION_TOKEN_KEY } from '../../shared/api/browser-session';

// connect.ts picks the host once, when it is first imported; each test imports a fresh copy.
async function importConnect() {
  vi.resetModules();
  return import('../../renderer/src/api/connect');
}

const CODE = 'c'.repeat(43);
const TOKEN = 't'.repeat(43);

beforeEach(() => {
  window.history.replaceState(null, '', `/#code=${CODE}`);
});

afterEach(() => {
  delete window.studio;
  vi.unstubAllGlobals();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('connect', () => {
  it("uses the Electron preload's window.studio when it is there, and leaves the address alone", async () => {
    const preload = buildStudioApi(async () => ({ ok: true, value: { version: '9.9.9', vault: 'none' } }));
    window.studio = preload;
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);

    const { studio } = await importConnect();

    expect(studio).toBe(preload);
    expect(await studio.app.status({})).toEqual({ ok: true, value: { version: '9.9.9', vault: 'none' } });
    expect(fetch).not.toHaveBeenCalled();
    expect(window.location.hash).toBe(`#code=${CODE}`);
  });

  it('otherwise trades the launch code in the address for a token, and talks HTTP to the browser host with it', async () => {
    const fetch = vi.fn(async (url: string) =>
      Response.json(
        url === '/session'
          ? { ok: true, value: { token: TOKEN } }
          : { ok: true, value: { version: '0.1.0', vault: 'locked' } },
      ),
    );
    vi.stubGlobal('fetch', fetch);

    const { studio } = await importConnect();

    expect(window.location.hash).toBe('');
    expect(await studio.app.status({})).toEqual({ ok: true, value: { version: '0.1.0', vault: 'locked' } });
    expect(window.sessionStorage.getItem(SESSION_TOKEN_KEY)).toBe(TOKEN);
    const calls = fetch.mock.calls as unknown as [string, RequestInit][];
    expect(calls.map(([url]) => url)).toEqual(['/session', '/api/app.status']);
    expect((calls[1]![1].headers as Record<string, string>).Authorization).toBe(`Bearer ${TOKEN}`);
  });
});
