import { useSyncExternalStore } from 'react';
import { navigate, paths } from './router';

/**
 * The words the coach searched for, held in memory only: never in the address, nor in `history.state`. Chromium
 * keeps both in its profile (History, Sessions, Favicons), on disk outside the vault, and a search is a client's
 * name or words. A reload forgets the query, as does locking the vault; the search screen then asks for one.
 */
let current = '';
const listeners = new Set<() => void>();

function publish(query: string): void {
  current = query;
  for (const listener of listeners) listener();
}

/** Shows the results for `query` on the search screen (`#/search`, the same address for every query). */
export function searchFor(query: string): void {
  publish(query.trim());
  navigate(paths.search());
}

export function forgetSearchQuery(): void {
  publish('');
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** The query of the search screen; '' when there is none. */
export function useSearchQuery(): string {
  return useSyncExternalStore(subscribe, () => current);
}
