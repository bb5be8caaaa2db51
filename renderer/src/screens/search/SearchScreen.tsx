import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { SearchIcon } from '../../components/icons';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { SearchGroup } from './SearchGroup';
import { useSearch } from './use-search';
import { useLanguage } from '../../i18n/use-language';

/** The studio answers at most this many hits; saying so beats letting the coach think that is all there is. */
const RESULT_CAP = 200;

/** Search results for the query in memory (see search-query.ts), grouped by client and traject, every match marked. */
export function SearchScreen({ query }: { query: string }) {
  const { t } = useTranslation();
  const { state, retry } = useSearch(query);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef, state.kind !== 'loading');
  const language = useLanguage();

  return (
    <div className="page search-page" aria-busy={state.kind === 'loading'}>
      <div className="page-header">
        <h2 className="page-title" ref={headingRef} tabIndex={-1}>
          {query === '' ? t('search.title') : t('search.resultsFor', { query })}
        </h2>
        {state.kind === 'ready' && state.value.results.total > 0 && (
          <p className="page-meta" role="status">
            {t('search.total', { count: state.value.results.total })}
          </p>
        )}
      </div>
      {state.kind === 'loading' && <PageLoading />}
      {state.kind === 'failed' && <LoadFailed error={state.error} onRetry={retry} />}
      {state.kind === 'ready' && query === '' && (
        <div className="card empty-state empty-state--page">
          <SearchIcon />
          <div>
            <p className="empty-state__title">{t('search.empty.title')}</p>
            <p className="empty-state__body">{t('search.empty.body')}</p>
          </div>
        </div>
      )}
      {state.kind === 'ready' && query !== '' && state.value.results.groups.length === 0 && (
        <div className="card empty-state empty-state--page" role="status">
          <SearchIcon />
          <div>
            <p className="empty-state__title">{t('search.none.title')}</p>
            <p className="empty-state__body">{t('search.none.body', { query })}</p>
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
