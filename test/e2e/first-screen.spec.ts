import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startServe, stopServe, test } from './studio-fixture';

/** Console errors, uncaught errors and CSP violations while the page runs (the CSP allows only 'self'). */
async function watchForProblems(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A string, not a function: this file is type-checked for Node, without the DOM's types.
  await page.addInitScript({
    content: `window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.cspViolations.push('CSP ' + event.effectiveDirective + ': ' + event.blockedURI));`,
  });
  return async () => [...problems, ...((await page.evaluate('window.cspViolations')) as string[])];
}

test.describe('the first screen', () => {
  test('speaks Dutch by default (nl-NL browser)', async ({ studio, page }) => {
    await page.goto(studio.url);
    await expect(page.getByRole('heading', { level: 2, name: 'Welkom' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nieuwe kluis aanmaken' })).toBeVisible();
    await expect(page.getByText('Uw werkplek voor schriftelijke coaching met het PASSIE-model.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page).toHaveTitle('PASSIE Studio');
  });

  test('speaks English with ?lang=en', async ({ studio, page }) => {
    await page.goto(studio.urlWith('lang=en'));
    await expect(page.getByRole('button', { name: 'Create a new vault' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Welcome' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('keeps the language chosen in the switcher after a reload', async ({ studio, page }) => {
    await page.goto(studio.url);
    await expect(page.getByRole('button', { name: 'Nieuwe kluis aanmaken' })).toBeVisible();

    await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: /^EN/ }).click();
    await expect(page.getByRole('button', { name: 'Create a new vault' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('button', { name: 'Create a new vault' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Language' }).getByRole('button', { name: /^EN/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await page.evaluate("localStorage.getItem('passie.language')")).toBe('en');
  });

  test('opens from the printed address once: the code leaves the address, reloads work, a second window is refused', async ({
    browser,
  }) => {
    const vaultDir = await mkdtemp(join(tmpdir(), 'passie-e2e-launch-'));
    const { child, url } = await startServe(vaultDir);
    const first = await browser.newContext();
    const second = await browser.newContext();
    try {
      const code = new URLSearchParams(new URL(url).hash.slice(1)).get('code') ?? '';
      expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const page = await first.newPage();
      await page.goto(url);
      await expect(page.getByRole('button', { name: 'Nieuwe kluis aanmaken' })).toBeVisible();
      expect(page.url()).not.toContain(code);
      expect(new URL(page.url()).hash).toBe('');
      const token = (await page.evaluate(`sessionStorage.getItem('passie.session-token')`)) as string;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(url).not.toContain(token);

      await page.reload();
      await expect(page.getByRole('button', { name: 'Nieuwe kluis aanmaken' })).toBeVisible();

      // Whoever read the address (from `ps`, say) after the studio's window used it gets nowhere.
      const late = await second.newPage();
      await late.goto(url);
      await expect(late.getByText('Deze sessie is niet geldig; start de studio opnieuw.')).toBeVisible();
      await expect(late.getByRole('button', { name: 'Nieuwe kluis aanmaken' })).toHaveCount(0);
    } finally {
      await first.close();
      await second.close();
      await stopServe(child);
      await rm(vaultDir, { recursive: true, force: true });
    }
  });

  test('loads without console errors or CSP violations, the create screen included', async ({ studio, page }) => {
    const problems = await watchForProblems(page);
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'Nieuwe kluis aanmaken' }).click();
    // The passphrase rule is loaded lazily; its verdict shows it arrived (and was allowed by the CSP).
    await page.getByLabel('Wachtwoord', { exact: true }).fill('kort');
    await expect(page.getByText('Nog te kort: gebruik minstens 12 tekens.')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await problems()).toEqual([]);
  });
});

test.describe('the first screen in an English browser', () => {
  test.use({ locale: 'en-US' });

  test('speaks English', async ({ studio, page }) => {
    await page.goto(studio.url);
    await expect(page.getByRole('button', { name: 'Create a new vault' })).toBeVisible();
    await expect(page.getByText('Your workspace for written coaching with the PASSIE model.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
