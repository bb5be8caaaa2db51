import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { PASSIE_KEYS, type PassieKey } from '../../shared/domain/passie';
import type { DossierView } from '../../shared/domain/dossier';
import type { TrajectSummary } from '../../shared/domain/traject';
import { LONG_CLIENT, seedLongRound } from '../support/long-round';
import { expect, goTo, openUnlocked, PASSPHRASE, test, type SeededHost } from './support/seeded-studio';

const HANNAH = 'Hannah Whitfield';
const SHOTS = 'test-results/screenshots';

const block = (page: Page, key: PassieKey): Locator => page.locator(`.ProseMirror [data-passie-key="${key}"]`);
const blockText = (page: Page, key: PassieKey): Locator => block(page, key).locator('.passie-block__content');
const roundHeading = (page: Page, number: number) =>
  page.getByRole('heading', { level: 2, name: new RegExp(`^Ronde ${number} · `) });

/** Types into a block the way a coach does: click into it, then type. */
async function writeIn(page: Page, key: PassieKey, text: string) {
  await blockText(page, key).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

async function dossierOf(page: Page, host: SeededHost, name: string): Promise<DossierView> {
  const trajectId = host.seeded.find((client) => client.name === name)!.trajectId;
  return host.call<DossierView>(page, 'traject.show', { id: trajectId });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Selects the first `length` characters of the answer paragraph holding `words`, as a drag of the mouse would. */
async function selectInAnswer(page: Page, words: string, length: number) {
  await page.evaluate(`(() => {
    const paragraph = [...document.querySelectorAll('.answer .rich-text p')].find((p) => p.textContent.includes(${JSON.stringify(words)}));
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode();
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, ${length});
    const selection = document.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  })()`);
}

test.describe('the split view', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('shows the answers under their questions beside the PASSIE editor, and passes axe', async ({
    seededStudio,
    page,
  }) => {
    await openUnlocked(page, seededStudio, seededStudio.roundRoute(HANNAH));
    await expect(roundHeading(page, 3)).toBeFocused();
    await expect(page.getByText('Reactie uiterlijk')).toBeVisible();
    await expect(page.getByText(/dagen te laat/)).toBeVisible();

    const answers = page.getByRole('region', { name: 'Antwoorden' });
    const first = answers.getByRole('article').first();
    await expect(first.getByRole('heading', { level: 4 })).toHaveText(
      'Beschrijf een dag over vijf jaar waarop je denkt: ja, dit is het.',
    );
    await expect(first.getByText('Domein van verlangen')).toBeVisible();
    await expect(answers.getByRole('article')).toHaveCount(3);

    const editor = page.getByRole('textbox', { name: 'Reactie volgens het PASSIE-model' });
    await expect(editor.locator('.passie-block__label')).toHaveText([
      'Positief benoemen',
      'Aansluiten',
      'Samenvatten',
      'Spiegelen',
      'Inzicht & vragen',
      'Eigen stap',
      'Positief afsluiten',
    ]);
    await expect(page.getByRole('navigation', { name: 'PASSIE-cirkel' })).toBeVisible();
    await expect(page.getByRole('separator', { name: 'Verdeling tussen antwoorden en reactie' })).toBeVisible();

    // The switcher shows an earlier round, with the note that the reply still belongs to this one.
    // Newest first: this round, then round 2, then round 1.
    await answers.getByLabel('Ronde').selectOption({ index: 2 });
    await expect(answers.getByText('U leest een eerdere ronde.', { exact: false })).toBeVisible();
    await expect(answers.getByText('In deze ronde is (nog) geen reactie verstuurd.')).toBeVisible();
    await answers.getByRole('button', { name: 'Terug naar ronde 3' }).click();
    await expect(first.getByRole('heading', { level: 4 })).toHaveText(
      'Beschrijf een dag over vijf jaar waarop je denkt: ja, dit is het.',
    );

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/split-view-light.png` });
    // Without motion, so no colour is caught half-way through its transition.
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/split-view-dark.png` });
  });

  test('quotes selected text into the chosen block, by mouse and by keyboard', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, seededStudio.roundRoute(HANNAH));
    await expect(roundHeading(page, 3)).toBeVisible();

    await selectInAnswer(page, "It's a Thursday in 2030", 23);
    const floating = page.locator('.quote-float');
    await expect(floating).toHaveText('Citeer in…');
    await floating.click();
    const menu = page.getByRole('menu', { name: 'Citeer in welk blok?' });
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await menu.getByRole('menuitem', { name: 'A — Aansluiten' }).click();
    await expect(block(page, 'a').locator('blockquote')).toHaveText("It's a Thursday in 2030");
    await expect(page.getByRole('textbox', { name: 'Reactie volgens het PASSIE-model' })).toBeFocused();

    // By keyboard: Tab to an answer, Ctrl+Shift+Q, arrows and Enter; the whole answer goes into the block. (The
    // mouse is moved out of the way: a menu item under the pointer would rightly take the focus.)
    await page.mouse.move(0, 0);
    await page.getByRole('region', { name: 'Antwoorden' }).getByRole('article').nth(1).focus();
    await page.keyboard.press('Control+Shift+Q');
    const wholeMenu = page.getByRole('menu', { name: 'Heel antwoord citeren in…' });
    await expect(wholeMenu.getByRole('menuitem', { name: 'P — Positief benoemen' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(block(page, 's1').locator('blockquote p').first()).not.toBeEmpty();
    await expect(page.getByRole('status').filter({ hasText: 'Geciteerd in Samenvatten.' })).toHaveCount(1);

    // Escape closes the menu and leaves everything as it was.
    await selectInAnswer(page, "It's a Thursday in 2030", 10);
    await page.keyboard.press('Control+Shift+Q');
    await expect(page.getByRole('menu')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
  });

  test('saves the draft as it is written: after a reload, and across a lock and unlock', async ({
    seededStudio,
    page,
  }) => {
    await openUnlocked(page, seededStudio, seededStudio.roundRoute(HANNAH));
    await expect(roundHeading(page, 3)).toBeVisible();
    for (const key of PASSIE_KEYS) await writeIn(page, key, `Mijn tekst voor ${key}, met een ë.`);
    await expect(page.getByText(/^Opgeslagen om \d\d:\d\d$/)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'PASSIE-cirkel' }).getByText('7/7')).toBeVisible();

    const saved = (await dossierOf(page, seededStudio, HANNAH)).rounds.at(-1)!.draft!.blocks;
    expect(saved.p_close.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Mijn tekst voor p_close, met een ë.' }] },
    ]);

    await page.reload();
    await expect(roundHeading(page, 3)).toBeVisible();
    for (const key of PASSIE_KEYS) await expect(blockText(page, key)).toHaveText(`Mijn tekst voor ${key}, met een ë.`);

    // Typed and locked within the same second: the lock waits for the save.
    await writeIn(page, 'e', ' Nog één zin.');
    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { level: 2, name: 'Uw kluis is vergrendeld' })).toBeVisible();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(roundHeading(page, 3)).toBeVisible();
    await expect(blockText(page, 'e')).toHaveText('Mijn tekst voor e, met een ë. Nog één zin.');
  });

  test('sends only with both P blocks, after confirmation; then the reply is locked and copies as e-mail', async ({
    seededStudio,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: seededStudio.origin });
    await openUnlocked(page, seededStudio, seededStudio.roundRoute(HANNAH));
    await expect(roundHeading(page, 3)).toBeVisible();
    const send = page.getByRole('button', { name: 'Afronden en versturen', exact: true });

    await writeIn(page, 'p_open', 'Wat een eerlijke antwoorden <b>echt</b> & open.');
    await send.click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Een reactie begint en eindigt met het positieve' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Naar P — Positief afsluiten' }).click();
    await page.keyboard.type('Ik heb alle vertrouwen in je.');
    await writeIn(page, 'a', 'Ik hoor verlangen naar rust.');

    await send.click();
    const dialog = page.getByRole('dialog', { name: 'Reactie afronden en versturen?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
    await expect(dialog.getByRole('listitem')).toHaveText([
      'S — Samenvatten',
      'S — Spiegelen',
      'I — Inzicht & vragen',
      'E — Eigen stap',
    ]);
    await expect(dialog).toContainText('voorgoed vastgelegd in het dossier van Hannah Whitfield');
    // The focus stays in the dialog; Escape closes it without sending.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect((await dossierOf(page, seededStudio, HANNAH)).rounds.at(-1)!.reply).toBeUndefined();

    await send.click();
    await dialog.getByRole('button', { name: 'Toch afronden' }).click();
    await expect(
      page.getByText('De reactie is afgerond en vastgelegd in het dossier. Verstuur haar nu aan de cliënt.'),
    ).toBeVisible();
    const editor = page.getByRole('textbox', { name: 'Reactie volgens het PASSIE-model' });
    await expect(editor).toHaveAttribute('contenteditable', 'false');
    await expect(editor).toHaveAttribute('aria-readonly', 'true');
    await expect(page.getByRole('button', { name: 'Afronden en versturen', exact: true })).toHaveCount(0);
    await expect(page.getByText(/^Afgerond$/)).toBeVisible();

    const dossier = await dossierOf(page, seededStudio, HANNAH);
    expect(dossier.rounds.at(-1)!.reply?.blocks.p_close.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Ik heb alle vertrouwen in je.' }] },
    ]);
    const { trajects } = await seededStudio.call<{ trajects: TrajectSummary[] }>(page, 'traject.list', {});
    const traject = trajects.find((candidate) => candidate.id === dossier.traject.id)!;
    expect(traject.awaiting.map((round) => round.roundId)).not.toContain(dossier.rounds.at(-1)!.id);

    await page.getByRole('button', { name: 'Kopiëren als e-mail' }).click();
    await expect(page.getByText('Gekopieerd. Plak de reactie in uw e-mail.')).toBeVisible();
    const copied = (await page.evaluate(`(async () => {
      const [item] = await navigator.clipboard.read();
      return { html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
    })()`)) as { html: string; text: string };
    // As the client gets it: greeted, the blocks as one letter (no headings unless the coach wants them), signed off.
    expect(copied.html).toContain('<p>Wat een eerlijke antwoorden &lt;b&gt;echt&lt;/b&gt; &amp; open.</p>');
    expect(copied.html).not.toContain('<b>');
    expect(copied.html).not.toContain('Positief benoemen');
    expect(copied.text).toMatch(/^Beste \S+,\n\n/);
    expect(copied.text).toContain('Ik heb alle vertrouwen in je.\n\nHartelijke groet,');
    // The dossier records how it left.
    await expect(page.getByText(/^Gekopieerd als e-mail, /)).toBeVisible();
    expect((await dossierOf(page, seededStudio, HANNAH)).rounds.at(-1)!.reply?.deliveries).toEqual([
      { at: expect.any(String), method: 'copied' },
    ]);

    // The dashboard no longer lists the round (where the dashboard is there to look at).
    await goTo(page, '#/');
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(page.locator(`a[href$="/rounds/${dossier.rounds.at(-1)!.id}"]`)).toHaveCount(0);
  });
});

