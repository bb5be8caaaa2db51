import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../../components/icons';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { SearchGroup } from './SearchGroup';
import { useSearch } from './use-search';
import { useLanguage } from '../../i18n/use-language';

/** The studio answers at most this many hits; saying so beats letting the coach think that is all there is. */
const RESULT_CAP = 200;

/**
 * Search results for the query in memory (see search-query.ts), grouped by client and traject, every match marked.
 * `enter` is the Enter that asked for the query (0 when it was typed).
 */
export function SearchScreen({ query, enter }: { query: string; enter: number }) {
  const { t } = useTranslation();
  const { state, retry } = useSearch(query);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const language = useLanguage();
  useResultsFocus(headingRef, state.kind !== 'loading', enter);
  // The heading names the query of the results on screen, which lag a moment behind the typing.
  const shownQuery = state.kind === 'ready' ? state.value.query : query;

  return (
    <div className="page search-page" aria-busy={state.kind === 'loading'}>
      <div className="page-header">
        <h2 className="page-title" ref={headingRef} tabIndex={-1}>
          {shownQuery === '' ? t('search.title') : t('search.resultsFor', { query: shownQuery })}
        </h2>
        {state.kind === 'ready' && state.value.results.total > 0 && (
          <p className="page-meta" role="status">
            {t('search.total', { count: state.value.results.total })}
          </p>
        )}
      </div>
      {state.kind === 'loading' && <PageLoading />}
      {state.kind === 'failed' && <LoadFailed error={state.error} onRetry={retry} />}
      {state.kind === 'ready' && shownQuery === '' && (
        <div className="card empty-state empty-state--page">
          <SearchIcon />
          <div>
            <p className="empty-state__title">{t('search.empty.title')}</p>
            <p className="empty-state__body">{t('search.empty.body')}</p>
          </div>
        </div>
      )}
      {state.kind === 'ready' && shownQuery !== '' && state.value.results.groups.length === 0 && (
        <div className="card empty-state empty-state--page" role="status">
          <SearchIcon />
          <div>
            <p className="empty-state__title">{t('search.none.title')}</p>
            <p className="empty-state__body">{t('search.none.body', { query: shownQuery })}</p>
          </div>
        </div>
      )}
      {state.kind === 'ready' && state.value.results.groups.length > 0 && (
        <>
          {state.value.results.total >= RESULT_CAP && (
            <p className="notice">{t('search.limited', { count: RESULT_CAP })}</p>
          )}
          <ul className="search-groups">
            {state.value.results.groups.map((group) => (
              <SearchGroup
                key={group.clientId}
                group={group}
                passieLabels={state.value.passieLabels}
                language={language}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * The results take the focus when they first appear, as any screen's heading does, and after each Enter; but not
 * from the header's search field while the coach is typing there (the results follow the typing).
 */
function useResultsFocus(heading: RefObject<HTMLHeadingElement | null>, ready: boolean, enter: number): void {
  const focusedFor = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    if (!ready) return;
    const opened = focusedFor.current === undefined;
    const typing = document.activeElement?.closest('[role="search"]') != null;
    if (enter !== 0 ? enter !== focusedFor.current : opened && !typing) heading.current?.focus();
    focusedFor.current = enter;
  }, [heading, ready, enter]);
}
