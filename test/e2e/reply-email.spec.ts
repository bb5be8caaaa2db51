import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { simpleParser } from 'mailparser';
import { richTextFromPlain } from '../../shared/domain/rich-text';
import { expect, goTo, openUnlocked, test, type Seeded } from './support/seeded-studio';

const SHOTS = 'test-results/screenshots';
const ANNA = 'Anna de Vries';
const BEN = 'Ben Carter';

/** A Dutch coach with a Dutch client and an English one, each with one round waiting for a reply. */
test.use({
  viewport: { width: 1366, height: 768 },
  seed: {
    run: async (temp): Promise<Seeded> => {
      await temp.call('settings.update', {
        coach: { name: 'Mieke Jansen', practice: 'Praktijk Licht', email: 'mieke@praktijk-licht.example' },
      });
      const seeded: Seeded = [];
      for (const client of [
        { name: ANNA, email: 'anna@example.org', language: 'nl' as const },
        { name: BEN, email: 'ben@example.org', salutation: 'Benny', language: 'en' as const },
      ]) {
        const { id: clientId } = await temp.call('client.add', client);
        const { id: trajectId } = await temp.call('traject.add', { clientId, title: `Traject van ${client.name}` });
        const round = await temp.call('round.add', {
          trajectId,
          answers: [{ title: 'Wat wil je kwijt?', content: richTextFromPlain('Ik wil rust in mijn hoofd.') }],
        });
        seeded.push({ name: client.name, trajectId, roundIds: [round.id] });
      }
      return seeded;
    },
  },
});

const block = (page: Page, key: string) =>
  page.locator(`.ProseMirror [data-passie-key="${key}"] .passie-block__content`);

async function writeReply(page: Page) {
  for (const [key, text] of [
    ['p_open', 'Wat een moedige eerste stap.'],
    ['s1', 'Je zoekt rust.'],
    ['p_close', 'Ik kijk uit naar je volgende antwoorden.'],
  ] as const) {
    await block(page, key).click();
    await page.keyboard.type(text);
  }
}

