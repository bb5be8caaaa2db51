import type { ApiError, ErrorCode } from '../../../shared/api/errors';
import { errorMessage } from '../../../shared/i18n/error-messages';
import { FormAlert } from './FormAlert';
import { useLanguage } from '../i18n/use-language';

/**
 * An error from the studio in its shared sentence in the screen's language, looked up by code and filled with the
 * values that came with it (never the message itself, which is in the studio's language).
 */
export function ErrorAlert({ id, code, params }: { id?: string; code: ErrorCode; params?: ApiError['params'] }) {
  const language = useLanguage();
  return <FormAlert id={id}>{errorMessage(code, language, params)}</FormAlert>;
}
