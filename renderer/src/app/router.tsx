import { useMemo, useSyncExternalStore, type AnchorHTMLAttributes } from 'react';

/**
 * A tiny hash router. The studio is served from app://studio/ and http://127.0.0.1/, where any other path is a 404,
 * so every screen lives in the fragment: `#/trajects/tr_…`. Real links, so the browser's own back and forward,
 * middle-click and screen-reader link lists all work without any code here.
 */
export type Route =
  | { name: 'dashboard' }
  | { name: 'client'; clientId: string }
  | { name: 'traject'; trajectId: string }
  | { name: 'round'; trajectId: string; roundId: string }
  | { name: 'settings' }
  | { name: 'archive' }
  | { name: 'archived'; trajectId: string }
  | { name: 'archivedRound'; trajectId: string; roundId: string }
  | { name: 'search' }
  | { name: 'notFound' };

/** The paths of the route table, so no screen spells one by hand. */
export const paths = {
  dashboard: () => '/',
  client: (clientId: string) => `/clients/${encodeURIComponent(clientId)}`,
  traject: (trajectId: string) => `/trajects/${encodeURIComponent(trajectId)}`,
  round: (trajectId: string, roundId: string) =>
    `/trajects/${encodeURIComponent(trajectId)}/rounds/${encodeURIComponent(roundId)}`,
  settings: () => '/settings',
  archive: () => '/archive',
  /** An archived traject, opened read-only: its timeline, and each round's split view below. */
  archived: (trajectId: string) => `/archive/${encodeURIComponent(trajectId)}`,
  archivedRound: (trajectId: string, roundId: string) =>
    `/archive/${encodeURIComponent(trajectId)}/rounds/${encodeURIComponent(roundId)}`,
  /** One address for every search: the query is a client's words, kept out of addresses (see search-query.ts). */
  search: () => '/search',
};

function decoded(segment: string): string | undefined {
  try {
    const value = decodeURIComponent(segment);
    return value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}

/** The route of a location hash. Anything that is not `#/…` (an empty hash, the host's `#code=…`) is the dashboard. */
export function parseRoute(hash: string): Route {
  if (!hash.startsWith('#/')) return { name: 'dashboard' };
  const [pathPart = ''] = hash.slice(1).split('?', 1);
  const segments = pathPart.split('/').filter((segment) => segment !== '');
  const ids = segments.slice(1).map(decoded);
  if (ids.some((id) => id === undefined)) return { name: 'notFound' };
  const [first, second, third, fourth] = [segments[0], ids[0], segments[2], ids[2]];

  if (segments.length === 0) return { name: 'dashboard' };
  if (first === 'settings' && segments.length === 1) return { name: 'settings' };
  if (first === 'archive') {
    if (segments.length === 1) return { name: 'archive' };
    if (segments.length === 2 && second) return { name: 'archived', trajectId: second };
    if (segments.length === 4 && second && third === 'rounds' && fourth)
      return { name: 'archivedRound', trajectId: second, roundId: fourth };
  }
  if (first === 'search' && segments.length === 1) return { name: 'search' };
  if (first === 'clients' && segments.length === 2 && second) return { name: 'client', clientId: second };
  if (first === 'trajects' && second) {
    if (segments.length === 2) return { name: 'traject', trajectId: second };
    if (segments.length === 4 && third === 'rounds' && fourth)
      return { name: 'round', trajectId: second, roundId: fourth };
  }
  return { name: 'notFound' };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The current route; re-renders on every hash change (links, back and forward, `navigate`). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  // The same object while the hash stays, so screens can depend on the route in their effects.
  return useMemo(() => parseRoute(hash), [hash]);
}

/** Goes to `path` ("/clients/cl_…") as a new history entry, as a click on a link would. */
export function navigate(path: string): void {
  window.location.hash = path;
}

export function hrefOf(path: string): string {
  return `#${path}`;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** A real `<a href="#/…">`: the browser follows it and fires `hashchange`, which `useRoute` hears. */
export function Link({ to, ...rest }: LinkProps) {
  return <a href={hrefOf(to)} {...rest} />;
}
