// The vault's keys and its own health, through the screens of the browser mode: renewing the vault's key from the
// settings (the new recovery key shown once, then proven by recovering with it), and the banner about a damaged file.
// Real host, real vault, real files.
import { copyFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SHOTS, seriousViolations } from './support/checks';
import { expect, goTo, openUnlocked, PASSPHRASE, test } from './support/seeded-studio';

const security = (page: Page) => page.getByRole('region', { name: 'Beveiliging' });
const NEW_PASSPHRASE = 'zeven zwanen zwemmen zuidwaarts';

test.describe('the vault’s keys and health', () => {
  test.use({
    viewport: { width: 1280, height: 900 },
    seed: {
      run: async (temp) => {
        const { id } = await temp.call('client.add', { name: 'Daniëlle de Vries' });
        const trajectId = (await temp.call('traject.add', { clientId: id, title: 'Loopbaan 2026' })).id;
        return [{ name: 'Daniëlle de Vries', trajectId, roundIds: [] }];
      },
    },
  });

  test('renews the vault’s key from the settings and shows the new recovery key once, which then recovers the vault', async ({
    seededStudio,
    page,
  }) => {
    test.setTimeout(90_000);
    const before = JSON.parse(await readFile(join(seededStudio.vaultDir, 'vault.json'), 'utf8')) as {
      keyEpoch: number;
    };
    await openUnlocked(page, seededStudio, '#/settings');
    const card = security(page);
    await card.getByRole('button', { name: 'Sleutel van de kluis vernieuwen' }).click();
    const form = card.getByRole('form', { name: 'Sleutel van de kluis vernieuwen' });
    await expect(form.getByText(/opnieuw versleuteld met een nieuwe sleutel/)).toBeVisible();
    await expect(form.getByLabel('Uw wachtwoord')).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByLabel('Uw wachtwoord').fill('niet het goede wachtwoord');
    await form.getByRole('button', { name: 'Sleutel vernieuwen' }).click();
    await expect(form.getByRole('alert')).toHaveText('Dat wachtwoord klopt niet; probeer het opnieuw.');

    await form.getByLabel('Uw wachtwoord').fill(PASSPHRASE);
    await form.getByRole('button', { name: 'Sleutel vernieuwen' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Uw nieuwe herstelsleutel' })).toBeFocused();
    const recoveryKey = (await page.locator('.recovery-key').textContent()) ?? '';
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Instellingen' })).toBeHidden();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/renewed-recovery-key.png`, fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Herstelblad opslaan (PDF)' }).click();
    const sheet = await download;
    expect(sheet.suggestedFilename()).toBe('passie-studio-herstelblad.pdf');
    expect((await readFile((await sheet.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await page.getByRole('checkbox', { name: 'Ik heb de herstelsleutel bewaard' }).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(card.getByRole('status')).toHaveText(/^De sleutel van de kluis is vernieuwd/);
    await expect(card.getByRole('button', { name: 'Sleutel van de kluis vernieuwen' })).toBeFocused();
    await expect(page.locator('.recovery-key')).toHaveCount(0);

    // vault.json holds the next key epoch, with no rotation left half done.
    const after = JSON.parse(await readFile(join(seededStudio.vaultDir, 'vault.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(after.keyEpoch).toBe(before.keyEpoch + 1);
    expect(after.rotation).toBeUndefined();
    expect(after.recoveryKeyNeeded).toBeUndefined();

    // The key the screen showed is the vault's: it recovers the vault with a new passphrase.
    await page.getByRole('button', { name: /^Vergrendelen/ }).click();
    await page.getByRole('button', { name: 'Wachtwoord vergeten? Herstellen met herstelsleutel' }).click();
    await page.getByRole('textbox', { name: 'Herstelsleutel' }).fill(recoveryKey);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Herstellen en ontgrendelen' }).click();
    // Back where the coach was, and every file re-sealed under the new key opens.
    await expect(page.getByRole('heading', { level: 2, name: 'Instellingen' })).toBeVisible();
    await goTo(page, '#/');
    await expect(page.getByRole('heading', { level: 2, name: 'Overzicht' })).toBeVisible();
    await expect(page.getByText('Daniëlle de Vries').first()).toBeVisible();
  });

  test('names a missing dossier by its traject, and checks again once it is put back', async ({
    seededStudio,
    page,
  }) => {
    const dossier = join(seededStudio.vaultDir, 'trajects', seededStudio.seeded[0]!.trajectId, 'dossier.psv');
    const saved = join(seededStudio.vaultDir, '..', 'dossier-copy.psv');
    await openUnlocked(page, seededStudio, '#/');
    await page.getByRole('button', { name: /^Vergrendelen/ }).click();
    // While the vault is locked the file goes; the next unlock checks every file against the vault's ledger.
    await copyFile(dossier, saved);
    await rm(dossier);
    await openUnlocked(page, seededStudio, '#/');

    const banner = page.getByRole('alert', { name: 'Eén bestand in uw kluis is niet in orde' });
    await expect(banner.getByRole('listitem')).toHaveText(/^Het dossier van ‘Loopbaan 2026’ ontbreekt\./);
    await expect(banner.getByText(/^Zet dit bestand terug uit uw nieuwste back-up/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/vault-health-banner-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    await copyFile(saved, dossier);
    await banner.getByRole('button', { name: 'Opnieuw controleren' }).click();
    await expect(page.getByText('Opnieuw gecontroleerd: alle bestanden in uw kluis zijn in orde.')).toBeVisible();
    await expect(banner).toHaveCount(0);
  });
});
