import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { ErrorAlert } from './ErrorAlert';

/** A screen that could not read what it shows: the shared sentence for the error, and a way to try again. */
export function LoadFailed({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="load-failed">
      <ErrorAlert code={error.code} />
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('nav.retry')}
      </button>
    </div>
  );
}
