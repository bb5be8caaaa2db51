import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutSecrets } from '../platform/child-env';
import { appDataDir } from '../platform/vault-location';
import { findChromium } from './find-chromium';

/**
 * The Chromium profile of the browser mode: one per user, in the studio's app-data folder, whichever vault is
 * open. Not beside the vault: a vault chosen with `--vault` may sit on a USB stick or in a synced folder, and the
 * studio writes nothing there but the vault itself.
 */
export function browserProfileDir(env: NodeJS.ProcessEnv): string {
  return join(appDataDir(env), 'browser-profile');
}

/**
 * Settings the profile keeps in its Preferences file, rewritten at every launch (Chromium keeps the rest of the
 * file its own): no history even if the window were not incognito, no offer to save the vault passphrase or to
 * remember what was typed in a field, no dictionary download for the spell checker, no search suggestions or
 * translation offers (the studio talks to no one).
 */
export const PROFILE_PREFERENCES = {
  history: { saving_disabled: true },
  credentials_enable_service: false,
  credentials_enable_autosignin: false,
  profile: { password_manager_enabled: false },
  autofill: { profile_enabled: false, credit_card_enabled: false },
  browser: { enable_spellchecking: false },
  search: { suggest_enabled: false },
  translate: { enabled: false },
} as const;

/** Makes the profile folder, readable by the coach alone, and writes its settings. */
export function prepareBrowserProfile(profileDir: string): void {
  const defaultDir = join(profileDir, 'Default');
  mkdirSync(defaultDir, { recursive: true, mode: 0o700 });
  const file = join(defaultDir, 'Preferences');
  const merged = mergedInto(readJsonObject(file), PROFILE_PREFERENCES);
  writeFileSync(`${file}.passie-tmp`, JSON.stringify(merged), { mode: 0o600 });
  renameSync(`${file}.passie-tmp`, file);
}

/**
 * The flags the app window is started with, the profile folder (`--user-data-dir`) aside. `--incognito` keeps the
 * window off the record: no History, Sessions, Favicons or Session Storage on disk. The launch code in `--app`
 * can be read by any local user (`ps`), which is why it works only once (main/host/session-gate.ts).
 */
export function appWindowArgs(url: string): string[] {
  return [
    `--app=${url}`,
    '--incognito',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Chromium refuses to start as root without this; a root session is a container or CI, not a coach's laptop.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}

/** Opens the studio in Chromium's app mode with a profile of its own, so it is a window of its own. */
export function openAppWindow(url: string, env: NodeJS.ProcessEnv): ChildProcess | undefined {
  const chromium = findChromium({ env });
  if (!chromium) return undefined;
  const profileDir = browserProfileDir(env);
  prepareBrowserProfile(profileDir);
  const child = spawn(chromium, [`--user-data-dir=${profileDir}`, ...appWindowArgs(url)], {
    stdio: 'ignore',
    detached: false,
    env: withoutSecrets(env),
  });
  child.on('error', () => undefined);
  return child;
}

type Json = { [key: string]: unknown };

function readJsonObject(file: string): Json {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isObject(parsed) ? parsed : {};
  } catch {
    return {}; // a first launch, or a file Chromium left broken: it starts from our settings
  }
}

function mergedInto(base: Json, settings: Json): Json {
  const result: Json = { ...base };
  for (const [key, value] of Object.entries(settings)) {
    const current = result[key];
    result[key] = isObject(value) && isObject(current) ? mergedInto(current, value) : value;
  }
  return result;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
