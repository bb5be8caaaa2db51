import { studioContract, type MethodName } from '../../../shared/api/contract';
import { apiResultSchema, type ApiResult } from '../../../shared/api/errors';
import { buildStudioApi, type StudioApi } from '../../../shared/api/studio-api';
import { errorMessage } from '../../../shared/i18n/error-messages';
import { type Language } from '../../../shared/i18n/language';

export const API_PATH = '/api/';

/** Under the 64 KiB browsers allow in flight for keepalive requests, with room for the headers. */
const KEEPALIVE_LIMIT = 60_000;
const encoder = new TextEncoder();

export interface HttpStudioOptions {
  /** The browser host's session token, or its promise (session-token.ts); without it calls answer `unauthorised`. */
  token: string | undefined | Promise<string | undefined>;
  fetch?: typeof fetch;
  /** The language of the sentence in a transport failure (the screen itself looks sentences up by code). */
  language?: () => Language;
}

/**
 * The studio API over the browser host's HTTP endpoint. Every answer is checked against the contract, and a
 * failed transport (host stopped, proxy page, garbled body) becomes an `internal` result instead of a throw,
 * so screens handle exactly one shape of failure.
 */
export function createHttpStudio(options: HttpStudioOptions): StudioApi {
  const send: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const language = options.language ?? (() => 'en');

  const internal = (): ApiResult<never> => ({
    ok: false,
    error: { code: 'internal', message: errorMessage('internal', language()) },
  });

  return buildStudioApi(async (method: MethodName, request: unknown) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const token = await options.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    let body: unknown;
    const payload = JSON.stringify(request);
    try {
      const response = await send(`${API_PATH}${method}`, {
        method: 'POST',
        headers,
        body: payload,
        credentials: 'omit',
        cache: 'no-store',
        // A request sent as the tab closes (a draft's last words on pagehide) still reaches the studio; browsers
        // allow that only for small bodies, and a larger draft was saved a second earlier by the autosave anyway.
        keepalive: payload.length < KEEPALIVE_LIMIT / 3 || encoder.encode(payload).length < KEEPALIVE_LIMIT,
      });
      // Error results come with 4xx/5xx statuses but still carry a proper result body, so the status is not read.
      body = await response.json();
    } catch {
      return internal();
    }
    const parsed = apiResultSchema(studioContract[method].response).safeParse(body);
    return parsed.success ? (parsed.data as ApiResult<unknown>) : internal();
  });
}
