import { useTranslation } from 'react-i18next';
import { useDelayedFlag } from '../app/use-delayed-flag';

/** Said only when reading takes a noticeable moment, so a quick answer does not flash a message. */
export const PAGE_LOADING_DELAY_MS = 300;

export function PageLoading() {
  const { t } = useTranslation();
  const visible = useDelayedFlag(true, PAGE_LOADING_DELAY_MS);
  return (
    <p className="page-loading" role="status">
      {visible ? t('nav.loading') : ''}
    </p>
  );
}
