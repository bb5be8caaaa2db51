import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { fixtureClients } from '../../support/fixtures';

export const SHOTS = 'test-results/screenshots';

/** The serious and critical accessibility violations on the page as it is now (axe-core). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * The fixture e-mail's photo (mijn-plek.jpg, 64 px wide, 1,529 bytes) among a round's answers: shown inline, and
 * saved under its own name with its bytes whole. Images load as they come near the view, so each is scrolled to.
 */
export async function expectPhotoShownAndSaved(page: Page, answers: Locator): Promise<void> {
  const saveButton = answers.getByRole('button', { name: /Opslaan als.*mijn-plek\.jpg/ });
  await saveButton.scrollIntoViewIfNeeded();
  const photo = answers.getByRole('img', { name: 'mijn-plek.jpg' });
  await photo.scrollIntoViewIfNeeded();
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)).toBe(64);
  const download = page.waitForEvent('download');
  await saveButton.click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('mijn-plek.jpg');
  expect((await readFile((await saved.path())!)).length).toBe(1529);
}

/** A full-page screenshot in the light and in the dark colour scheme, to look at (not compared). */
export async function screenshotBoth(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Let transitions on colours settle before the picture.
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, `${name}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

export interface FixtureRound {
  client: string;
  round: number;
  received: string;
}

/** Every round of the fixture clients, as test/fixtures/clients/*.json tell them. */
export function fixtureRounds(): FixtureRound[] {
  return fixtureClients().flatMap(({ client }) =>
    client.rounds.map((round) => ({ client: client.name, round: round.round, received: round.received })),
  );
}
