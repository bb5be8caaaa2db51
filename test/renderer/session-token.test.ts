// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SESSION_TOKEN_KEY } from '../../shared/api/browser-session';
import { openSession } from '../../renderer/src/api/session-token';

const CODE = 'c'.repeat(43);
const TOKEN = 't'.repeat(43);

/** The host's side of the trade: a token for the one launch code, once. */
function host(answer: unknown = { ok: true, value: { token: TOKEN } }) {
  return vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => Response.json(answer));
}

const browser = (fetch: typeof globalThis.fetch = host()) => ({
  location: window.location,
  history: window.history,
  storage: window.sessionStorage,
  fetch,
});

afterEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('openSession', () => {
  it('takes the launch code out of the address, trades it once for the token and keeps that in sessionStorage', async () => {
    window.history.replaceState(null, '', `/?lang=nl#code=${CODE}`);
    const fetch = host();

    const opening = openSession(browser(fetch));
    // Gone from the address before the host has even answered.
    expect(window.location.href).not.toContain(CODE);
    expect(await opening).toBe(TOKEN);

    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?lang=nl');
    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/session');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', body: JSON.stringify({ code: CODE }) });
    expect(window.sessionStorage.getItem(SESSION_TOKEN_KEY)).toBe(TOKEN);
    expect(window.localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });

  it('finds the token again after a reload, without asking the host', async () => {
    window.history.replaceState(null, '', `/#code=${CODE}`);
    await openSession(browser());
    const fetch = host();
    expect(await openSession(browser(fetch))).toBe(TOKEN);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('has no token when the host refuses the code (used already, or too late)', async () => {
    window.history.replaceState(null, '', `/#code=${CODE}`);
    const refused = host({ ok: false, error: { code: 'unauthorised', message: 'Deze sessie is niet geldig.' } });
    expect(await openSession(browser(refused))).toBeUndefined();
    expect(window.location.hash).toBe('');
    expect(window.sessionStorage.getItem(SESSION_TOKEN_KEY)).toBeNull();
  });

  it('keeps a token it has when a refused code comes along, and takes none from a garbled answer', async () => {
    window.sessionStorage.setItem(SESSION_TOKEN_KEY, TOKEN);
    window.history.replaceState(null, '', `/#code=${CODE}`);
    expect(await openSession(browser(host({ ok: true, value: { token: '<script>' } })))).toBe(TOKEN);
  });

  it('survives a host that cannot be reached', async () => {
    window.history.replaceState(null, '', `/#code=${CODE}`);
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await openSession(browser(offline))).toBeUndefined();
  });

  it('keeps other fragment parameters', async () => {
    window.history.replaceState(null, '', `/#code=${CODE}&view=x`);
    await openSession(browser());
    expect(window.location.hash).toBe('#view=x');
  });

  it('has no token when neither the address nor the session has one', async () => {
    const fetch = host();
    expect(await openSession(browser(fetch))).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });
});
