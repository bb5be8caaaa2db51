import { ZodError } from 'zod';
import { isMethodName, studioContract } from '../../shared/api/contract';
import type { ApiResult, ErrorCode } from '../../shared/api/errors';
import { apiError, type MessageParams } from '../../shared/i18n/error-messages';
import { type Language } from '../../shared/i18n/language';
import type { StudioHandlers } from './handlers';
import { StudioError } from '../../shared/api/studio-error';

export type Dispatch = (method: string, request: unknown) => Promise<ApiResult<unknown>>;

export interface DispatcherOptions {
  /** Language of the error sentences. */
  language: () => Language;
  /** Receives unexpected failures; must not log request or response content. */
  onUnexpectedError?: (method: string, error: unknown) => void;
}

/**
 * The single entry point behind IPC, HTTP and the CLI: validates the method name and the request, runs the
 * handler, validates the response (so a service can never leak a field the contract does not name), and turns
 * every failure into `{ code, message }`.
 */
export function createDispatcher(handlers: StudioHandlers, options: DispatcherOptions): Dispatch {
  const fail = (code: ErrorCode, params?: MessageParams): ApiResult<never> => ({
    ok: false,
    error: apiError(code, options.language(), params),
  });

  return async (method, request) => {
    if (!isMethodName(method)) return fail('unknown_method');
    const spec = studioContract[method];
    const parsed = spec.request.safeParse(request);
    if (!parsed.success) return fail('invalid_request');
    try {
      const handler = handlers[method] as (request: unknown) => Promise<unknown>;
      const value: unknown = spec.response.parse(await handler(parsed.data));
      return { ok: true, value };
    } catch (error) {
      if (error instanceof StudioError) return fail(error.code, error.params);
      options.onUnexpectedError?.(method, error instanceof ZodError ? 'response failed its schema' : error);
      return fail('internal');
    }
  };
}
