import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererResponse } from '../../../main/electron/renderer-response';
import { CONTENT_SECURITY_POLICY } from '../../../main/host/security-headers';

let base: string;
let rendererDir: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'passie-renderer-'));
  rendererDir = join(base, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>PASSIE Studio</title>');
  await writeFile(join(rendererDir, 'assets', 'main.js'), 'console.log(1);');
  await writeFile(join(base, 'secret.json'), '{"secret":true}');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => rendererResponse(new Request(url, { method }), rendererDir);

describe('rendererResponse', () => {
  it('serves index.html under the same CSP and headers as the browser host', async () => {
    const response = await get('app://studio/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('PASSIE Studio');
  });

  it('serves index.html for the root and assets by path', async () => {
    expect(await (await get('app://studio/')).text()).toContain('PASSIE Studio');
    const script = await get('app://studio/assets/main.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1);');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://studio/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://studio/missing.js',
    'app://studio/%2e%2e/secret.json',
    'app://studio/..%2fsecret.json',
    'app://studio/..%5csecret.json',
    'app://studio/index.html%00.js',
    'app://other/index.html',
  ])('answers 404 for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://studio/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
