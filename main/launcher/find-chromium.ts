import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM_ENV = 'PASSIE_CHROMIUM';

/** Usual install places of Chromium and Chrome per OS, after PASSIE_CHROMIUM and Debian's /usr/bin/chromium. */
function candidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean) as string[];
    return roots.flatMap((root) => [
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
}

/**
 * Finds a Chromium or Chrome executable: PASSIE_CHROMIUM first, then the usual install places, then (when the
 * caller passes it, as the end-to-end tests do) Playwright's own browser.
 */
export function findChromium(
  options: { env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform; fallback?: () => string | undefined } = {},
): string | undefined {
  const env = options.env ?? process.env;
  const fromEnv = env[CHROMIUM_ENV];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const found = candidates(env, options.platform ?? process.platform).find((path) => existsSync(path));
  if (found) return found;
  const fallback = options.fallback?.();
  return fallback && existsSync(fallback) ? fallback : undefined;
}
