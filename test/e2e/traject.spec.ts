import type { Page } from '@playwright/test';
import { richTextFromPlain } from '../../shared/domain/rich-text';
import type { DossierView } from '../../shared/domain/dossier';
import { loadFixtureClients } from '../support/fixture-clients';
import { screenshotBoth, seriousViolations } from './support/checks';
import { expect, goTo, openUnlocked, test, type Seeded, type SeededHost } from './support/seeded-studio';

const HANNAH = 'Hannah Whitfield';
const trajectOf = (host: SeededHost, name: string) => host.seeded.find((client) => client.name === name)!.trajectId;
const timeline = (page: Page) => page.getByRole('region', { name: 'Rondes' });

test.describe('the traject screen', () => {
  test('adds a typed round, which shows on the timeline and on the dashboard', async ({ seededStudio, page }) => {
    await page.setViewportSize({ width: 1360, height: 900 });
    await openUnlocked(page, seededStudio, `#/trajects/${trajectOf(seededStudio, HANNAH)}`);
    await expect(page.getByRole('heading', { level: 2, name: `Traject ${HANNAH}` })).toBeFocused();
    await expect(timeline(page).getByRole('heading', { level: 4 })).toHaveText(['Ronde 1', 'Ronde 2', 'Ronde 3']);
    await expect(page.getByText(/^Decide before the summer/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, 'traject');

    await page.getByRole('button', { name: 'Ronde toevoegen' }).click();
    await expect(page.getByRole('heading', { level: 4, name: 'Nieuwe ronde' })).toBeFocused();
    const first = page.getByRole('group', { name: 'Antwoord 1' });
    // Every question whole, by place; what Hannah answered in rounds 1–3 says so.
    await expect(
      first
        .getByRole('radiogroup', { name: 'Vraag' })
        .getByText(/^al gesteld op /)
        .first(),
    ).toBeVisible();
    await first.getByRole('radio', { name: /^Bij wie kun je zijn zonder iets te hoeven bewijzen\?/ }).check();
    await first
      .getByLabel('Tekst van het antwoord')
      .fill('Bij mijn zus in Leeds, aan de keukentafel.\nDaar hoef ik niets uit te leggen over de boterhamtrommel.');
    await page.getByRole('button', { name: 'Nog een antwoord' }).click();
    const second = page.getByRole('group', { name: 'Antwoord 2' });
    await expect(second.getByRole('radio').first()).toBeFocused();
    await second.getByRole('radio', { name: 'Geen vraag uit de catalogus: eigen titel' }).check();
    await second.getByLabel('Titel van het antwoord').fill('Iets wat ik nog kwijt wilde');
    await second.getByLabel('Tekst van het antwoord').fill('Ik heb deze week drie keer nee gezegd.');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, 'traject-add-round');
    await page.getByRole('button', { name: 'Ronde toevoegen' }).click();

    await expect(page.getByText('Ronde 4 is toegevoegd.')).toBeVisible();
    const added = timeline(page).locator('.timeline-round').last();
    await expect(added.getByRole('heading', { level: 4 })).toHaveText('Ronde 4');
    await expect(added.locator('[data-clock-state]')).toHaveText('Op tijd');
    // Received this very minute: two days, or 47 hours and some, depending on the second the clock last read.
    await expect(added.locator('.timeline-round__left')).toHaveText(/^ · nog (47 uur|2 dagen)$/);
    await expect(added).toContainText('2 antwoorden');
    await expect(added).toContainText('Iets wat ik nog kwijt wilde');

    const dossier = await seededStudio.call<DossierView>(page, 'traject.show', { id: trajectOf(seededStudio, HANNAH) });
    const round = dossier.rounds.at(-1)!;
    expect(round.source).toBe('typed');
    expect(round.answers.map((answer) => answer.questionId ?? answer.title)).toEqual([
      'haven-2',
      'Iets wat ik nog kwijt wilde',
    ]);
    expect(round.answers[0]!.content).toEqual(
      richTextFromPlain(
        'Bij mijn zus in Leeds, aan de keukentafel.\nDaar hoef ik niets uit te leggen over de boterhamtrommel.',
      ),
    );

    await added.getByRole('link', { name: 'Ronde 4 openen' }).click();
    await expect(page).toHaveURL(new RegExp(`#/trajects/${dossier.traject.id}/rounds/${round.id}$`));
    await goTo(page, '#/');
    const last = page.locator('.awaiting-row').last();
    await expect(last).toContainText(HANNAH);
    await expect(last.locator('.awaiting-row__time')).toHaveText('nog 47 uur');
  });

  test('keeps private notes, plain text in paragraphs, across a reload', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, `#/trajects/${trajectOf(seededStudio, HANNAH)}`);
    const notes = page.getByRole('region', { name: 'Privénotities' });
    await expect(notes.getByText('Alleen voor uzelf: deze notities zijn niet voor de cliënt bedoeld.')).toBeVisible();
    await notes.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await expect(notes.getByText('Typ eerst een notitie.')).toBeVisible();
    await notes.getByLabel('Nieuwe notitie').fill('Vraag volgende keer naar Leeds.\n<b>Geen</b> opmaak, gewoon tekst.');
    await notes.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await expect(notes.getByText('De notitie is toegevoegd.')).toBeVisible();
    await expect(notes.locator('.note .plain-paragraphs p')).toHaveText([
      'Vraag volgende keer naar Leeds.',
      '<b>Geen</b> opmaak, gewoon tekst.',
    ]);

    await page.reload();
    await expect(
      page.getByRole('region', { name: 'Privénotities' }).locator('.note .plain-paragraphs p').first(),
    ).toHaveText('Vraag volgende keer naar Leeds.');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('edits the title and goal', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, `#/trajects/${trajectOf(seededStudio, HANNAH)}`);
    await page.getByRole('button', { name: 'Titel, doel en begindatum bewerken' }).click();
    await page.getByRole('textbox', { name: 'Titel' }).fill('Leeds of Amsterdam');
    await page.getByRole('textbox', { name: 'Doel' }).fill('Kiezen vanuit wat ik wil.');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Leeds of Amsterdam' })).toBeVisible();
    await expect(page.getByText('Titel, doel en begindatum zijn bewaard.')).toBeVisible();
    await expect(page.getByText('Kiezen vanuit wat ik wil.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Titel, doel en begindatum bewerken' })).toBeFocused();
  });
});