async function finish(page: Page) {
  await page.getByRole('button', { name: 'Afronden en versturen', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Reactie afronden en versturen?' })
    .getByRole('button', { name: 'Toch afronden' })
    .click();
  await expect(page.getByText('De reactie is afgerond en vastgelegd in het dossier.', { exact: false })).toBeVisible();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** mailto: links the page follows, recorded instead of handed to a mail program the test machine does not have. */
async function recordMailto(page: Page) {
  await page.addInitScript({
    content: `document.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="mailto:"]') : null;
      if (!link) return;
      event.preventDefault();
      (window.__mailto ??= []).push(link.href);
    }, true);`,
  });
}

async function downloadedDraft(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), mail: await simpleParser(await readFile(path)) };
}

test.describe('the reply, ready to send', () => {
  test('a Dutch client: preview before finishing, then copy, mailto and a draft, each on the timeline', async ({
    seededStudio,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: seededStudio.origin });
    await recordMailto(page);
    await openUnlocked(page, seededStudio, seededStudio.roundRoute(ANNA));
    await writeReply(page);

    await page.getByRole('button', { name: 'Voorbeeld als e-mail' }).click();
    const preview = page.getByRole('dialog', { name: `Zo krijgt ${ANNA} uw reactie` });
    await expect(preview).toBeVisible();
    await expect(preview.locator('.email-view__body')).toContainText('Beste Anna,');
    await expect(preview.locator('.email-view__body')).toContainText('Hartelijke groet,');
    await expect(preview.locator('.email-view__body')).not.toContainText('Positief benoemen');
    await expect(preview.getByText('Mijn reactie op je antwoorden (ronde 1)')).toBeVisible();
    await expect(preview.getByText('anna@example.org')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/reply-email-preview-nl-1366.png` });
    // Headings on: the stored choice, and the preview follows at once.
    await preview.getByLabel('Met de kopjes van de PASSIE-blokken').check();
    await expect(preview.locator('.email-view__body h3').first()).toHaveText('P — Positief benoemen');
    await preview.getByLabel('Met de kopjes van de PASSIE-blokken').uncheck();
    await preview.getByRole('button', { name: 'Sluiten' }).click();

    await finish(page);
    const panel = page.getByRole('region', { name: `Naar ${ANNA}` });
    await panel.getByRole('button', { name: 'Kopiëren als e-mail' }).click();
    await expect(panel.getByText('Gekopieerd. Plak de reactie in uw e-mail.')).toBeVisible();
    const copied = (await page.evaluate(`(async () => {
      const [item] = await navigator.clipboard.read();
      return { html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
    })()`)) as { html: string; text: string };
    expect(copied.text.startsWith('Beste Anna,\n\nWat een moedige eerste stap.')).toBe(true);
    expect(copied.html).toContain('<p>Beste Anna,</p>');

    await panel.getByRole('button', { name: 'Openen in e-mailprogramma' }).click();
    await expect(panel.getByText('Uw e-mailprogramma opent een nieuw bericht aan de cliënt.')).toBeVisible();
    const [mailto] = (await page.evaluate('window.__mailto')) as string[];
    const link = new URL(mailto!);
    expect(link.pathname).toBe('anna@example.org');
    expect(link.searchParams.get('subject')).toBe('Mijn reactie op je antwoorden (ronde 1)');
    expect(link.searchParams.get('body')).toContain('Beste Anna,');

    const { name, mail } = await downloadedDraft(page, () =>
      panel.getByRole('button', { name: 'E-mailconcept met pdf' }).click(),
    );
    expect(name).toMatch(/^reactie-anna-de-vries-ronde-1\.eml$/);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.subject).toBe('Mijn reactie op je antwoorden (ronde 1)');
    expect(mail.text).toContain('Beste Anna,');
    expect(mail.html).toContain('Wat een moedige eerste stap.');
    expect(mail.attachments.map((attachment) => attachment.contentType)).toEqual(['application/pdf']);
    await expect(panel.getByText(/^Het e-mailconcept \(\.eml\) is gedownload/)).toBeVisible();

    for (const method of ['Gekopieerd als e-mail', 'Geopend in e-mailprogramma', 'Als e-mailconcept met pdf']) {
      await expect(panel.getByText(new RegExp(`^${method}, `))).toBeVisible();
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/reply-email-sent-nl-1366.png`, fullPage: true });

    await goTo(page, `#/trajects/${seededStudio.seeded.find((client) => client.name === ANNA)!.trajectId}`);
    const timeline = page.locator('.timeline-round').first();
    await expect(timeline.getByText('Als e-mailconcept met pdf')).toBeVisible();
    await expect(timeline.getByText('Gekopieerd als e-mail')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/reply-email-timeline-nl-1366.png` });
  });

  test('an English client on a Dutch screen: English e-mail, and a draft with the next answer packet', async ({
    seededStudio,
    page,
  }) => {
    await openUnlocked(page, seededStudio, seededStudio.roundRoute(BEN));
    await writeReply(page);
    await page.getByRole('button', { name: 'Voorbeeld als e-mail' }).click();
    const preview = page.getByRole('dialog', { name: `Zo krijgt ${BEN} uw reactie` });
    await expect(preview.locator('.email-view__body')).toContainText('Dear Benny,');
    await expect(preview.locator('.email-view__body')).toContainText('Warm regards,');
    await expect(preview.locator('.email-view__body')).not.toContainText(/Beste|Hartelijke/);
    await expect(preview.getByText('My reply to your answers (round 1)')).toBeVisible();
    await preview.getByLabel('Met de kopjes van de PASSIE-blokken').check();
    // The client's headings: English labels, whatever language the screen is in.
    await expect(preview.locator('.email-view__body h3').first()).toHaveText(/^P — Name the positive/i);
    await preview.getByLabel('Met de kopjes van de PASSIE-blokken').uncheck();
    await preview.getByRole('button', { name: 'Sluiten' }).click();

    await finish(page);
    const panel = page.getByRole('region', { name: `Naar ${BEN}` });
    await panel.getByLabel('Met een nieuw antwoordpakket erbij').check();
    await panel.getByRole('button', { name: 'E-mailconcept met pdf' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuw antwoordpakket bij de e-mail' });
    await dialog.getByRole('checkbox').first().check();
    await page.screenshot({ path: `${SHOTS}/reply-email-packet-en-1366.png` });
    const { name, mail } = await downloadedDraft(page, () =>
      dialog.getByRole('button', { name: 'E-mailconcept maken' }).click(),
    );
    expect(name).toMatch(/^reply-ben-carter-round-1\.eml$/);
    expect(mail.subject).toBe('My reply to your answers (round 1)');
    expect(mail.text).toContain('Dear Benny,');
    expect(mail.text).not.toMatch(/Beste|Hartelijke groet/);
    expect(mail.attachments.map((attachment) => attachment.contentType)).toEqual(['application/pdf', 'text/html']);
    const packet = mail.attachments[1]!.content.toString('utf8');
    expect(packet).toContain('<html lang="en">');
    await expect(dialog).toHaveCount(0);
    await expect(panel.getByText(/^Als e-mailconcept met pdf, /)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/reply-email-sent-en-1366.png` });
  });
});
