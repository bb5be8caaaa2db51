import { CoachDetailsReminder } from './CoachDetailsReminder';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { useNow } from '../../app/use-now';
import { roundClock } from '../../components/clock-words';
import { CheckIcon } from '../../components/icons';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { ArchiveReminder } from '../archive/ArchiveReminder';
import { AwaitingSection } from './AwaitingSection';
import { ClientDirectory } from './ClientDirectory';
import { DashboardCounts } from './DashboardCounts';
import { dashboardModel } from './dashboard-model';
import { useDashboardData } from './use-dashboard-data';

/**
 * The coach's desk: who waits for a reply and how long is left (the response clock, re-read every minute), the
 * vault's numbers, and all clients with their trajects.
 */
export function DashboardScreen({ recovered }: { recovered: boolean }) {
  const { t, i18n } = useTranslation();
  const { state, retry } = useDashboardData();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef);
  const now = useNow();
  const language = i18n.resolvedLanguage ?? 'nl';

  const model = useMemo(
    () => (state.kind === 'ready' ? dashboardModel(state.value.clients, state.value.trajects, language) : undefined),
    [state, language],
  );
  const overdue = useMemo(
    () => model?.awaiting.filter((row) => roundClock(row, now).state === 'overdue').length ?? 0,
    [model, now],
  );

  return (
    <div className="page dashboard" aria-busy={state.kind === 'loading'}>
      <div className="page-header">
        <h2 className="page-title" ref={headingRef} tabIndex={-1}>
          {t('dashboard.title')}
        </h2>
        {recovered && (
          <p className="notice notice--success" role="status">
            <CheckIcon />
            {t('dashboard.recovered')}
          </p>
        )}
        <CoachDetailsReminder />
        <ArchiveReminder />
      </div>
      {state.kind === 'loading' && <PageLoading />}
      {state.kind === 'failed' && <LoadFailed error={state.error} onRetry={retry} />}
      {model && (
        <>
          <DashboardCounts
            counts={{
              awaiting: model.awaiting.length,
              overdue,
              activeTrajects: model.activeTrajects,
              clients: model.directory.length,
            }}
          />
          <AwaitingSection rows={model.awaiting} now={now} />
          <ClientDirectory entries={model.directory} />
        </>
      )}
    </div>
  );
}
