import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../app/format-date';
import { paths } from '../../app/router';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { UserIcon } from '../../components/icons';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { useLanguage } from '../../i18n/use-language';
import { NotFoundScreen } from '../not-found/NotFoundScreen';
import { questionLabels } from '../traject/question-labels';
import { RoundTimeline } from '../traject/RoundTimeline';
import { TrajectGoal } from '../traject/TrajectGoal';
import { TrajectNotes } from '../traject/TrajectNotes';
import { ArchivedBanner } from './ArchivedBanner';
import { ArchivedRound } from './ArchivedRound';
import { useArchivedDossier, type ArchivedData } from './use-archived-dossier';

/**
 * An archived traject opened read-only, straight from its archive: the traject page's goal, timeline and notes, or
 * (with `roundId`) one round's split view — the same components, each without its editing parts.
 */
export function ArchivedTrajectScreen({ trajectId, roundId }: { trajectId: string; roundId?: string }) {
  const { t } = useTranslation();
  const { state, retry } = useArchivedDossier(trajectId);

  if (state.kind === 'failed' && state.error.code === 'archive_not_found') {
    return <NotFoundScreen body={t('archive.open.notFound')} />;
  }
  if (state.kind !== 'ready') {
    return (
      <div className="page" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' ? <PageLoading /> : <LoadFailed error={state.error} onRetry={retry} />}
      </div>
    );
  }
  return roundId ? <ArchivedRound {...state.value} roundId={roundId} /> : <ArchivedTimeline {...state.value} />;
}

function ArchivedTimeline({ archive, dossier, catalogue }: ArchivedData) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const language = useLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef);
  const labels = useMemo(() => questionLabels(catalogue, language), [catalogue, language]);
  const { traject, client, rounds, notes } = dossier;

  return (
    <div className="page traject-page archived-page">
      <div className="page-header">
        <Breadcrumbs
          crumbs={[
            { label: t('nav.dashboard'), to: paths.dashboard() },
            { label: t('archive.screen.title'), to: paths.archive() },
            { label: traject.title },
          ]}
        />
        <div className="page-title-row">
          <h2 className="page-title" ref={headingRef} tabIndex={-1}>
            {traject.title}
          </h2>
          <span className="tag tag--archived">{t('archive.open.badge')}</span>
        </div>
        <p className="page-meta">
          <span className="page-meta__client">
            <UserIcon />
            <span className="visually-hidden">{t('traject.client')}: </span>
            <span>{client.name}</span>
          </span>
          <span>{t('traject.startedOn', { date: format.date(traject.startedAt) })}</span>
        </p>
        <ArchivedBanner archive={archive} back={{ to: paths.archive(), label: t('archive.open.back') }} />
      </div>
      <div className="page-columns page-columns--traject">
        <div className="page-columns__main">
          <TrajectGoal traject={traject} />
          <RoundTimeline
            trajectId={traject.id}
            rounds={rounds}
            active={false}
            catalogue={catalogue}
            labels={labels}
            language={language}
            roundPath={(id) => paths.archivedRound(traject.id, id)}
            clocks={false}
          />
        </div>
        <div className="page-columns__side">
          <TrajectNotes trajectId={traject.id} notes={notes} active={false} />
        </div>
      </div>
    </div>
  );
}
