import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult, ErrorCode } from '../../shared/api/errors';
import { errorMessage } from '../../shared/i18n/error-messages';
import { type Language } from '../../shared/i18n/language';
import type { Dispatch } from '../api/dispatcher';
import { securityHeaders } from './security-headers';
import { readStaticFile } from './static-files';

export const API_PREFIX = '/api/';
export const MAX_BODY_BYTES = 1024 * 1024;
/** Files to import arrive as base64: a 50 MB file (the import limit) is about 67 MB of JSON. */
export const MAX_IMPORT_BODY_BYTES = 72 * 1024 * 1024;

export function maxBodyBytes(method: string): number {
  return method === 'import.preview' ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES;
}

export interface HostOptions {
  dispatch: Dispatch;
  /** Folder of the built renderer (index.html and its assets). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  language: () => Language;
}

export interface RunningHost {
  /** The address to open, token included in the fragment so it never reaches a server log or a Referer. */
  url: string;
  port: number;
  close: () => Promise<void>;
}

const statusOf: Partial<Record<ErrorCode, number>> = {
  invalid_request: 400,
  unauthorised: 401,
  forbidden_origin: 403,
  unknown_method: 404,
  not_found: 404,
  payload_too_large: 413,
};

/**
 * The browser host: the built renderer and the studio API over HTTP, on 127.0.0.1 only. API calls need the
 * per-launch token as a Bearer header (never a cookie, so another site cannot ride along), and every request
 * must carry our own Host (against DNS rebinding) and, when present, our own Origin (against cross-site calls).
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(32).toString('base64url');
  const expectedToken = Buffer.from(`Bearer ${token}`);
  let allowedHosts: Set<string> = new Set();

  const sendJson = (response: ServerResponse, status: number, body: ApiResult<unknown>): void => {
    response.writeHead(status, {
      ...securityHeaders,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    response.end(JSON.stringify(body));
  };
  const sendError = (response: ServerResponse, code: ErrorCode): void =>
    sendJson(response, statusOf[code] ?? 500, {
      ok: false,
      error: { code, message: errorMessage(code, options.language()) },
    });

  const hasToken = (request: IncomingMessage): boolean => {
    const given = Buffer.from(request.headers.authorization ?? '');
    return given.length === expectedToken.length && timingSafeEqual(given, expectedToken);
  };

  const originAllowed = (request: IncomingMessage): boolean => {
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    try {
      const url = new URL(origin);
      return url.protocol === 'http:' && allowedHosts.has(url.host);
    } catch {
      return false;
    }
  };

  const handleApi = async (request: IncomingMessage, response: ServerResponse, method: string) => {
    if (request.method !== 'POST') {
      response.writeHead(405, { ...securityHeaders, Allow: 'POST' });
      response.end();
      return;
    }
    if (!hasToken(request)) return sendError(response, 'unauthorised');
    if (!/^application\/json(;|$)/i.test(request.headers['content-type'] ?? '')) {
      return sendError(response, 'invalid_request');
    }
    const body = await readBody(request, maxBodyBytes(method));
    if (body === 'too_large') return sendError(response, 'payload_too_large');
    let payload: unknown;
    try {
      payload = JSON.parse(body.length === 0 ? '{}' : body.toString('utf8'));
    } catch {
      return sendError(response, 'invalid_request');
    }
    const result = await options.dispatch(method, payload);
    if (!result.ok) return sendJson(response, statusOf[result.error.code] ?? 200, result);
    sendJson(response, 200, result);
  };

  const handleStatic = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...securityHeaders, Allow: 'GET, HEAD' });
      response.end();
      return;
    }
    const file = await readStaticFile(options.rendererDir, path);
    if (!file) {
      response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': file.contentType,
      'Cache-Control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  };

  const server = createServer((request, response) => {
    void (async () => {
      if (!allowedHosts.has(request.headers.host ?? '') || !originAllowed(request)) {
        return sendError(response, 'forbidden_origin');
      }
      const path = new URL(request.url ?? '/', 'http://placeholder').pathname;
      if (path.startsWith(API_PREFIX)) return handleApi(request, response, path.slice(API_PREFIX.length));
      return handleStatic(request, response, path);
    })().catch(() => {
      if (!response.headersSent) sendError(response, 'internal');
      else response.destroy();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return 'too_large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
