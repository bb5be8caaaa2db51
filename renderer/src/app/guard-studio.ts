import type { ApiResult } from '../../../shared/api/errors';
import { buildStudioApi, type StudioApi } from '../../../shared/api/studio-api';
import { errorMessage } from '../../../shared/i18n/error-messages';
import { languageFromLocale } from '../../../shared/i18n/language';

type MethodTable = Record<string, Record<string, (request: unknown) => Promise<ApiResult<unknown>>>>;

/**
 * The studio API as every screen gets it: the same methods, with one watchman in front. Whatever the call, an
 * answer `vault_locked` means the vault locked itself (idle time) and reports it, so no screen has to. A call that
 * throws (a broken preload) becomes an `internal` result, the one shape of failure screens handle.
 */
export function guardStudio(studio: StudioApi, onVaultLocked: () => void): StudioApi {
  const methods = studio as unknown as MethodTable;
  return buildStudioApi(async (method, request) => {
    const [namespace = '', member = ''] = method.split('.');
    let result: ApiResult<unknown>;
    try {
      const call = methods[namespace]?.[member];
      if (!call) throw new Error('method missing');
      result = await call(request);
    } catch {
      const language = languageFromLocale(document.documentElement.lang);
      result = { ok: false, error: { code: 'internal', message: errorMessage('internal', language) } };
    }
    if (!result.ok && result.error.code === 'vault_locked') onVaultLocked();
    return result;
  });
}
