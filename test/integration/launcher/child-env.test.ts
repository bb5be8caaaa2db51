import { once } from 'node:events';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAppWindow } from '../../../main/launcher/app-window';
import { launchElectron } from '../../../main/launcher/start';

/** The secrets README's command-line section lists, each set as a coach's shell would have them. */
const SECRETS = {
  PASSIE_PASSPHRASE: 'de passphrase van de coach',
  PASSIE_NEW_PASSPHRASE: 'een nieuwe passphrase',
  PASSIE_RECOVERY_KEY: 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567',
  PASSIE_P12_PASSWORD: 'p12-wachtwoord',
};

let root: string;

/** A stand-in for Chromium or Electron: writes the environment it was given next to itself, then exits. */
async function fakeExecutable(): Promise<{ path: string; env: () => Promise<Record<string, string>> }> {
  const path = join(root, 'fake-browser');
  await writeFile(path, `#!/bin/sh\nenv -0 > "${path}.env"\n`);
  await chmod(path, 0o755);
  return {
    path,
    env: async () =>
      Object.fromEntries(
        (await readFile(`${path}.env`, 'utf8'))
          .split('\0')
          .filter((line) => line.includes('='))
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      ),
  };
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-child-env-'));
  for (const [name, value] of Object.entries(SECRETS)) vi.stubEnv(name, value);
  vi.stubEnv('XDG_DATA_HOME', join(root, 'data'));
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('child processes of the launcher', () => {
  it('start Chromium without the secrets of the environment', async () => {
    const fake = await fakeExecutable();
    vi.stubEnv('PASSIE_CHROMIUM', fake.path);
    const child = openAppWindow('http://127.0.0.1:1/', process.env);
    expect(child).toBeDefined();
    await once(child!, 'exit');
    const seen = await fake.env();
    expect(seen.PASSIE_CHROMIUM).toBe(fake.path);
    for (const name of Object.keys(SECRETS)) expect(seen, name).not.toHaveProperty(name);
  });

  it('start Electron without them, on the vault it was given', async () => {
    const fake = await fakeExecutable();
    const child = launchElectron(fake.path, join(root, 'vault'), process.env);
    await once(child, 'exit');
    const seen = await fake.env();
    expect(seen.PASSIE_STUDIO_VAULT).toBe(join(root, 'vault'));
    expect(seen.XDG_DATA_HOME).toBe(join(root, 'data'));
    for (const name of Object.keys(SECRETS)) expect(seen, name).not.toHaveProperty(name);
  });
});
