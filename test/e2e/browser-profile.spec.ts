// The browser mode's Chromium profile lives on the coach's disk, outside the vault: nothing a client wrote may
// end up there. This drives Chromium exactly as the launcher starts it (the launcher's own flags and profile
// set-up), works in the studio, closes the browser and reads every byte the profile left behind.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { appWindowArgs, prepareBrowserProfile, PROFILE_PREFERENCES } from '../../main/launcher/app-window';
import { loadFixtureClients } from '../support/fixture-clients';
import { fixtureClients, readExpected } from '../support/fixtures';
import { TEST_PASSPHRASE, TempStudio } from '../support/temp-studio';
import { e2eChromium } from './chromium';
import { startServe } from './studio-fixture';

const CLIENT_FILE = 'clients/danielle-van-dijk-ramdin.json';

/** Every file below `dir`, however deep (LevelDB logs, SQLite databases and journals, JSON, caches). */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Each text as the bytes it could be stored as: UTF-8, UTF-16LE (Blink's strings), and percent-encoded in a URL. */
function encodings(text: string): { label: string; bytes: Buffer }[] {
  const forms = new Set([text, text.toLowerCase(), encodeURIComponent(text)]);
  return [...forms].flatMap((form) => [
    { label: `${form} (UTF-8)`, bytes: Buffer.from(form, 'utf8') },
    { label: `${form} (UTF-16LE)`, bytes: Buffer.from(form, 'utf16le') },
  ]);
}

test('a search, a round and an unlock leave no client text, passphrase or token in the browser profile', async () => {
  test.setTimeout(90_000);
  const executablePath = e2eChromium();
  test.skip(!executablePath, 'no Chromium');

  const temp = await TempStudio.open();
  const profileDir = join(await mkdtemp(join(tmpdir(), 'passie-e2e-profile-')), 'browser-profile');
  try {
    await loadFixtureClients(temp);
    // A Dutch coach, as the browser's locale: the screens follow the stored language once the vault is open.
    await temp.call('settings.update', { language: 'nl' });
    await temp.studio.close();
    const { child, url } = await startServe(temp.vaultDir);
    const client = fixtureClients().find((entry) => entry.file === CLIENT_FILE)!.client;
    const canaries = readExpected().find((file) => file.file === CLIENT_FILE)!.canaries!;
    const searched = canaries[2]!; // "tafelkleed met citroentjes"

    let sessionToken = '';
    prepareBrowserProfile(profileDir);
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      args: appWindowArgs(url),
      // Playwright opens about:blank in a persistent context; the launcher opens only the app window.
      ignoreDefaultArgs: ['about:blank'],
      locale: 'nl-NL',
    });
    try {
      const page = context.pages()[0] ?? (await context.waitForEvent('page'));
      const passphrase = page.getByLabel('Wachtwoord', { exact: true });
      await passphrase.fill(TEST_PASSPHRASE);
      await page.keyboard.press('Enter');
      const lock = page.getByRole('banner').getByRole('button', { name: /^Vergrendelen/ });
      await expect(lock).toBeVisible();
      sessionToken = (await page.evaluate(`sessionStorage.getItem('passie.session-token')`)) as string;
      expect(sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

      await page.keyboard.press('Control+K');
      await page.getByRole('searchbox', { name: 'Zoeken in alle dossiers' }).fill(searched);
      await page.keyboard.press('Enter');
      const hit = page.locator('.search-hit').filter({ hasText: 'tafelkleed' }).first();
      await hit.getByRole('link').click();
      await expect(page.getByText(client.name).first()).toBeVisible();
      await expect(page.getByText(searched, { exact: false }).first()).toBeVisible();

      await lock.click();
      await passphrase.fill(TEST_PASSPHRASE);
      await page.keyboard.press('Enter');
      await expect(lock).toBeVisible();
    } finally {
      await context.close();
      const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
      child.kill('SIGINT');
      await exited;
    }

    // The session token too: a window that is not incognito keeps sessionStorage on disk.
    const texts = new Set([...canaries, client.name, 'Dijk-Ramdin', TEST_PASSPHRASE, sessionToken]);
    const needles = [...texts].flatMap(encodings);
    const files = await filesBelow(profileDir);
    expect(files.length).toBeGreaterThan(10); // Chromium did write its profile here
    const found: string[] = [];
    for (const file of files) {
      const bytes = await readFile(file);
      for (const needle of needles) {
        if (bytes.includes(needle.bytes)) found.push(`${file.slice(profileDir.length + 1)}: ${needle.label}`);
      }
    }
    expect(found).toEqual([]);
    // Chromium kept the settings the launcher wrote: no history, no offer to save the passphrase, no autofill.
    const preferences: unknown = JSON.parse(await readFile(join(profileDir, 'Default', 'Preferences'), 'utf8'));
    expect(preferences).toMatchObject(PROFILE_PREFERENCES);
  } finally {
    await rm(temp.root, { recursive: true, force: true });
    await rm(join(profileDir, '..'), { recursive: true, force: true });
  }
});
