import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveSummary, DueState } from '../../../../shared/domain/archive';
import { useStudio } from '../../app/studio-context';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { useLoad } from '../../app/use-load';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { paths } from '../../app/router';
import { ArchiveRow } from './ArchiveRow';

const GROUPS: readonly DueState[] = ['due', 'dueSoon', 'active'];

/** Every closed traject's archive, grouped by what its retention date asks of the coach, with what can be done. */
export function ArchiveScreen() {
  const { t } = useTranslation();
  const studio = useStudio();
  const filterId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const load = useCallback(() => studio.archive.list({}), [studio]);
  const { state, reload, retry } = useLoad(load);
  const [filter, setFilter] = useState('');
  useFocusOnMount(headingRef, state.kind === 'ready');

  const shown = useMemo(() => {
    if (state.kind !== 'ready') return [];
    const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return state.value.archives.filter((archive) => {
      const text = `${archive.clientName} ${archive.title}`.toLocaleLowerCase();
      return words.every((word) => text.includes(word));
    });
  }, [state, filter]);

  return (
    <div className="page archive-page" aria-busy={state.kind === 'loading'}>
      <div className="page-header">
        <Breadcrumbs
          crumbs={[{ label: t('nav.dashboard'), to: paths.dashboard() }, { label: t('archive.screen.title') }]}
        />
        <h2 className="page-title" ref={headingRef} tabIndex={-1}>
          {t('archive.screen.title')}
        </h2>
        <p className="page-meta">{t('archive.screen.intro')}</p>
      </div>
      {state.kind === 'loading' && <PageLoading />}
      {state.kind === 'failed' && <LoadFailed error={state.error} onRetry={retry} />}
      {state.kind === 'ready' &&
        (state.value.archives.length === 0 ? (
          <p className="card page-section muted">{t('archive.screen.empty')}</p>
        ) : (
          <>
            <div className="field archive-filter">
              <label className="field__label" htmlFor={filterId}>
                {t('archive.screen.filter')}
              </label>
              <div className="field__control">
                <input
                  id={filterId}
                  className="field__input"
                  type="search"
                  value={filter}
                  onChange={(event) => setFilter(event.target.value)}
                  autoComplete="off"
                />
              </div>
            </div>
            {shown.length === 0 && <p className="muted">{t('archive.screen.noMatch')}</p>}
            {GROUPS.map((group) => (
              <ArchiveGroup key={group} group={group} archives={shown} onChanged={reload} />
            ))}
          </>
        ))}
    </div>
  );
}

function ArchiveGroup({
  group,
  archives,
  onChanged,
}: {
  group: DueState;
  archives: ArchiveSummary[];
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const inGroup = archives.filter((archive) => archive.due === group);
  if (inGroup.length === 0) return null;
  return (
    <section className={`card page-section archive-group archive-group--${group}`} aria-labelledby={titleId}>
      <h3 className="section-title" id={titleId}>
        {t(`archive.screen.groups.${group}`)}
      </h3>
      <ul className="archive-list">
        {inGroup.map((archive) => (
          <ArchiveRow key={archive.id} archive={archive} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
}
