import { useSyncExternalStore } from 'react';
import { navigate, parseRoute, paths } from './router';

/**
 * The words the coach searched for, held in memory only: never in the address, nor in `history.state`. Chromium
 * keeps both in its profile (History, Sessions, Favicons), on disk outside the vault, and a search is a client's
 * name or words. A reload forgets the query, as does locking the vault; the search screen then asks for one.
 */
export interface SearchQuery {
  query: string;
  /**
   * Which Enter asked for this query (each a new number, so each moves the focus to the results); 0 when it was
   * typed, the focus staying in the field.
   */
  enter: number;
}

let current: SearchQuery = { query: '', enter: 0 };
let enters = 0;
const listeners = new Set<() => void>();

function publish(next: SearchQuery): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Shows the results for `query` on the search screen (`#/search`, the same address for every query), focus on them. */
export function searchFor(query: string): void {
  enters += 1;
  publish({ query: query.trim(), enter: enters });
  navigate(paths.search());
}

/**
 * The results for what the coach is typing, the focus left in the field: the search screen opens for the first
 * words, and emptying the field there empties the results (elsewhere an empty field asks for nothing).
 */
export function searchAsTyped(typed: string): void {
  const query = typed.trim();
  const onSearchScreen = parseRoute(window.location.hash).name === 'search';
  if (query === '' && !onSearchScreen) return;
  if (query !== current.query) publish({ query, enter: 0 });
  if (!onSearchScreen) navigate(paths.search());
}

export function forgetSearchQuery(): void {
  publish({ query: '', enter: 0 });
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** The query of the search screen ('' when there is none), and the Enter that asked for it. */
export function useSearchQuery(): SearchQuery {
  return useSyncExternalStore(subscribe, () => current);
}
