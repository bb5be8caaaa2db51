import { useCallback } from 'react';
import type { ApiResult } from '../../../../shared/api/errors';
import type { SearchResults } from '../../../../shared/domain/search';
import type { Settings } from '../../../../shared/domain/settings';
import { useStudio } from '../../app/studio-context';
import { useLoad, type Load } from '../../app/use-load';

export interface SearchData {
  /** The query these are the results of. */
  query: string;
  results: SearchResults;
  /** The coach's names for the PASSIE blocks, to say in which block a reply matched. */
  passieLabels: Settings['passieLabels'] | undefined;
}

const NOTHING: SearchResults = { groups: [], total: 0 };

/**
 * The results for `query` (nothing is asked for an empty one). A new query keeps the results on screen until its
 * own arrive, and an answer to an older query that arrives late is dropped (`useLoad`).
 */
export function useSearch(query: string): Load<SearchData> {
  const studio = useStudio();
  const load = useCallback(async (): Promise<ApiResult<SearchData>> => {
    if (query === '') return { ok: true, value: { query, results: NOTHING, passieLabels: undefined } };
    const [results, settings] = await Promise.all([studio.search.query({ query }), studio.settings.get({})]);
    if (!results.ok) return results;
    return {
      ok: true,
      value: {
        query,
        results: results.value,
        passieLabels: settings.ok ? settings.value.passieLabels : undefined,
      },
    };
  }, [studio, query]);
  return useLoad(load);
}
