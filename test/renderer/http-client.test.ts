// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { errorMessages } from '../../shared/i18n/error-messages';
import { createHttpStudio } from '../../renderer/src/api/http-client';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('createHttpStudio', () => {
  it('POSTs the JSON request to /api/<method> with the Bearer token and returns the result', async () => {
    const fetch = vi.fn(async () => jsonResponse({ ok: true, value: { version: '0.1.0', vault: 'locked' } }));
    const studio = createHttpStudio({ token: 'tok-123', fetch });

    const result = await studio.app.status({});

    expect(result).toEqual({ ok: true, value: { version: '0.1.0', vault: 'locked' } });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/app.status');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{}');
    expect(init.credentials).toBe('omit');
    const headers = init.headers as Record<string, string>;
    expect(headers.Authorization).toBe('Bearer tok-123');
    expect(headers['Content-Type']).toBe('application/json');
  });

  it('asks for keepalive (so a save sent as the tab closes still arrives) only where browsers allow it', async () => {
    const fetch = vi.fn(async () => jsonResponse({ ok: false, error: { code: 'internal', message: 'x' } }));
    const studio = createHttpStudio({ token: 't', fetch });
    await studio.client.add({ name: 'Anna', notes: 'kort' });
    await studio.client.add({ name: 'Anna', notes: 'é'.repeat(35_000) });
    const keepalive = fetch.mock.calls.map((call) => (call as unknown as [string, RequestInit])[1].keepalive);
    expect(keepalive).toEqual([true, false]);
  });

  it('sends no Authorization header without a token (the host then answers unauthorised)', async () => {
    const fetch = vi.fn(async () =>
      jsonResponse({ ok: false, error: { code: 'unauthorised', message: 'Deze sessie is niet geldig.' } }, 401),
    );
    const result = await createHttpStudio({ token: undefined, fetch }).app.status({});

    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>).Authorization).toBeUndefined();
    expect(result).toEqual({ ok: false, error: { code: 'unauthorised', message: 'Deze sessie is niet geldig.' } });
  });

  it('turns a network failure into an internal error result instead of throwing', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await createHttpStudio({ token: 't', fetch, language: () => 'nl' }).app.status({});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: errorMessages.nl.internal } });
  });

  it('turns a body that is not JSON into an internal error result', async () => {
    const fetch = vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    const result = await createHttpStudio({ token: 't', fetch }).app.status({});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: errorMessages.en.internal } });
  });

  it('turns JSON that breaks the contract into an internal error result', async () => {
    const fetch = vi.fn(async () => jsonResponse({ ok: true, value: { version: '0.1.0', vault: 'open sesame' } }));
    const result = await createHttpStudio({ token: 't', fetch }).app.status({});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
