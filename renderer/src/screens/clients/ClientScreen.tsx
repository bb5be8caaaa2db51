import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../app/format-date';
import { paths } from '../../app/router';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { NotFoundScreen } from '../not-found/NotFoundScreen';
import { AccessRequestCard } from '../export/AccessRequestCard';
import { ClientDetails } from './ClientDetails';
import { ClientTrajects } from './ClientTrajects';
import { useClientData } from './use-client-data';

/** One client: their details (editable) and their trajects, with the way to start the next one. */
export function ClientScreen({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const { state, reload, retry } = useClientData(clientId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef, state.kind === 'ready');

  if (state.kind === 'failed' && state.error.code === 'client_not_found') {
    return <NotFoundScreen body={t('clients.screen.notFound')} />;
  }
  return (
    <div className="page" aria-busy={state.kind === 'loading'}>
      {state.kind === 'loading' && <PageLoading />}
      {state.kind === 'failed' && <LoadFailed error={state.error} onRetry={retry} />}
      {state.kind === 'ready' && (
        <>
          <div className="page-header">
            <Breadcrumbs
              crumbs={[{ label: t('nav.dashboard'), to: paths.dashboard() }, { label: state.value.client.name }]}
            />
            <h2 className="page-title" ref={headingRef} tabIndex={-1}>
              {state.value.client.name}
            </h2>
            <p className="page-meta">
              {t('clients.screen.since', { date: format.date(state.value.client.createdAt) })}
            </p>
          </div>
          <div className="page-columns">
            <ClientTrajects clientId={clientId} trajects={state.value.trajects} />
            <div className="page-columns__side">
              <ClientDetails client={state.value.client} onSaved={reload} />
              <AccessRequestCard clientId={clientId} client={state.value.client.name} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
