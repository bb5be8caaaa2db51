import type { Page } from '@playwright/test';
import { roundedDuration } from '../../shared/domain/response-clock';
import { richTextFromPlain } from '../../shared/domain/rich-text';
import { loadFixtureClients } from '../support/fixture-clients';
import { fixtureRounds, screenshotBoth, seriousViolations } from './support/checks';
import { expect, openUnlocked, test, type Seeded } from './support/seeded-studio';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The fixture clients, plus two fresh rounds for Hannah: one due in about eight hours, one in about 47. */
test.use({
  seed: {
    run: async (temp): Promise<Seeded> => {
      const seeded = await loadFixtureClients(temp);
      const hannah = seeded.find((client) => client.name === 'Hannah Whitfield')!;
      for (const hoursAgo of [40, 1]) {
        const round = await temp.call('round.add', {
          trajectId: hannah.trajectId,
          receivedAt: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
          answers: [{ title: `Vraag van ${hoursAgo} uur geleden`, content: richTextFromPlain('Een kort antwoord.') }],
        });
        hannah.roundIds.push(round.id);
      }
      return seeded;
    },
  },
});

const rows = (page: Page) => page.locator('.awaiting-row');

test.describe('the dashboard', () => {
  test('lists what waits, oldest overdue first, with the clock in words and a state beyond colour', async ({
    seededStudio,
    page,
  }) => {
    await page.setViewportSize({ width: 1360, height: 900 });
    await openUnlocked(page, seededStudio, '#/');
    await expect(page.getByRole('heading', { level: 2, name: 'Overzicht' })).toBeFocused();
    await expect(rows(page)).toHaveCount(13);

    // The fixture rounds all date from early 2025 (long overdue), so by the clock they come in order received.
    const byReceived = fixtureRounds().sort((a, b) => Date.parse(a.received) - Date.parse(b.received));
    const roundId = (client: string, round: number) =>
      seededStudio.seeded.find((seeded) => seeded.name === client)!.roundIds[round - 1];
    const hannah = seededStudio.seeded.find((seeded) => seeded.name === 'Hannah Whitfield')!;
    const expected = [...byReceived.map((round) => roundId(round.client, round.round)), ...hannah.roundIds.slice(-2)];
    expect(await rows(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-round-id')))).toEqual(
      expected,
    );

    const oldest = byReceived[0]!;
    const days = roundedDuration(Math.floor((Date.parse(oldest.received) + 2 * DAY - Date.now()) / 60_000)).count;
    await expect(rows(page).first().locator('.awaiting-row__time')).toHaveText(`${days} dagen te laat`);
    await expect(rows(page).first()).toContainText(oldest.client);
    await expect(rows(page).nth(11).locator('.awaiting-row__time')).toHaveText('nog 7 uur');
    await expect(rows(page).nth(12).locator('.awaiting-row__time')).toHaveText('nog 46 uur');

    // The state reads three ways: an icon, a word and a colour.
    const states = rows(page).locator('[data-clock-state]');
    await expect(states.nth(0)).toHaveText('Te laat');
    await expect(states.nth(11)).toHaveText('Bijna');
    await expect(states.nth(12)).toHaveText('Op tijd');
    for (const index of [0, 11, 12]) await expect(states.nth(index).locator('svg')).toHaveCount(1);

    const counts = page.getByRole('region', { name: 'In uw kluis' });
    await expect(counts.locator('[data-count="awaiting"]')).toHaveText('13');
    await expect(counts.locator('[data-count="overdue"]')).toHaveText('11');
    await expect(counts.locator('[data-count="active-trajects"]')).toHaveText('3');
    await expect(counts.locator('[data-count="clients"]')).toHaveText('3');

    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, 'dashboard');
  });

  test('keeps the clock running while the screen stays open', async ({ seededStudio, page }) => {
    await page.clock.install();
    await openUnlocked(page, seededStudio, '#/');
    const soon = rows(page).nth(11);
    await expect(soon.locator('.awaiting-row__time')).toHaveText('nog 7 uur');
    await page.clock.fastForward('03:00:00');
    await expect(soon.locator('.awaiting-row__time')).toHaveText('nog 4 uur');
    await page.clock.fastForward('05:00:00');
    await expect(soon.locator('.awaiting-row__time')).toHaveText(/^\d+ (minuut|minuten) te laat$/);
    await expect(soon.locator('[data-clock-state]')).toHaveText('Te laat');
  });

  test('opens the split view of a round from its row', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, '#/');
    const hannah = seededStudio.seeded.find((seeded) => seeded.name === 'Hannah Whitfield')!;
    const row = rows(page).nth(12);
    // The link names the round, so two waiting rounds of one traject never sound alike.
    const name = new RegExp(`^Reactie schrijven aan Hannah Whitfield, Ronde ${hannah.roundIds.length} · .+`);
    await row.getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`#/trajects/${hannah.trajectId}/rounds/${hannah.roundIds.at(-1)}$`));
    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: 'Overzicht' })).toBeVisible();
    // A click anywhere on the row opens it too.
    await rows(page)
      .first()
      .click({ position: { x: 420, y: 20 } });
    await expect(page).toHaveURL(/#\/trajects\/tr_[0-9a-z]{20}\/rounds\/rd_[0-9a-z]{20}$/);
  });

  test('filters clients, adds one, and starts their first traject', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, '#/');
    const directory = page.getByRole('region', { name: 'Cliënten en trajecten' });
    await directory.getByLabel('Filter op naam of e-mail').fill('danielle');
    await expect(directory.locator('.directory-row')).toHaveCount(1);
    await expect(directory.locator('.directory-row__name')).toHaveText('Daniëlle van Dijk-Ramdin');
    await directory.getByLabel('Filter op naam of e-mail').fill('');

    await directory.getByRole('button', { name: 'Nieuwe cliënt' }).click();
    const name = directory.getByRole('textbox', { name: 'Naam', exact: true });
    await expect(name).toBeFocused();
    await directory.getByRole('button', { name: 'Cliënt toevoegen' }).click();
    await expect(directory.getByText('Vul de naam van de cliënt in.')).toBeVisible();
    await name.fill('Sanne de Vries');
    await directory.getByLabel('E-mailadres (optioneel)').fill('sanne@example.org');
    await directory.getByRole('button', { name: 'Cliënt toevoegen' }).click();

    await expect(page.getByRole('heading', { level: 2, name: 'Sanne de Vries' })).toBeFocused();
    await page.getByRole('button', { name: 'Traject starten' }).click();
    await page.getByLabel('Titel').fill('Loopbaankeuze');
    await page.getByLabel('Doel').fill('Kiezen wat echt bij me past.');
    await page.getByRole('button', { name: 'Traject starten' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Loopbaankeuze' })).toBeFocused();
    await expect(page.getByText('Kiezen wat echt bij me past.')).toBeVisible();

    await page.getByRole('link', { name: 'PASSIE Studio' }).click();
    await expect(page.getByRole('region', { name: 'In uw kluis' }).locator('[data-count="clients"]')).toHaveText('4');
    await expect(page.getByRole('list', { name: 'Trajecten van Sanne de Vries' })).toContainText('Loopbaankeuze');
    // The renderer keeps no client data in the browser's storages: only the session token and the language.
    const stored = (await page.evaluate('JSON.stringify({ ...localStorage, ...sessionStorage })')) as string;
    expect(Object.keys(JSON.parse(stored) as object).sort()).toEqual(['passie.session-token']);
  });

  test('speaks English after the language switch', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, '#/');
    await page.getByRole('button', { name: /^EN/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Awaiting your reply' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Clients and trajects' })).toBeVisible();
    await expect(rows(page).first().locator('.awaiting-row__time')).toHaveText(/^\d+ days overdue$/);
    await expect(rows(page).nth(11).locator('.awaiting-row__time')).toHaveText('7 hours left');
    await expect(rows(page).nth(12).locator('[data-clock-state]')).toHaveText('On time');
    await expect(page.getByRole('searchbox', { name: 'Search all dossiers' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Settings', exact: true })).toBeVisible();
  });
});
