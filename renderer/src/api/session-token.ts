/** sessionStorage, not localStorage or a cookie: the token dies with the window and never rides along. */
export const SESSION_TOKEN_KEY = 'passie.session-token';

export interface TokenSources {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
}

/**
 * Takes the browser host's per-launch token from `#token=…`, keeps it for reloads and removes it from the
 * address bar, so it is not bookmarked, shown on screen or copied along with the address.
 */
export function takeSessionToken(sources: TokenSources): string | undefined {
  const { location, history, storage } = sources;
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromAddress = fragment.get('token');
  if (fromAddress) {
    fragment.delete('token');
    const rest = fragment.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
    safely(() => storage?.setItem(SESSION_TOKEN_KEY, fromAddress));
    return fromAddress;
  }
  return safely(() => storage?.getItem(SESSION_TOKEN_KEY)) ?? undefined;
}

/** Storage can be switched off by the browser; the studio then still works until the next reload. */
function safely<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}