const LONG_NAME = `Maximiliaan-${'Wilhelmus'.repeat(20)}`;
const UNBROKEN = 'x'.repeat(3_000);

test.describe('bad input', () => {
  /** The fixtures (Daniëlle's 3,000-word answer among them), plus a client whose name and texts push every limit. */
  test.use({
    seed: {
      run: async (temp): Promise<Seeded> => {
        const seeded = await loadFixtureClients(temp);
        const { id: clientId } = await temp.call('client.add', {
          name: LONG_NAME,
          email: `${'a'.repeat(60)}@example.org`,
        });
        const { id: trajectId } = await temp.call('traject.add', {
          clientId,
          title: `Een traject met een hele lange titel die maar doorgaat ${'en doorgaat '.repeat(12)}`.slice(0, 200),
          goal: `${UNBROKEN.slice(0, 800)} ${'Een doel in heel veel woorden. '.repeat(40)}`.slice(0, 5_000),
        });
        const roundIds: string[] = [];
        const start = Date.parse('2023-01-01T09:00:00Z');
        for (let index = 0; index < 200; index += 1) {
          const round = await temp.call('round.add', {
            trajectId,
            receivedAt: new Date(start + index * 3 * 24 * 3_600_000).toISOString(),
            // Rounds without any catalogue question: own titles only, one of them absurdly long.
            answers: [
              {
                title: index === 199 ? UNBROKEN.slice(0, 500) : `Eigen vraag ${index + 1}`,
                content: richTextFromPlain(`Antwoord ${index + 1}. ${UNBROKEN}`),
              },
              { title: 'Nog iets', content: richTextFromPlain('Kort.') },
              { title: 'En nog iets', content: richTextFromPlain('Kort.') },
              { title: 'En het laatste', content: richTextFromPlain('Kort.') },
            ],
          });
          roundIds.push(round.id);
        }
        await temp.call('traject.addNote', {
          trajectId,
          content: richTextFromPlain(`${UNBROKEN}\n${'Lange notitie. '.repeat(200)}`),
        });
        return [...seeded, { name: LONG_NAME, trajectId, roundIds }];
      },
    },
  });

  test('lays out very long names and texts, 200 rounds and rounds without questions without breaking', async ({
    seededStudio,
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Nothing sticks out sideways: the page never scrolls horizontally.
    const noOverflow = async () =>
      expect(
        await page.evaluate(`[...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((element) => element.tagName + '.' + element.className).slice(0, 5)`),
      ).toEqual([]);

    await openUnlocked(page, seededStudio, '#/');
    await expect(page.locator('.awaiting-row')).toHaveCount(25);
    await noOverflow();
    await screenshotBoth(page, 'bad-input-dashboard');

    const long = seededStudio.seeded.at(-1)!;
    await goTo(page, `#/trajects/${long.trajectId}`);
    await expect(timeline(page).getByRole('heading', { level: 4 })).toHaveCount(20);
    await expect(timeline(page).getByRole('heading', { level: 4 }).first()).toHaveText('Ronde 181');
    await noOverflow();
    await screenshotBoth(page, 'bad-input-200-rounds');
    await timeline(page).getByRole('button', { name: 'Toon 180 eerdere rondes' }).click();
    await expect(timeline(page).getByRole('heading', { level: 4 })).toHaveCount(200);
    await noOverflow();

    await goTo(
      page,
      `#/clients/${(await seededStudio.call<{ clients: { id: string; name: string }[] }>(page, 'client.list', {})).clients.find((client) => client.name === LONG_NAME)!.id}`,
    );
    await expect(page.getByRole('heading', { level: 2, name: LONG_NAME })).toBeVisible();
    await noOverflow();
    await screenshotBoth(page, 'bad-input-client');

    const danielle = seededStudio.seeded.find((client) => client.name === 'Daniëlle van Dijk-Ramdin')!;
    await goTo(page, `#/trajects/${danielle.trajectId}`);
    await expect(timeline(page).getByRole('heading', { level: 4 })).toHaveCount(4);
    await noOverflow();
    await screenshotBoth(page, 'bad-input-long-answer-traject');
  });
});
