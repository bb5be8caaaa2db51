import { request as httpRequest } from 'node:http';
import { expect, test } from './studio-fixture';

/** Node's own client, so the Host header is exactly what a DNS-rebinding page would send. */
function post(url: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; body: string }>((resolvePromise, reject) => {
    const target = new URL(url);
    const request = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => resolvePromise({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

test.describe('browser host security', () => {
  test('rejects an API call without the token', async ({ studio }) => {
    const reply = await post(`${studio.origin}/api/app.status`, { 'Content-Type': 'application/json' }, '{}');
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
  });

  test('rejects a wrong Host header even with the token', async ({ studio }) => {
    const reply = await post(
      `${studio.origin}/api/app.status`,
      { 'Content-Type': 'application/json', Authorization: `Bearer ${studio.token}`, Host: 'rebind.example' },
      '{}',
    );
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden_origin' } });
  });

  test('answers a malformed body with 400 and a clean sentence', async ({ studio }) => {
    const reply = await post(
      `${studio.origin}/api/app.status`,
      { 'Content-Type': 'application/json', Authorization: `Bearer ${studio.token}` },
      '{"broken": ',
    );
    expect(reply.status).toBe(400);
    const parsed = JSON.parse(reply.body) as { error: { code: string; message: string } };
    expect(parsed.error.code).toBe('invalid_request');
    expect(parsed.error.message).toMatch(/^[A-Z][^\n]*\.$/);
  });

  test('a page on another origin cannot read the API', async ({ studio, page }) => {
    // about:blank has an opaque origin: the call is cross-site, so the browser sends Origin and preflights it.
    await page.goto('about:blank');
    const outcome = await page.evaluate(
      async ({ origin, token }) => {
        try {
          const response = await fetch(`${origin}/api/app.status`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: '{}',
          });
          return `read ${response.status}`;
        } catch {
          return 'blocked';
        }
      },
      { origin: studio.origin, token: studio.token },
    );
    expect(outcome).toBe('blocked');
  });
});
