import type { Page } from '@playwright/test';
import { richTextFromPlain } from '../../shared/domain/rich-text';
import { seriousViolations } from './support/checks';
import { expect, goTo, openUnlocked, PASSPHRASE, test, type Seeded } from './support/seeded-studio';

/** Received 2 March 09:00 in Amsterdam, due 48 hours later: 4 March 09:00 (08:00 UTC). */
const RECEIVED_AT = '2026-03-02T08:00:00.000Z';
/** 04:00 in Amsterdam on the due day: five hours left, so the last 8 hours have begun and it is due today. */
const BROWSER_NOW = new Date('2026-03-04T03:00:00.000Z');
const CLIENT = 'Noor Bakker';

test.use({
  timezoneId: 'Europe/Amsterdam',
  seed: {
    run: async (temp): Promise<Seeded> => {
      const { id: clientId } = await temp.call('client.add', { name: CLIENT });
      const { id: trajectId } = await temp.call('traject.add', { clientId, title: 'Rust in mijn hoofd' });
      const round = await temp.call('round.add', {
        trajectId,
        receivedAt: RECEIVED_AT,
        answers: [{ title: 'Wat wil je bereiken?', content: richTextFromPlain('Meer rust.') }],
      });
      return [{ name: CLIENT, trajectId, roundIds: [round.id] }];
    },
  },
});

interface Shown {
  title: string;
  body: string;
}

/**
 * The browser's notifications, recorded: the coach has allowed them (granted), and each one made is kept where
 * the test can read it and click it. (A string: specs are type-checked without the DOM.)
 */
const RECORD_NOTIFICATIONS = `
  window.__shown = [];
  window.Notification = class {
    static permission = 'granted';
    static requestPermission() { return Promise.resolve('granted'); }
    constructor(title, options) {
      this.title = title;
      this.body = (options && options.body) || '';
      this.onclick = null;
      window.__shown.push(this);
    }
    close() {}
  };
`;

const shown = (page: Page) =>
  page.evaluate('window.__shown.map(({ title, body }) => ({ title, body }))') as Promise<Shown[]>;

test.describe('reminders of the response clock', () => {
  test('a round in its last 8 hours is told once, counted in the title, and opened from the notification', async ({
    seededStudio,
    page,
    context,
  }) => {
    await context.grantPermissions(['notifications']);
    await context.addInitScript({ content: RECORD_NOTIFICATIONS });
    await page.clock.install({ time: BROWSER_NOW });
    await openUnlocked(page, seededStudio, '#/');

    await expect(page).toHaveTitle('(1) PASSIE Studio');
    await expect.poll(() => shown(page)).toHaveLength(1);
    const [notification] = await shown(page);
    expect(notification!.title).toBe('Nog minder dan 8 uur voor een reactie');
    expect(notification!.body).toMatch(/^Antwoorden ontvangen op .+; reactie beloofd vóór .+\.$/);
    // Nothing that could name the client on a lock screen.
    expect(JSON.stringify(notification)).not.toMatch(/Noor|Bakker|Rust|bereiken/);

    // The minutes pass and the window comes back: nothing new until the round is overdue.
    await page.clock.runFor('02:00:00');
    await page.evaluate("window.dispatchEvent(new Event('focus'))");
    await page.clock.runFor('00:02:00');
    expect(await shown(page)).toHaveLength(1);

    // A lock and an unlock start the reminders afresh, from what the browser remembers: still nothing new.
    await page.getByRole('button', { name: /^Vergrendelen/ }).click();
    await expect(page.getByLabel('Wachtwoord')).toBeVisible();
    await expect(page).toHaveTitle('PASSIE Studio');
    await page.getByLabel('Wachtwoord').fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(page).toHaveTitle('(1) PASSIE Studio');
    await page.clock.runFor('00:02:00');
    expect(await shown(page)).toHaveLength(1);
    // What it remembers: the round's random id and the threshold, nothing else.
    const remembered = (await page.evaluate("localStorage.getItem('passie.reminded')")) as string;
    expect(JSON.parse(remembered)).toEqual({ [seededStudio.seeded[0]!.roundIds[0]!]: 'lastHours' });

    // Clicking the notification opens its round.
    await page.evaluate('window.__shown[0].onclick()');
    await expect(page).toHaveURL(new RegExp(`${seededStudio.roundRoute(CLIENT).replace(/[/]/g, '\\/')}$`));

    // Once the due time passes: the overdue reminder, once.
    await page.clock.runFor('03:01:00');
    await expect.poll(() => shown(page)).toHaveLength(2);
    expect((await shown(page))[1]!.title).toBe('Een reactie is te laat');
    await page.clock.runFor('00:05:00');
    expect(await shown(page)).toHaveLength(2);
  });

  test('the settings card switches reminders off and says what they never show', async ({
    seededStudio,
    page,
    context,
  }) => {
    await context.addInitScript({ content: RECORD_NOTIFICATIONS });
    await page.clock.install({ time: BROWSER_NOW });
    await openUnlocked(page, seededStudio, '#/settings');
    // On by default: the round in its last hours was told at the unlock.
    await expect.poll(() => shown(page)).toHaveLength(1);
    const card = page.getByRole('region', { name: 'Meldingen' });
    await expect(card.getByText('Deze browser mag meldingen van de studio tonen.')).toBeVisible();
    await expect(card.getByText(/nooit een cliënt, een traject of tekst/)).toBeVisible();
    await card.getByRole('checkbox', { name: 'Meldingen tonen' }).uncheck();
    await card.getByRole('button', { name: 'Opslaan' }).click();
    await expect(card.getByText('Opgeslagen.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // Switched off: past the due time the title still counts, but no overdue reminder comes.
    await goTo(page, '#/');
    await page.clock.runFor('05:01:00');
    await expect(page).toHaveTitle('(1) PASSIE Studio');
    await page.clock.runFor('00:02:00');
    expect(await shown(page)).toHaveLength(1);
  });
});
