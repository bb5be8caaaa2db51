import { expect, test } from './studio-fixture';

const PASSPHRASE = 'blauwe koffie op de dijk';
const recoveryHeading = 'Uw herstelsleutel';

test.describe('the recovery key of a new vault', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('opens at its top, survives a reload until the coach confirms it, and is gone after', async ({
    studio,
    page,
  }) => {
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'Nieuwe kluis aanmaken' }).click();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Herhaal het wachtwoord').fill(PASSPHRASE);
    // The coach scrolled down to the button, as on a small screen.
    await page.getByRole('button', { name: 'Kluis aanmaken' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
    const heading = page.getByRole('heading', { level: 2, name: recoveryHeading });
    await expect(heading).toBeFocused();
    expect(await page.evaluate('window.scrollY')).toBe(0);
    const recoveryKey = await page.locator('.recovery-key').textContent();
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);

    // A reload (or a second tab) before confirming: the same key is back, not the studio behind it.
    await page.reload();
    await expect(heading).toBeVisible();
    await expect(page.locator('.recovery-key')).toHaveText(recoveryKey!);
    await expect(page.getByRole('button', { name: /^Vergrendelen/ })).toHaveCount(0);

    await page.getByRole('checkbox', { name: 'Ik heb de herstelsleutel bewaard' }).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(heading).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('button', { name: /^Vergrendelen/ })).toBeVisible();
    await expect(heading).toHaveCount(0);
    await expect(page.getByText(recoveryKey!.slice(0, 4), { exact: true })).toHaveCount(0);
  });
});
