import { useTranslation } from 'react-i18next';
import type { ApiError, ErrorCode } from '../../../shared/api/errors';
import { errorMessage } from '../../../shared/i18n/error-messages';
import { Link, paths } from '../app/router';
import { FormAlert } from './FormAlert';
import { useLanguage } from '../i18n/use-language';

/** The errors whose sentence sends the coach to Settings: each gets a link straight there. */
const SETTLED_IN_SETTINGS: ReadonlySet<ErrorCode> = new Set([
  'signing_needs_coach_name',
  'recovery_key_needed',
  'timestamp_unreachable',
  'timestamp_refused',
  'timestamp_invalid',
]);

/**
 * An error from the studio in its shared sentence in the screen's language, looked up by code and filled with the
 * values that came with it (never the message itself, which is in the studio's language). A sentence that says
 * "in Settings" comes with the way there.
 */
export function ErrorAlert({ id, code, params }: { id?: string; code: ErrorCode; params?: ApiError['params'] }) {
  const language = useLanguage();
  const { t } = useTranslation();
  return (
    <FormAlert id={id}>
      {errorMessage(code, language, params)}
      {SETTLED_IN_SETTINGS.has(code) && (
        <>
          {' '}
          <Link to={paths.settings()} className="form-alert__link">
            {t('nav.toSettings')}
          </Link>
        </>
      )}
    </FormAlert>
  );
}
