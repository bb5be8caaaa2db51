/**
 * Where the renderer lives inside Electron: a privileged custom scheme rather than file://, so the page has a
 * real origin of its own (CSP 'self', fetch, storage scoped to it) and file:// keeps none of its extra powers.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'studio';
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for URLs of the studio's own pages; anything unparsable, another host, user info or a port is not. */
export function isStudioUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.pathname.startsWith('/')
  );
}
