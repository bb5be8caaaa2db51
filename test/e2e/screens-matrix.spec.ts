import { SHOTS, seriousViolations } from './support/checks';
import { expect, goTo, openUnlocked, test } from './support/seeded-studio';

/**
 * The three screens a coach spends the day in — the dashboard, the split view and the settings — on the most common
 * small laptop and on a full-HD screen, in the light and the dark theme: screenshots to look at, and axe on each.
 */
const SIZES = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;

for (const size of SIZES) {
  for (const theme of THEMES) {
    test(`dashboard, split view and settings at ${size.name} in the ${theme} theme`, async ({ seededStudio, page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      // The studio follows the system's theme unless the coach chose one.
      await page.emulateMedia({ colorScheme: theme });
      await openUnlocked(page, seededStudio, '#/');
      await expect(page.getByRole('heading', { level: 2, name: 'Overzicht' })).toBeVisible();
      await expect(page.locator('.awaiting-row').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/matrix-dashboard-${size.name}-${theme}.png` });

      await goTo(page, seededStudio.roundRoute('Hannah Whitfield'));
      await expect(page.getByRole('textbox', { name: 'Reactie volgens het PASSIE-model' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/matrix-split-view-${size.name}-${theme}.png` });

      await goTo(page, '#/settings');
      await expect(page.getByRole('heading', { level: 2, name: 'Instellingen' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/matrix-settings-${size.name}-${theme}.png` });
    });
  }
}

test('the coach chooses the dark theme in Settings: it shows at once, and from the first frame after a reload', async ({
  seededStudio,
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.emulateMedia({ colorScheme: 'light' });
  await openUnlocked(page, seededStudio, '#/settings');
  const background = () => page.evaluate('getComputedStyle(document.body).backgroundColor');
  const light = await background();
  await page.getByRole('radio', { name: 'Donker' }).check();
  await expect(page.getByText('De weergave is gewijzigd en opgeslagen.')).toBeVisible();
  expect(await background()).not.toBe(light);
  expect(await page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
  const dark = await background();
  expect(await seriousViolations(page)).toEqual([]);

  const settings = await seededStudio.call<{ theme?: string }>(page, 'settings.get', {});
  expect(settings.theme).toBe('dark');

  // Locked, the studio cannot read its settings: this computer remembers the choice, also across a reload.
  await page.keyboard.press('Control+L');
  const locked = page.getByRole('heading', { level: 2, name: 'Uw kluis is vergrendeld' });
  await expect(locked).toBeVisible();
  await page.reload();
  await expect(locked).toBeVisible();
  expect(await background()).toBe(dark);
});
