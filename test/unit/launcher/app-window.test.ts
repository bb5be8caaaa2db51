import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appWindowArgs,
  browserProfileDir,
  prepareBrowserProfile,
  PROFILE_PREFERENCES,
} from '../../../main/launcher/app-window';
import { appDataDir } from '../../../main/platform/vault-location';

let root: string;
const preferencesOf = async (profile: string) =>
  JSON.parse(await readFile(join(profile, 'Default', 'Preferences'), 'utf8')) as Record<string, unknown>;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-profile-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('browserProfileDir', () => {
  it('is one profile in the app-data folder, whatever vault is open (never beside a chosen vault)', () => {
    const env = { XDG_DATA_HOME: join(root, 'data'), PASSIE_STUDIO_VAULT: join(root, 'usb', 'vault') };
    expect(browserProfileDir(env)).toBe(join(appDataDir(env), 'browser-profile'));
    expect(browserProfileDir(env).startsWith(join(root, 'usb'))).toBe(false);
  });
});

describe('prepareBrowserProfile', () => {
  it('makes a profile only the coach can read, with no history, no saved passwords and no autofill', async () => {
    const profile = join(root, 'browser-profile');
    prepareBrowserProfile(profile);
    if (process.platform !== 'win32') expect((await stat(profile)).mode & 0o777).toBe(0o700);
    const preferences = await preferencesOf(profile);
    expect(preferences).toEqual(PROFILE_PREFERENCES);
    expect(preferences).toMatchObject({
      history: { saving_disabled: true },
      credentials_enable_service: false,
      profile: { password_manager_enabled: false },
      autofill: { profile_enabled: false },
    });
  });

  it('keeps what Chromium wrote in the file, and puts back a setting that was switched on again', async () => {
    const profile = join(root, 'browser-profile');
    await mkdir(join(profile, 'Default'), { recursive: true });
    await writeFile(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({
        credentials_enable_service: true,
        profile: { password_manager_enabled: true, exit_type: 'Normal' },
        browser: { window_placement: { top: 10 } },
      }),
    );
    prepareBrowserProfile(profile);
    expect(await preferencesOf(profile)).toMatchObject({
      ...PROFILE_PREFERENCES,
      credentials_enable_service: false,
      profile: { password_manager_enabled: false, exit_type: 'Normal' },
      browser: { window_placement: { top: 10 }, enable_spellchecking: false },
    });
  });

  it('starts from its own settings when the file is broken', async () => {
    const profile = join(root, 'browser-profile');
    await mkdir(join(profile, 'Default'), { recursive: true });
    await writeFile(join(profile, 'Default', 'Preferences'), '{"half');
    prepareBrowserProfile(profile);
    expect(await preferencesOf(profile)).toEqual(PROFILE_PREFERENCES);
  });
});

describe('appWindowArgs', () => {
  it('opens the address as an app window that is off the record', () => {
    const args = appWindowArgs('http://127.0.0.1:4000/#code=abc');
    expect(args[0]).toBe('--app=http://127.0.0.1:4000/#code=abc');
    expect(args).toContain('--incognito');
    expect(args).toContain('--disable-sync');
    // The profile folder is given apart (and Playwright, which the e2e test drives it with, insists on that).
    expect(args.some((arg) => arg.startsWith('--user-data-dir'))).toBe(false);
  });
});
