import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudio } from '../../../main/api/studio';
import {
  MAX_BODY_BYTES,
  MAX_IMPORT_BODY_BYTES,
  maxBodyBytes,
  startHost,
  type RunningHost,
} from '../../../main/host/server';
import { errorMessages } from '../../../shared/i18n/error-messages';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the test controls Host and Origin exactly as an attacker's page or a rebinding could. */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Reply> {
  return new Promise((resolvePromise, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolvePromise({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

const launchCode = (running: RunningHost) => new URLSearchParams(new URL(running.url).hash.slice(1)).get('code') ?? '';

/** What the page does on its first load: POST /session with the launch code from its address. */
const trade = (running: RunningHost, code: unknown, headers: Record<string, string> = {}) =>
  send(running.port, {
    method: 'POST',
    path: '/session',
    headers: { Host: `127.0.0.1:${running.port}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ code }),
  });

const clock = Date.parse('2026-03-01T09:00:00Z');
let root: string;
let host: RunningHost;
let token: string;
let ownHost: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-host-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>PASSIE Studio</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'outside.js'), 'secret');
  const studio = createStudio({ vaultDir: join(root, 'vault'), language: () => 'en' });
  host = await startHost({ dispatch: studio.dispatch, rendererDir, language: () => 'en', now: () => clock });
  ownHost = `127.0.0.1:${host.port}`;
  const traded = await trade(host, launchCode(host));
  expect(traded.status).toBe(200);
  token = (JSON.parse(traded.body) as { value: { token: string } }).value.token;
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

const api = (
  extra: { headers?: Record<string, string>; body?: string | Buffer; path?: string; method?: string } = {},
) =>
  send(host.port, {
    method: extra.method ?? 'POST',
    path: extra.path ?? '/api/app.status',
    headers: {
      Host: ownHost,
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      ...extra.headers,
    },
    body: extra.body ?? '{}',
  });

describe('browser host', () => {
  it('listens on loopback with a launch code in the URL fragment, not the path or query, and not the token', () => {
    const url = new URL(host.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#code=[A-Za-z0-9_-]{43}$/);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(host.url).not.toContain(token);
  });

  it('trades the launch code once: a second trade is refused and the first token keeps working', async () => {
    const again = await trade(host, launchCode(host));
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body)).toEqual({
      ok: false,
      error: { code: 'unauthorised', message: errorMessages.en.unauthorised },
    });
    expect((await api()).status).toBe(200);
  });

  it('opens no API call with the launch code itself', async () => {
    const reply = await api({ headers: { Authorization: `Bearer ${launchCode(host)}` } });
    expect(reply.status).toBe(401);
  });

  it('refuses a malformed trade, and anything but a JSON POST', async () => {
    for (const code of ['', 'short', 42, null, `${launchCode(host)}x`]) {
      expect((await trade(host, code)).status).toBe(400);
    }
    expect((await trade(host, launchCode(host), { 'Content-Type': 'text/plain' })).status).toBe(400);
    const get = await send(host.port, { path: '/session', headers: { Host: ownHost } });
    expect(get.status).toBe(405);
    const foreign = await trade(host, launchCode(host), { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
  });

  it('answers app.status for a caller with the token', async () => {
    const reply = await api();
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { version: expect.any(String), vault: 'none' } });
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('accepts localhost as Host and its own origin', async () => {
    const reply = await api({ headers: { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` } });
    expect(reply.status).toBe(200);
  });

  it('rejects a request without the token or with a wrong one', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `bearer ${token}`, token, `Bearer ${token}x`]) {
      const headers: Record<string, string> = { Host: ownHost, 'Content-Type': 'application/json' };
      if (authorization !== undefined) headers.Authorization = authorization;
      const reply = await send(host.port, { method: 'POST', path: '/api/app.status', headers, body: '{}' });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toEqual({
        ok: false,
        error: { code: 'unauthorised', message: errorMessages.en.unauthorised },
      });
    }
  });

  it('rejects a wrong Host header (DNS rebinding), even with the token', async () => {
    for (const wrongHost of ['evil.example', `evil.example:${host.port}`, '127.0.0.1:1', `[::1]:${host.port}`]) {
      const reply = await api({ headers: { Host: wrongHost } });
      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body).error.code).toBe('forbidden_origin');
    }
  });

  it('rejects a foreign Origin (cross-site request), even with the token', async () => {
    for (const origin of ['https://evil.example', 'null', `https://127.0.0.1:${host.port}`, 'http://127.0.0.1:1']) {
      const reply = await api({ headers: { Origin: origin } });
      expect(reply.status).toBe(403);
    }
  });

  it('answers a malformed body with 400 and a clean error, never a stack trace', async () => {
    for (const body of ['{not json', '[1,2', '"x"', '{"unexpected":true}', 'null']) {
      const reply = await api({ body });
      expect(reply.status).toBe(400);
      const parsed = JSON.parse(reply.body);
      expect(parsed).toEqual({
        ok: false,
        error: { code: 'invalid_request', message: errorMessages.en.invalid_request },
      });
      expect(reply.body).not.toMatch(/at .*\.ts|Error:/);
    }
  });

  it('requires a JSON content type, which a cross-site form cannot send without a preflight', async () => {
    const reply = await api({ headers: { 'Content-Type': 'text/plain' } });
    expect(reply.status).toBe(400);
  });

  it('refuses an oversized body with 413', async () => {
    const reply = await api({ body: Buffer.alloc(MAX_BODY_BYTES + 10, 'a') });
    expect(reply.status).toBe(413);
    // Only a file import may be larger, and only up to its own limit.
    expect(maxBodyBytes('import.preview')).toBeGreaterThan(50 * 1024 * 1024 * 1.34);
    const importTooLarge = await api({
      path: '/api/import.preview',
      body: Buffer.alloc(MAX_IMPORT_BODY_BYTES + 10, 'a'),
    });
    expect(importTooLarge.status).toBe(413);
    // Past the size check, an empty JSON body is simply not a valid request.
    const importLarge = await api({ path: '/api/import.preview', body: Buffer.alloc(MAX_BODY_BYTES * 2, ' ') });
    expect(importLarge.status).toBe(400);
  });

  it('answers an unknown method with 404 and a wrong verb with 405', async () => {
    expect((await api({ path: '/api/vault.delete' })).status).toBe(404);
    expect((await api({ path: '/api/__proto__' })).status).toBe(404);
    expect((await api({ method: 'GET', body: '' })).status).toBe(405);
  });

  it('serves the renderer with strict security headers', async () => {
    const reply = await send(host.port, { path: '/', headers: { Host: ownHost } });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('PASSIE Studio');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(reply.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets but never a file outside the renderer folder', async () => {
    expect((await send(host.port, { path: '/assets/app.js', headers: { Host: ownHost } })).status).toBe(200);
    for (const path of ['/../outside.js', '/%2e%2e/outside.js', '/assets/..%2f..%2foutside.js', '/%00.js', '/x.exe']) {
      const reply = await send(host.port, { path, headers: { Host: ownHost } });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
  });
});

