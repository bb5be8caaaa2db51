// "Back-up maken" from the settings and "Terugzetten uit een back-up" from the first screen of another studio, in
// the browser mode (the coach types the folder; a page has no folder dialog). Real host, real vault, real files.
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SHOTS, seriousViolations, screenshotBoth } from './support/checks';
import { expect, openUnlocked, PASSPHRASE, test } from './support/seeded-studio';
import { startServe } from './studio-fixture';

const card = (page: Page) => page.getByRole('region', { name: 'Back-up' });

/** Files and copied files, as the card's report says them. */
function reported(text: string): { files: number; copied: number } {
  const files = /Back-up gemaakt: (\d+) bestand/.exec(text);
  const copied = /(\d+) daarvan (?:is|zijn) gekopieerd/.exec(text);
  if (!files) throw new Error(`no report in: ${text}`);
  const total = Number(files[1]);
  return { files: total, copied: copied ? Number(copied[1]) : /Alle bestanden/.test(text) ? total : 0 };
}

test.describe('backups', () => {
  test.use({
    viewport: { width: 1280, height: 900 },
    seed: {
      run: async (temp) => {
        const seeded = [];
        for (const name of ['Daniëlle de Vries', 'Pieter Post']) {
          const { id } = await temp.call('client.add', { name });
          const trajectId = (await temp.call('traject.add', { clientId: id, title: 'Loopbaan 2026' })).id;
          seeded.push({ name, trajectId, roundIds: [] });
        }
        return seeded;
      },
    },
  });

  test('made twice from the settings (the second copies only what changed), restored in a new studio', async ({
    seededStudio,
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const root = await mkdtemp(join(tmpdir(), 'passie-e2e-backup-'));
    const stick = join(root, 'usb', 'PASSIE back-up');
    await mkdir(stick, { recursive: true });
    try {
      await openUnlocked(page, seededStudio, '#/settings');
      const backup = card(page);
      await backup.scrollIntoViewIfNeeded();
      await expect(backup.getByText('Er is nog geen back-up gemaakt.')).toBeVisible();

      // A folder that is not there: one sentence, and nothing is made.
      await backup.getByLabel('Map voor de back-up').fill(join(root, 'stick-not-plugged-in'));
      await backup.getByRole('button', { name: 'Back-up maken' }).click();
      await expect(backup.getByRole('alert')).toHaveText(/^De map stick-not-plugged-in is niet gevonden; /);
      expect(await readdir(root)).toEqual(['usb']);

      await backup.getByLabel('Map voor de back-up').fill(stick);
      await backup.getByRole('button', { name: 'Back-up maken' }).click();
      const status = backup.getByRole('status');
      await expect(status).toHaveText(/^Back-up gemaakt: \d+ bestanden \(\d+ kB\)\. Alle bestanden zijn gekopieerd/);
      const first = reported(await status.innerText());
      await expect(backup.getByText(/^Laatste back-up: .+, in de map ‘PASSIE back-up’\.$/)).toBeVisible();
      expect(await readdir(stick)).toEqual(expect.arrayContaining(['backup-manifest.json', 'packs']));
      expect(await seriousViolations(page)).toEqual([]);
      // The card alone: the settings page is long, and this is what there is to look at.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.waitForTimeout(200); // colours settle before the picture
        await backup.screenshot({ path: join(SHOTS, `backup-card-${colorScheme}.png`) });
      }
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });

      // Something changes; the next backup goes to the remembered folder and copies only that.
      await seededStudio.call(page, 'client.add', { name: 'Nieuwe Cliënt' });
      await expect(backup.getByText(/Leeg laten: weer in ‘PASSIE back-up’/)).toBeVisible();
      await backup.getByRole('button', { name: 'Back-up maken' }).click();
      await expect(status).toHaveText(/daarvan (is|zijn) gekopieerd, omdat/);
      const second = reported(await status.innerText());
      expect(second.files).toBe(first.files);
      expect(second.copied).toBeGreaterThan(0);
      expect(second.copied).toBeLessThan(first.copied);

      // A new computer: a studio with no vault yet restores the backup from its first screen.
      const emptyVault = join(root, 'second-computer', 'vault');
      const { child, url } = await startServe(emptyVault);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
      try {
        const fresh = await context.newPage();
        await fresh.goto(url);
        await expect(fresh.getByRole('heading', { level: 2, name: 'Welkom' })).toBeVisible();
        expect(await seriousViolations(fresh)).toEqual([]);
        await screenshotBoth(fresh, 'backup-welcome');
        await fresh.getByRole('button', { name: 'Terugzetten uit een back-up' }).click();
        await expect(fresh.getByRole('heading', { level: 2, name: 'Terugzetten uit een back-up' })).toBeFocused();
        await fresh.getByLabel('Map met de back-up').fill(root);
        // The passphrase of the backed-up vault: its key checks the backup's seal and opens every file.
        await fresh.getByLabel('Wachtwoord of herstelsleutel').fill(PASSPHRASE);
        await fresh.getByRole('button', { name: 'Back-up terugzetten' }).click();
        await expect(fresh.getByRole('alert')).toHaveText(/^In deze map staat geen back-up van PASSIE Studio/);
        expect(await seriousViolations(fresh)).toEqual([]);
        await screenshotBoth(fresh, 'backup-restore-form');

        await fresh.getByLabel('Map met de back-up').fill(stick);
        await fresh.getByRole('button', { name: 'Back-up terugzetten' }).click();
        await expect(fresh.getByRole('heading', { level: 2, name: 'Uw kluis is vergrendeld' })).toBeVisible();
        await expect(fresh.getByRole('status')).toHaveText(
          /^De back-up van .+ is teruggezet; elk bestand is gecontroleerd\./,
        );
        expect(await seriousViolations(fresh)).toEqual([]);
        await screenshotBoth(fresh, 'backup-restored-unlock');

        await fresh.getByLabel('Wachtwoord').fill(PASSPHRASE);
        await fresh.keyboard.press('Enter');
        await expect(fresh.getByRole('heading', { level: 2, name: 'Overzicht' })).toBeVisible();
        for (const name of ['Daniëlle de Vries', 'Pieter Post', 'Nieuwe Cliënt']) {
          await expect(fresh.getByText(name).first()).toBeVisible();
        }
      } finally {
        await context.close();
        const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
        child.kill('SIGINT');
        await exited;
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
