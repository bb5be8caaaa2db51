import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { OverviewView } from './use-vault-overview';

/** How many clients and active trajects the vault holds: a first, honest look inside. */
export function VaultCounts({ view }: { view: OverviewView }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="card home__card" aria-labelledby={titleId} aria-busy={view.kind === 'loading'}>
      <h2 className="card__title" id={titleId}>
        {t('home.counts.title')}
      </h2>
      {view.kind === 'failed' && <ErrorAlert code={view.error.code} />}
      {view.kind !== 'failed' && (
        <dl className="counts">
          <div className="counts__item">
            <dt>{t('home.counts.clients')}</dt>
            <dd data-count="clients">{view.kind === 'ready' ? view.overview.clients : '–'}</dd>
          </div>
          <div className="counts__item">
            <dt>{t('home.counts.activeTrajects')}</dt>
            <dd data-count="active-trajects">{view.kind === 'ready' ? view.overview.activeTrajects : '–'}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
