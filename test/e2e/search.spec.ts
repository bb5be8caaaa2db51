import { readExpected } from '../support/fixtures';
import { screenshotBoth, seriousViolations } from './support/checks';
import type { Page } from '@playwright/test';
import { expect, openUnlocked, test } from './support/seeded-studio';

/** Types `words` in the header's search field and presses Enter, as the coach does. */
async function searchFor(page: Page, words: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Zoeken in alle dossiers' }).fill(words);
  await page.keyboard.press('Enter');
}

test.describe('search', () => {
  test('finds a canary phrase from the header, marks the words, and opens the round', async ({
    seededStudio,
    page,
  }) => {
    await page.setViewportSize({ width: 1360, height: 900 });
    const danielle = readExpected().find((file) => file.file === 'clients/danielle-van-dijk-ramdin.json')!;
    const canary = danielle.canaries![2]!; // "tafelkleed met citroentjes"
    await openUnlocked(page, seededStudio, '#/');

    await page.keyboard.press('Control+K');
    const field = page.getByRole('searchbox', { name: 'Zoeken in alle dossiers' });
    await expect(field).toBeFocused();
    await field.fill(canary);
    await page.keyboard.press('Enter');

    // The words stay out of the address (Chromium keeps addresses in its profile, outside the vault).
    await expect(page).toHaveURL(/#\/search$/);
    await expect(page.getByRole('heading', { level: 2, name: `Zoekresultaten voor “${canary}”` })).toBeFocused();
    const group = page.locator('.search-group').filter({ hasText: 'Daniëlle van Dijk-Ramdin' });
    await expect(group.getByRole('heading', { level: 3 })).toHaveText('Daniëlle van Dijk-Ramdin');
    const hit = group.locator('.search-hit').filter({ hasText: 'tafelkleed' }).first();
    await expect(hit.locator('.search-hit__kind')).toHaveText(/^Ronde \d+ · Antwoord$/);
    const marked = await hit.locator('mark').allTextContents();
    for (const word of canary.split(' ')) expect(marked.map((text) => text.toLowerCase())).toContain(word);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, 'search');

    await hit.getByRole('link').click();
    const trajectId = seededStudio.seeded.find((client) => client.name === 'Daniëlle van Dijk-Ramdin')!.trajectId;
    await expect(page).toHaveURL(new RegExp(`#/trajects/${trajectId}/rounds/rd_[0-9a-z]{20}$`));
  });

  test('answers as the coach types, the focus staying in the field', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, '#/');
    const field = page.getByRole('searchbox', { name: 'Zoeken in alle dossiers' });
    await field.pressSequentially('daniel', { delay: 40 });
    await expect(page).toHaveURL(/#\/search$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Zoekresultaten voor “daniel”' })).toBeVisible();
    await expect(page.locator('.search-hit--client mark').first()).toHaveText('Daniëlle');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('daniel');
  });

  test('finds names, accents or not, and says so when nothing matches', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, '#/');
    await searchFor(page, 'daniel');
    const client = page.locator('.search-hit--client');
    // The name as written (with its diaeresis), and the e-mail address.
    await expect(client.locator('mark')).toHaveText(['Daniëlle', 'danielle']);
    await expect(client.getByRole('link')).toHaveAttribute('href', /^#\/clients\/cl_/);

    await searchFor(page, 'eenhoornvanglas');
    await expect(page.getByText('Niets gevonden', { exact: true })).toBeVisible();
    await expect(
      page.getByText('Er is niets gevonden voor “eenhoornvanglas”. Probeer een ander of korter woord.'),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, 'search-nothing');

    await page.getByRole('button', { name: /^EN/ }).click();
    await expect(page.getByText('Nothing found', { exact: true })).toBeVisible();
  });
});
