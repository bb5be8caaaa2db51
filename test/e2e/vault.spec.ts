import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, type StudioHost } from './studio-fixture';

const PASSPHRASE = 'blauwe koffie op de dijk';
const NEW_PASSPHRASE = 'rode fiets blauwe maan';
const WRONG_PASSPHRASE = 'Dat wachtwoord klopt niet; probeer het opnieuw.';
const AUTO_LOCKED = 'De kluis is vanzelf vergrendeld, omdat u een tijdje niets deed. Uw werk is bewaard.';

const unlockHeading = (page: Page) => page.getByRole('heading', { level: 2, name: 'Uw kluis is vergrendeld' });
const homeHeading = (page: Page) => page.getByRole('heading', { level: 2, name: 'Overzicht' });
const lockButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Vergrendelen/ });
const passphraseField = (page: Page) => page.getByLabel('Wachtwoord', { exact: true });

/** Asks the studio itself, past the screen: is the vault really locked? */
async function vaultState(page: Page, studio: StudioHost): Promise<string> {
  const response = await page.request.post(`${studio.origin}/api/app.status`, {
    headers: { Authorization: `Bearer ${studio.token}` },
    data: {},
  });
  return ((await response.json()) as { value: { vault: string } }).value.vault;
}

/** Creates the vault through the screens and returns the recovery key as shown. */
async function createVault(page: Page, studio: StudioHost): Promise<string> {
  await page.goto(studio.url);
  await page.getByRole('button', { name: 'Nieuwe kluis aanmaken' }).click();
  await passphraseField(page).fill(PASSPHRASE);
  await page.getByLabel('Herhaal het wachtwoord').fill(PASSPHRASE);
  await expect(page.getByText('Zeer sterk — Goed zo, dit wachtwoord is sterk genoeg.')).toBeVisible();
  await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Uw herstelsleutel' })).toBeVisible();
  const recoveryKey = (await page.locator('.recovery-key').textContent()) ?? '';
  expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
  await page.getByRole('checkbox', { name: 'Ik heb de herstelsleutel bewaard' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Later invullen' }).click();
  await expect(homeHeading(page)).toBeVisible();
  return recoveryKey;
}

async function unlock(page: Page, passphrase: string) {
  await passphraseField(page).fill(passphrase);
  await page.keyboard.press('Enter');
}

test.describe('the vault', () => {
  test('is created with a recovery key whose sheet is saved, then opens the dashboard', async ({ studio, page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'Nieuwe kluis aanmaken' }).click();
    const create = page.getByRole('button', { name: 'Kluis aanmaken' });

    await passphraseField(page).fill('wachtwoord12');
    await expect(page.getByText('Zwak — Te makkelijk te raden')).toBeVisible();
    await page.getByLabel('Herhaal het wachtwoord').fill('wachtwoord12');
    await expect(create).toBeDisabled();

    await passphraseField(page).fill(PASSPHRASE);
    await expect(page.getByText('De wachtwoorden zijn niet gelijk.')).toBeVisible();
    await page.getByLabel('Herhaal het wachtwoord').fill(PASSPHRASE);
    await expect(page.getByText('De wachtwoorden zijn gelijk.')).toBeVisible();
    await create.click();

    await expect(page.getByRole('heading', { level: 2, name: 'Uw herstelsleutel' })).toBeVisible();
    await expect(page.getByText(/Met deze sleutel opent u uw kluis als u uw wachtwoord ooit vergeet/)).toBeVisible();
    const recoveryKey = (await page.locator('.recovery-key').textContent()) ?? '';
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    const next = page.getByRole('button', { name: 'Verder' });
    await expect(next).toBeDisabled();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Herstelblad opslaan (PDF)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('passie-studio-herstelblad.pdf');
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(page.getByText('Het herstelblad is opgeslagen als passie-studio-herstelblad.pdf.')).toBeVisible();

    await page.getByRole('checkbox', { name: 'Ik heb de herstelsleutel bewaard' }).check();
    await next.click();

    // Who the coach is: the name is asked for (the PDF signature needs it); a missing one is said, and goes once typed.
    await expect(page.getByRole('heading', { level: 2, name: 'Wie bent u?' })).toBeFocused();
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await expect(page.getByText('Vul dit in.')).toBeVisible();
    await page.getByLabel('Naam').fill('Mieke Jansen');
    await expect(page.getByText('Vul dit in.')).toHaveCount(0);
    await page.getByLabel('Praktijk').fill('Praktijk Jansen');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();

    await expect(homeHeading(page)).toBeVisible();
    // The name is there: the dashboard does not ask for it.
    await expect(page.getByText('Vul uw naam in: die komt in de handtekening van elke PDF die u maakt.')).toHaveCount(
      0,
    );
    await expect(page.getByText(recoveryKey.slice(0, 4), { exact: true })).toHaveCount(0);
    const counts = page.getByRole('region', { name: 'In uw kluis' });
    await expect(counts.locator('[data-count="clients"]')).toHaveText('0');
    await expect(counts.locator('[data-count="active-trajects"]')).toHaveText('0');
    await expect(lockButton(page)).toHaveAttribute('aria-keyshortcuts', 'Control+L');
    expect(await vaultState(page, studio)).toBe('unlocked');
    // Nothing secret in the browser's storages: only the session token and nothing else.
    const stored = (await page.evaluate('JSON.stringify({ ...localStorage, ...sessionStorage })')) as string;
    expect(stored).not.toContain(PASSPHRASE);
    expect(stored).not.toContain(recoveryKey);
    expect(problems).toEqual([]);
  });

  test('locks with the button and with Ctrl+L, refuses a wrong passphrase, unlocks with the right one', async ({
    studio,
    page,
  }) => {
    await createVault(page, studio);

    await lockButton(page).click();
    await expect(unlockHeading(page)).toBeVisible();
    await expect(passphraseField(page)).toBeFocused();
    expect(await vaultState(page, studio)).toBe('locked');

    await unlock(page, 'dit is niet mijn wachtwoord');
    await expect(page.getByRole('alert')).toHaveText(WRONG_PASSPHRASE);
    await expect(passphraseField(page)).toHaveAttribute('aria-invalid', 'true');
    expect(await vaultState(page, studio)).toBe('locked');

    await unlock(page, PASSPHRASE);
    await expect(homeHeading(page)).toBeVisible();
    expect(await vaultState(page, studio)).toBe('unlocked');

    await page.keyboard.press('Control+L');
    await expect(unlockHeading(page)).toBeVisible();
    expect(await vaultState(page, studio)).toBe('locked');
    await unlock(page, PASSPHRASE);
    await expect(homeHeading(page)).toBeVisible();
  });

  test('is recovered with the saved key and a new passphrase, which then unlocks it', async ({ studio, page }) => {
    const recoveryKey = await createVault(page, studio);
    await lockButton(page).click();
    await expect(unlockHeading(page)).toBeVisible();

    await page.getByRole('button', { name: 'Wachtwoord vergeten? Herstellen met herstelsleutel' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Herstellen met herstelsleutel' })).toBeVisible();
    // Typed the way a person reads it off paper: lower case, spaces instead of dashes.
    await page.getByRole('textbox', { name: 'Herstelsleutel' }).fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Herstellen en ontgrendelen' }).click();

    await expect(homeHeading(page)).toBeVisible();
    await expect(page.getByText('Uw nieuwe wachtwoord is ingesteld.', { exact: false })).toBeVisible();

    await lockButton(page).click();
    await expect(unlockHeading(page)).toBeVisible();
    await unlock(page, PASSPHRASE);
    await expect(page.getByRole('alert')).toHaveText(WRONG_PASSPHRASE);
    await unlock(page, NEW_PASSPHRASE);
    await expect(homeHeading(page)).toBeVisible();
  });

  test('refuses a wrong recovery key with the shared sentence', async ({ studio, page }) => {
    await createVault(page, studio);
    await lockButton(page).click();
    await page.getByRole('button', { name: 'Wachtwoord vergeten? Herstellen met herstelsleutel' }).click();
    await page.getByRole('textbox', { name: 'Herstelsleutel' }).fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Herstellen en ontgrendelen' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Die herstelsleutel klopt niet; controleer de tekens op uw herstelblad.',
    );
    expect(await vaultState(page, studio)).toBe('locked');
  });

  test('returns to the unlock screen on its own when the studio has locked the vault', async ({ studio, page }) => {
    await page.clock.install();
    await createVault(page, studio);

    // What the idle timer in the studio does: the vault locks without the screen taking part.
    await page.request.post(`${studio.origin}/api/vault.lock`, {
      headers: { Authorization: `Bearer ${studio.token}` },
      data: {},
    });
    await expect(homeHeading(page)).toBeVisible();
    await page.clock.fastForward(30_000);

    await expect(unlockHeading(page)).toBeVisible();
    await expect(page.getByText(AUTO_LOCKED)).toBeVisible();
    await unlock(page, PASSPHRASE);
    await expect(homeHeading(page)).toBeVisible();
  });
});