test.describe('a long round', () => {
  test.use({
    viewport: { width: 1280, height: 800 },
    seed: { run: async (temp) => [await seedLongRound(temp)] },
  });

  test('with a 3,000-word answer and a 5,000-word reply keeps its layout', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, seededStudio.roundRoute(LONG_CLIENT));
    await expect(roundHeading(page, 1)).toBeVisible();
    const counts = page.locator('.ProseMirror .passie-block__count');
    await expect(counts).toHaveText([...Array(5).fill('714 woorden'), '715 woorden', '715 woorden']);
    await expect(page.locator('.answer .rich-text')).toHaveText(/^Ik merk dat/);
    expect((await page.locator('.answer .rich-text').innerText()).split(/\s+/).filter(Boolean)).toHaveLength(3_000);
    // Nothing sticks out sideways, the window itself does not scroll, and each pane scrolls on its own.
    const layout = (await page.evaluate(`({
      pageWidth: document.documentElement.scrollWidth,
      pageHeight: document.documentElement.scrollHeight,
      answers: document.querySelector('.answers-pane__scroll').scrollHeight > document.querySelector('.answers-pane__scroll').clientHeight,
      reply: document.querySelector('.reply-pane__scroll').scrollHeight > document.querySelector('.reply-pane__scroll').clientHeight,
      send: document.querySelector('.reply-footer').getBoundingClientRect().bottom <= window.innerHeight,
    })`)) as Record<string, number | boolean>;
    expect(layout).toEqual({ pageWidth: 1280, pageHeight: 800, answers: true, reply: true, send: true });
    await page.screenshot({ path: `${SHOTS}/split-view-long.png` });
    await page.evaluate(`(() => {
      const pane = document.querySelector('.reply-pane__scroll');
      pane.scrollTop = pane.scrollHeight;
    })()`);
    await page.screenshot({ path: `${SHOTS}/split-view-long-end.png` });
  });
});
