import {
  LAUNCH_CODE_PARAM,
  SESSION_PATH,
  SESSION_TOKEN_KEY,
  sessionResponseSchema,
  type SessionResponse,
} from '../../../shared/api/browser-session';
import { apiResultSchema } from '../../../shared/api/errors';

export interface TokenSources {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  fetch?: typeof fetch;
}

/**
 * The browser host's session token. On the first load the address carries a one-time launch code (`#code=…`):
 * it is taken out of the address at once (not bookmarked, shown or copied along) and traded with the host, once,
 * for the token, which is kept in sessionStorage for reloads. Undefined when there is neither: every call then
 * answers `unauthorised`, which the first screen shows as "restart the studio".
 */
export async function openSession(sources: TokenSources): Promise<string | undefined> {
  const { storage } = sources;
  const code = takeLaunchCode(sources);
  const token = code === undefined ? undefined : await tradeLaunchCode(code, sources.fetch);
  if (token) {
    safely(() => storage?.setItem(SESSION_TOKEN_KEY, token));
    return token;
  }
  return safely(() => storage?.getItem(SESSION_TOKEN_KEY)) ?? undefined;
}

function takeLaunchCode({ location, history }: TokenSources): string | undefined {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const code = fragment.get(LAUNCH_CODE_PARAM);
  if (code === null) return undefined;
  fragment.delete(LAUNCH_CODE_PARAM);
  const rest = fragment.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  return code;
}

const sessionResultSchema = apiResultSchema(sessionResponseSchema);

async function tradeLaunchCode(code: string, send: typeof fetch = globalThis.fetch): Promise<string | undefined> {
  try {
    const response = await send(SESSION_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ code }),
      credentials: 'omit',
      cache: 'no-store',
    });
    const parsed = sessionResultSchema.safeParse(await response.json());
    return parsed.success && parsed.data.ok ? (parsed.data.value as SessionResponse).token : undefined;
  } catch {
    return undefined;
  }
}

/** Storage can be switched off by the browser; the studio then still works until the next reload. */
function safely<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}