describe('a browser host before its launch code is traded', () => {
  let started: { host: RunningHost; clock: { now: number } }[] = [];

  const freshHost = async () => {
    const clock = { now: Date.parse('2026-03-01T09:00:00Z') };
    const studio = createStudio({ vaultDir: join(root, 'vault'), language: () => 'en' });
    const fresh = await startHost({
      dispatch: studio.dispatch,
      rendererDir: join(root, 'renderer'),
      language: () => 'en',
      now: () => clock.now,
    });
    started.push({ host: fresh, clock });
    return { host: fresh, clock };
  };

  afterAll(async () => {
    await Promise.all(started.map((entry) => entry.host.close()));
    started = [];
  });

  it('answers no API call, and trades the code within the minute', async () => {
    const { host: fresh, clock } = await freshHost();
    for (const authorization of ['Bearer ', `Bearer ${launchCode(fresh)}`, 'Bearer undefined']) {
      const reply = await send(fresh.port, {
        method: 'POST',
        path: '/api/app.status',
        headers: { Host: `127.0.0.1:${fresh.port}`, 'Content-Type': 'application/json', Authorization: authorization },
        body: '{}',
      });
      expect(reply.status).toBe(401);
    }
    clock.now += 59_000;
    expect((await trade(fresh, launchCode(fresh))).status).toBe(200);
  });

  it('lets the code expire after a minute', async () => {
    const { host: fresh, clock } = await freshHost();
    clock.now += 60_001;
    const late = await trade(fresh, launchCode(fresh));
    expect(late.status).toBe(401);
    expect(JSON.parse(late.body).error.code).toBe('unauthorised');
  });

  it('makes a new code at every launch', async () => {
    const [first, second] = [await freshHost(), await freshHost()];
    expect(launchCode(first.host)).not.toBe(launchCode(second.host));
  });
});
