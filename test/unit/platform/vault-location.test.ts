import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir, resolveVaultDir } from '../../../main/platform/vault-location';

describe('resolveVaultDir', () => {
  it('prefers the flag, then PASSIE_STUDIO_VAULT, then the app-data folder', () => {
    const env = { PASSIE_STUDIO_VAULT: '/env/vault' };
    expect(resolveVaultDir('flag/vault', env, 'linux', '/home/c')).toBe(resolve('flag/vault'));
    expect(resolveVaultDir(undefined, env, 'linux', '/home/c')).toBe('/env/vault');
    expect(resolveVaultDir(undefined, {}, 'linux', '/home/c')).toBe('/home/c/.local/share/passie-studio/vault');
  });

  it('follows each OS convention for app data', () => {
    expect(appDataDir({ XDG_DATA_HOME: '/xdg' }, 'linux', '/home/c')).toBe('/xdg/passie-studio');
    expect(appDataDir({}, 'darwin', '/Users/c')).toBe('/Users/c/Library/Application Support/PASSIE Studio');
    expect(appDataDir({ APPDATA: 'C:\\Users\\c\\AppData\\Roaming' }, 'win32', 'C:\\Users\\c')).toBe(
      join('C:\\Users\\c\\AppData\\Roaming', 'PASSIE Studio'),
    );
  });
});
