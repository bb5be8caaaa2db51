import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../app/format-date';
import { Link, paths } from '../../app/router';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { CheckIcon, UserIcon } from '../../components/icons';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { CloseTrajectCard } from '../archive/CloseTrajectCard';
import { ExportDossierCard } from '../export/ExportDossierCard';
import { ImportButton } from '../import/ImportButton';
import type { ImportedRound } from '../import/ImportDialog';
import { useTrajectImport } from '../import/use-traject-import';
import { NotFoundScreen } from '../not-found/NotFoundScreen';
import { AnswerPacketCard } from './AnswerPacketCard';
import { questionLabels } from './question-labels';
import { RoundTimeline } from './RoundTimeline';
import { TrajectGoal } from './TrajectGoal';
import { TrajectNotes } from './TrajectNotes';
import { useDossier } from './use-dossier';
import { useLanguage } from '../../i18n/use-language';
import { clientLanguage } from '../../../../shared/domain/client';

/** One traject: its goal and status, the timeline of rounds (and adding one), and the coach's private notes. */
export function TrajectScreen({ trajectId }: { trajectId: string }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const { state, reload, retry } = useDossier(trajectId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef, state.kind === 'ready');
  const language = useLanguage();
  const catalogue = state.kind === 'ready' ? state.value.catalogue : undefined;
  const labels = useMemo(() => questionLabels(catalogue, language), [catalogue, language]);
  const [imported, setImported] = useState<ImportedRound[]>([]);
  const importing = useTrajectImport({
    trajectId,
    enabled: state.kind === 'ready' && state.value.dossier.traject.status === 'active',
    onImported: async (rounds) => {
      await reload();
      setImported(rounds);
    },
  });

  if (state.kind === 'failed' && state.error.code === 'traject_not_found') {
    return <NotFoundScreen body={t('traject.notFound')} />;
  }
  if (state.kind !== 'ready') {
    return (
      <div className="page" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' ? <PageLoading /> : <LoadFailed error={state.error} onRetry={retry} />}
      </div>
    );
  }

  const { traject, client, rounds, notes } = state.value.dossier;
  const active = traject.status === 'active';
  return (
    <div
      className={`page traject-page import-drop${importing.over ? ' import-drop--over' : ''}`}
      {...importing.dropProps}
    >
      {importing.over && <p className="import-drop__banner">{t('import.dropHere')}</p>}
      <div className="page-header">
        <Breadcrumbs
          crumbs={[
            { label: t('nav.dashboard'), to: paths.dashboard() },
            { label: client.name, to: paths.client(client.id) },
            { label: traject.title },
          ]}
        />
        <div className="page-title-row">
          <h2 className="page-title" ref={headingRef} tabIndex={-1}>
            {traject.title}
          </h2>
          <span className={`tag tag--${traject.status}`}>{t(`traject.status.${traject.status}`)}</span>
        </div>
        <p className="page-meta">
          <span className="page-meta__client">
            <UserIcon />
            <span className="visually-hidden">{t('traject.client')}: </span>
            <Link to={paths.client(client.id)}>{client.name}</Link>
          </span>
          <span>{t('traject.startedOn', { date: format.date(traject.startedAt) })}</span>
          {traject.closedAt && <span>{t('traject.closedOn', { date: format.date(traject.closedAt) })}</span>}
        </p>
        {!active && <p className="notice">{t('traject.closedNotice')}</p>}
        <div className="status-slot" role="status">
          {imported.length > 0 && (
            <p className="notice notice--success">
              <CheckIcon />
              <span>{t('import.done', { count: imported.length })}</span>
              {imported.map(({ id }) => {
                const round = rounds.find((candidate) => candidate.id === id);
                return (
                  round && (
                    <Link key={id} to={paths.round(traject.id, id)}>
                      {t('import.openRound', { number: round.number })}
                    </Link>
                  )
                );
              })}
            </p>
          )}
        </div>
      </div>
      <div className="page-columns page-columns--traject">
        <div className="page-columns__main">
          <TrajectGoal traject={traject} onSaved={reload} />
          <RoundTimeline
            trajectId={traject.id}
            rounds={rounds}
            active={active}
            catalogue={state.value.catalogue}
            labels={labels}
            language={language}
            onRoundAdded={reload}
            importAction={<ImportButton onFiles={importing.openFiles} />}
          />
        </div>
        <div className="page-columns__side">
          <TrajectNotes trajectId={traject.id} notes={notes} active={active} onChanged={reload} />
          <ExportDossierCard trajectId={traject.id} />
          {active && (
            <AnswerPacketCard
              trajectId={traject.id}
              catalogue={state.value.catalogue}
              language={clientLanguage(client, language)}
            />
          )}
          {active && <CloseTrajectCard trajectId={traject.id} rounds={rounds} />}
        </div>
      </div>
      {importing.dialog(state.value.catalogue)}
    </div>
  );
}
