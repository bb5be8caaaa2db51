import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const VAULT_ENV = 'PASSIE_STUDIO_VAULT';

/**
 * The vault folder: `--vault DIR`, else PASSIE_STUDIO_VAULT, else the OS app-data folder. Computed here rather
 * than with Electron's app.getPath so that the desktop app, the browser host and the CLI agree on one folder.
 */
export function resolveVaultDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (flag) return resolve(flag);
  const fromEnv = env[VAULT_ENV];
  if (fromEnv) return resolve(fromEnv);
  return join(appDataDir(env, platform, home), 'vault');
}

/** The per-user application folder of PASSIE Studio (vault, browser profile for the browser host). */
export function appDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'PASSIE Studio');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'PASSIE Studio');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'passie-studio');
}
