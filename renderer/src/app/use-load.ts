import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult } from '../../../shared/api/errors';

export type Loaded<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; error: ApiError };

export interface Load<T> {
  state: Loaded<T>;
  /** Reads again, keeping what is on screen until the new answer arrives (no flash of a loading state). */
  reload: () => Promise<void>;
  /** After a failure: back to loading, then reads again. */
  retry: () => void;
}

/**
 * What a screen reads from the studio when it opens, with a reload after the coach changed something. `load` must
 * be stable (a useCallback). An answer that arrives after a newer request, or after the screen closed, is dropped.
 */
export function useLoad<T>(load: () => Promise<ApiResult<T>>): Load<T> {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    const result = await load();
    if (ticket !== latest.current) return;
    setState(result.ok ? { kind: 'ready', value: result.value } : { kind: 'failed', error: result.error });
  }, [load]);

  useEffect(() => {
    void reload();
    return () => {
      latest.current += 1;
    };
  }, [reload]);

  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    void reload();
  }, [reload]);

  return { state, reload, retry };
}

/** The values of several results, or the first failure among them. */
export function allOk<T extends readonly ApiResult<unknown>[]>(
  results: T,
): ApiResult<{ [K in keyof T]: T[K] extends ApiResult<infer V> ? V : never }> {
  for (const result of results) if (!result.ok) return result;
  return {
    ok: true,
    value: results.map((result) => (result as { value: unknown }).value) as {
      [K in keyof T]: T[K] extends ApiResult<infer V> ? V : never;
    },
  };
}
