import { studioContract, type MethodName } from '../../../shared/api/contract';
import { apiResultSchema, type ApiResult } from '../../../shared/api/errors';
import { buildStudioApi, type StudioApi } from '../../../shared/api/studio-api';
import { errorMessage, type Language } from '../../../shared/i18n/error-messages';

export const API_PATH = '/api/';

export interface HttpStudioOptions {
  /** The browser host's per-launch token; without it every call answers `unauthorised`. */
  token: string | undefined;
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
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    let body: unknown;
    try {
      const response = await send(`${API_PATH}${method}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(request),
        credentials: 'omit',
        cache: 'no-store',
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
