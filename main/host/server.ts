import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  LAUNCH_CODE_PARAM,
  SESSION_PATH,
  sessionRequestSchema,
  type SessionResponse,
} from '../../shared/api/browser-session';
import type { ApiResult, ErrorCode } from '../../shared/api/errors';
import { errorMessage } from '../../shared/i18n/error-messages';
import { type Language } from '../../shared/i18n/language';
import type { Dispatch } from '../api/dispatcher';
import { securityHeaders } from './security-headers';
import { createSessionGate } from './session-gate';
import { readStaticFile } from './static-files';

export const API_PREFIX = '/api/';
export const MAX_BODY_BYTES = 1024 * 1024;
/** Files to import arrive as base64: a 50 MB file (the import limit) is about 67 MB of JSON. */
export const MAX_IMPORT_BODY_BYTES = 72 * 1024 * 1024;
/** A launch code in JSON is under 100 bytes. */
const MAX_SESSION_BODY_BYTES = 1024;

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
  /** The clock the launch code expires by (tests pass their own). */
  now?: () => number;
}

export interface RunningHost {
  /**
   * The address to open, with the one-time launch code in the fragment (so it never reaches a server log or a
   * Referer); the page trades it for the session token.
   */
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
 * session token as a Bearer header (never a cookie, so another site cannot ride along); the page gets that token
 * once, for the launch code in its address (see session-gate.ts). Every request must carry our own Host (against
 * DNS rebinding) and, when present, our own Origin (against cross-site calls).
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const gate = createSessionGate(options.now);
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

  /** The parsed JSON body of a POST of at most `limit` bytes; or undefined, the request answered with an error. */
  const readJsonPost = async (
    request: IncomingMessage,
    response: ServerResponse,
    limit: number,
    admitted: boolean,
  ): Promise<{ payload: unknown } | undefined> => {
    const refuse = (code: ErrorCode) => {
      sendError(response, code);
      return undefined;
    };
    if (request.method !== 'POST') {
      response.writeHead(405, { ...securityHeaders, Allow: 'POST' });
      response.end();
      return undefined;
    }
    if (!admitted) return refuse('unauthorised');
    if (!/^application\/json(;|$)/i.test(request.headers['content-type'] ?? '')) return refuse('invalid_request');
    const body = await readBody(request, limit);
    if (body === 'too_large') return refuse('payload_too_large');
    try {
      return { payload: JSON.parse(body.length === 0 ? '{}' : body.toString('utf8')) as unknown };
    } catch {
      return refuse('invalid_request');
    }
  };

  const handleSession = async (request: IncomingMessage, response: ServerResponse) => {
    const read = await readJsonPost(request, response, MAX_SESSION_BODY_BYTES, true);
    if (!read) return;
    const parsed = sessionRequestSchema.safeParse(read.payload);
    if (!parsed.success) return sendError(response, 'invalid_request');
    const token = gate.exchange(parsed.data.code);
    if (!token) return sendError(response, 'unauthorised');
    const value: SessionResponse = { token };
    sendJson(response, 200, { ok: true, value });
  };

  const handleApi = async (request: IncomingMessage, response: ServerResponse, method: string) => {
    const admitted = gate.admits(request.headers.authorization);
    const read = await readJsonPost(request, response, maxBodyBytes(method), admitted);
    if (!read) return;
    const result = await options.dispatch(method, read.payload);
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
      if (path === SESSION_PATH) return handleSession(request, response);
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
    url: `http://127.0.0.1:${port}/#${LAUNCH_CODE_PARAM}=${gate.launchCode}`,
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
