// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildStudioApi } from '../../shared/api/studio-api';
import { SESSION_TOKEN_KEY } from '../../renderer/src/api/session-token';

// connect.ts picks the host once, when it is first imported; each test imports a fresh copy.
async function importConnect() {
  vi.resetModules();
  return import('../../renderer/src/api/connect');
}

beforeEach(() => {
  window.history.replaceState(null, '', '/#token=launch-token');
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
    expect(window.location.hash).toBe('#token=launch-token');
  });

  it('otherwise talks HTTP to the browser host with the token from the address', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ ok: true, value: { version: '0.1.0', vault: 'locked' } }), {
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetch);

    const { studio } = await importConnect();

    expect(window.location.hash).toBe('');
    expect(window.sessionStorage.getItem(SESSION_TOKEN_KEY)).toBe('launch-token');
    expect(await studio.app.status({})).toEqual({ ok: true, value: { version: '0.1.0', vault: 'locked' } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/app.status');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer launch-token');
  });
});
