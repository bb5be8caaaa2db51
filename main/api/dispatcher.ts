import { ZodError } from 'zod';
import type { ApiResult, ErrorCode } from '../../shared/api/errors';
import { StudioError } from '../../shared/api/studio-error';
import { apiError, type MessageParams } from '../../shared/i18n/error-messages';
import type { Language } from '../../shared/i18n/language';
import type { Contract, HandlersFor } from './handlers/studio-handlers';

export type Dispatch = (method: string, request: unknown) => Promise<ApiResult<unknown>>;

export interface DispatcherOptions {
  /** Language of the error sentences. */
  language: () => Language;
  /** Receives unexpected failures; must not log request or response content. */
  onUnexpectedError?: (method: string, error: unknown) => void;
}

/**
 * The single entry point behind IPC, HTTP and the CLI: validates the method name against the contract it serves
 * and the request, runs the handler, validates the response (so a service can never leak a field the contract
 * does not name), and turns every failure into `{ code, message }`.
 */
export function createDispatcher<C extends Contract>(
  contract: C,
  handlers: HandlersFor<C>,
  options: DispatcherOptions,
): Dispatch {
  const fail = (code: ErrorCode, params?: MessageParams): ApiResult<never> => ({
    ok: false,
    error: apiError(code, options.language(), params),
  });

  return async (method, request) => {
    if (!Object.hasOwn(contract, method)) return fail('unknown_method');
    const spec = contract[method]!;
    const parsed = spec.request.safeParse(request);
    if (!parsed.success) return fail('invalid_request');
    try {
      const handler = handlers[method] as (request: unknown) => Promise<unknown>;
      const value: unknown = spec.response.parse(await handler(parsed.data));
      return { ok: true, value };
    } catch (error) {
      // What the disk refused is said as such, whichever service met it: the write was undone, nothing was saved.
      const disk = diskProblem(error);
      if (disk) return fail(disk);
      if (error instanceof StudioError) return fail(error.code, error.params);
      options.onUnexpectedError?.(method, error instanceof ZodError ? 'response failed its schema' : error);
      return fail('internal');
    }
  };
}

/** A full disk or a read-only place anywhere in the error's causes, as the coach's error code. */
function diskProblem(error: unknown): ErrorCode | undefined {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 8; cause = cause.cause, depth += 1) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full';
    // A read-only place the coach chose (an export folder) is the service's own sentence; only the vault's is this.
    if (code === 'EROFS' && !(error instanceof StudioError)) return 'vault_read_only';
  }
  return undefined;
}
