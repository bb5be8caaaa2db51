import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { DossierView } from '../../shared/domain/dossier';
import { plainTextOf } from '../../shared/domain/rich-text';
import { fingerprintForReading } from '../../shared/packet/fingerprint-text';
import { loadFixtureClients } from '../support/fixture-clients';
import { TempStudio } from '../support/temp-studio';
import { SHOTS, screenshotBoth, seriousViolations } from './support/checks';
import { PASSPHRASE, expect, goTo, openUnlocked, test } from './support/seeded-studio';
import { CLI_BIN } from '../support/cli-bin';

const HANNAH = 'Hannah Whitfield';
const QUESTIONS = ['haven-1', 'topjob-2'];
const NOTE = 'Hoi Hannah,\nneem rustig de tijd. Schrijf zoals het bij je opkomt.';
/** Lines, diacritics, typographic quotes, an emoji ZWJ sequence; and a canary phrase each, to look for in the file. */
const ANSWERS = [
  'Op het strand bij Zandvoort, vroeg in de ochtend.\nDan hoor ik alleen de zee – en mijn eigen adem.\nMijn zus zei: “dat is jouw plek” 👩‍👩‍👧 café Noordzee.',
  'Het plannen van de roosters.\nKAMEEL-IN-DE-KEUKEN-42 is wat we zeggen als het misgaat; ë, ï, ñ en ø.',
];
const CANARIES = ['Zandvoort', 'KAMEEL-IN-DE-KEUKEN-42', 'jouw plek'];

test.use({
  seed: {
    run: async (temp) => {
      const seeded = await loadFixtureClients(temp);
      await temp.call('settings.update', {
        coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: 'marieke@praktijk-jansen.example' },
      });
      return seeded;
    },
  },
});

function cli(vaultDir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolveRun) => {
    const child = execFile(
      process.execPath,
      [CLI_BIN, '--vault', vaultDir, ...args],
      { env: { PATH: process.env.PATH, LANG: 'nl_NL.UTF-8', PASSIE_PASSPHRASE: PASSPHRASE }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolveRun({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

/** The client's own browser: a phone-sized window that records every request it makes and every script error. */
async function clientBrowser(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
    acceptDownloads: true,
  });
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('weberror', (error) => problems.push(`error: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  return { context, requests, problems };
}

async function openPacket(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Vragen van Marieke Jansen' })).toBeVisible();
  return page;
}

const answerBox = (page: Page, index: number) => page.getByRole('textbox').nth(index);
const autosaveKeys = (page: Page) =>
  page.evaluate<string[]>('Object.keys(localStorage).filter((key) => key.startsWith("passie-antwoorden:"))');

test.describe('answer packets', () => {
  test('a client answers offline from file://, the sealed answers come back into the dossier unchanged', async ({
    seededStudio,
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const trajectId = seededStudio.seeded.find((client) => client.name === HANNAH)!.trajectId;

    // The coach makes the packet on the command line, on the vault the (still locked) studio serves.
    const out = testInfo.outputPath('antwoordpakket.html');
    const made = await cli(seededStudio.vaultDir, [
      'packet',
      'create',
      '--traject',
      trajectId,
      '--questions',
      QUESTIONS.join(','),
      '--note',
      NOTE,
      '--language',
      'nl',
      '--out',
      out,
    ]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(Buffer.byteLength(html)).toBeLessThan(150 * 1024);
    const url = pathToFileURL(out).href;

    // The client opens it: the note, each question with its place, and writes.
    const client = await clientBrowser(browser);
    let packet = await openPacket(client.context, url);
    await expect(packet.getByText('neem rustig de tijd.', { exact: false })).toBeVisible();
    await expect(packet.getByText('Veilige haven')).toBeVisible();
    await expect(answerBox(packet, 0)).toHaveAccessibleName(/Waar voel je je helemaal veilig\?/);
    await answerBox(packet, 0).fill(ANSWERS[0]!);
    await answerBox(packet, 1).pressSequentially(ANSWERS[1]!.slice(0, 20));
    await answerBox(packet, 1).fill(ANSWERS[1]!);
    await expect(packet.getByRole('status').filter({ hasText: 'Bewaard op dit apparaat' })).toBeVisible();
    await expect(packet.getByText('28 woorden')).toBeVisible();
    expect(await seriousViolations(packet)).toEqual([]);
    await mkdir(SHOTS, { recursive: true });
    await screenshotBoth(packet, 'packet-phone-write');

    // Closing the tab loses nothing.
    await packet.close();
    packet = await openPacket(client.context, url);
    await expect(answerBox(packet, 0)).toHaveValue(ANSWERS[0]!);
    await expect(answerBox(packet, 1)).toHaveValue(ANSWERS[1]!);

    // Reread everything, then send: the answers are sealed in the page and saved as a file.
    await packet.getByRole('button', { name: 'Lees alles nog eens na' }).click();
    await expect(packet.getByRole('heading', { level: 2, name: 'Lees alles nog eens na' })).toBeFocused();
    await expect(packet.getByText('Het plannen van de roosters.', { exact: false })).toBeVisible();
    expect(await seriousViolations(packet)).toEqual([]);
    await screenshotBoth(packet, 'packet-phone-review');
    const download = packet.waitForEvent('download');
    await packet.getByRole('button', { name: 'Versturen naar mijn coach' }).click();
    const saved = await download;
    const fileName = saved.suggestedFilename();
    // Named for the client as the packet page itself is, so a coach with many clients can tell the files apart.
    expect(fileName).toMatch(/^antwoorden-hannah-whitfield-\d{4}-\d{2}-\d{2}\.passie$/);
    const sealed = await readFile((await saved.path())!);
    const text = sealed.toString('utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'passie-answers', version: 1, trajectRef: trajectId });
    for (const canary of CANARIES) expect(text).not.toContain(canary);
    await expect(packet.getByRole('heading', { level: 2, name: 'Je antwoorden staan klaar' })).toBeFocused();
    await expect(packet.getByText('als bijlage in een e-mail aan Marieke Jansen', { exact: false })).toBeVisible();
    // Where to send it: the coach's address from the studio's settings, set apart to copy.
    await expect(packet.getByText('marieke@praktijk-jansen.example', { exact: true })).toBeVisible();
    expect(await seriousViolations(packet)).toEqual([]);
    await screenshotBoth(packet, 'packet-phone-sent');

    // Back to the answers, the page says this packet goes in once; sending again (a lost first file) makes the
    // same packet, newly sealed.
    await packet.getByRole('button', { name: 'Terug naar mijn antwoorden' }).click();
    await expect(
      packet
        .getByText(/al verstuurd\. Je coach kan van dit pakket maar één bestand overnemen/)
        .filter({ visible: true }),
    ).toHaveCount(1);
    await packet.getByRole('button', { name: 'Lees alles nog eens na' }).click();
    await expect(packet.getByText(/maar één bestand overnemen/).filter({ visible: true })).toHaveCount(1);
    const again = packet.waitForEvent('download');
    await packet.getByRole('button', { name: 'Versturen naar mijn coach' }).click();
    const resent = JSON.parse(await readFile((await (await again).path())!, 'utf8')) as Record<string, string>;
    const first = JSON.parse(text) as Record<string, string>;
    expect(resent.packetId).toBe(first.packetId);
    expect(resent.ciphertext).not.toBe(first.ciphertext);

    // Once the client says the file went, the answers leave this browser.
    expect(await autosaveKeys(packet)).toHaveLength(1);
    await packet.getByRole('button', { name: 'Ja, verstuurd: wis mijn antwoorden van dit apparaat' }).click();
    await expect(packet.getByText('Je antwoorden zijn van dit apparaat gewist.')).toBeVisible();
    expect(await autosaveKeys(packet)).toEqual([]);

    // Not one request but the page itself, and no script error or CSP complaint on the way.
    expect(new Set(client.requests)).toEqual(new Set([url]));
    expect(client.problems).toEqual([]);
    await client.context.close();

    // Back in the studio: the file imported on the traject page, previewed and committed.
    await openUnlocked(page, seededStudio, `#/trajects/${trajectId}`);
    const before = await seededStudio.call<DossierView>(page, 'traject.show', { id: trajectId });
    await page.getByRole('button', { name: 'Bestanden importeren' }).click();
    await page
      .getByTestId('import-file-input')
      .setInputFiles({ name: fileName, mimeType: 'application/octet-stream', buffer: sealed });
    const dialog = page.getByRole('dialog', { name: 'Antwoorden importeren' });
    await dialog.getByRole('button', { name: '1 ronde importeren' }).click();
    await expect(page.getByText('1 ronde geïmporteerd.')).toBeVisible();

    const after = await seededStudio.call<DossierView>(page, 'traject.show', { id: trajectId });
    expect(after.rounds).toHaveLength(before.rounds.length + 1);
    const round = after.rounds.at(-1)!;
    expect(round.answers.map((answer) => answer.questionId)).toEqual(QUESTIONS);
    expect(round.answers.map((answer) => plainTextOf(answer.content))).toEqual(ANSWERS);

    // The split view shows each answer exactly as the client typed it, line breaks and all.
    await goTo(page, `#/trajects/${trajectId}/rounds/${round.id}`);
    const answers = page.getByRole('region', { name: 'Antwoorden' });
    await expect(answers.getByText('Op het strand bij Zandvoort', { exact: false })).toBeVisible();
    const shown = await answers.locator('p').allInnerTexts();
    for (const answer of ANSWERS) expect(shown).toContain(answer);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the coach makes a packet in the traject view: questions by place, an own question, a note', async ({
    seededStudio,
    page,
    browser,
  }, testInfo) => {
    const trajectId = seededStudio.seeded.find((client) => client.name === HANNAH)!.trajectId;
    await page.setViewportSize({ width: 1360, height: 900 });
    await openUnlocked(page, seededStudio, `#/trajects/${trajectId}`);
    const card = page.getByRole('region', { name: 'Antwoordpakket' });
    await card.getByRole('button', { name: 'Antwoordpakket maken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Antwoordpakket maken' });
    await dialog.getByRole('radio', { name: 'English' }).check();
    await dialog
      .getByRole('group', { name: 'Safe harbour' })
      .getByRole('checkbox', { name: /^Where do you feel completely safe\?/ })
      .check();
    await dialog.getByLabel('Eigen vraag').fill('What did you notice this week?');
    await dialog.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await dialog.getByLabel(/Persoonlijk bericht/).fill('Take your time, Hannah.');
    await expect(dialog.getByRole('status')).toHaveText('2 vragen gekozen');
    expect(await seriousViolations(page)).toEqual([]);
    // The dialog itself (a full-page picture of a modal shows the page behind it more than the dialog).
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await dialog.evaluate((element) => element.scrollTo(0, 0));
      await dialog.screenshot({ path: join(SHOTS, `packet-dialog-${colorScheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Pakket maken en opslaan' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^answer-packet-hannah-whitfield-\d{4}-\d{2}-\d{2}\.html$/);
    await expect(dialog).toBeHidden();
    await expect(card.getByRole('status')).toContainText(saved.suggestedFilename());

    // What the coach saved is the page the client opens: in English, with both questions and the note.
    const client = await clientBrowser(browser);
    const packet = await client.context.newPage();
    const file = testInfo.outputPath(saved.suggestedFilename());
    await saved.saveAs(file);
    await packet.goto(pathToFileURL(file).href);
    await expect(packet.getByRole('heading', { level: 1, name: 'Questions from Marieke Jansen' })).toBeVisible();
    await expect(packet.getByText('Take your time, Hannah.')).toBeVisible();
    await expect(packet.getByRole('textbox')).toHaveCount(2);
    await expect(packet.getByRole('textbox').nth(1)).toHaveAccessibleName(/What did you notice this week\?/);
    // The key's fingerprint, for a client to compare with the one the coach reads out from the settings.
    const key = await seededStudio.call<{ fingerprint: string }>(page, 'packet.key', {});
    await packet.getByText('About your privacy').click();
    await expect(packet.getByText(fingerprintForReading(key.fingerprint), { exact: true })).toBeVisible();
    expect(await seriousViolations(packet)).toEqual([]);
    expect(client.problems).toEqual([]);
    await client.context.close();
  });
  test('the answers kept in the client’s browser are encrypted, come back on reload, and go once sending is confirmed', async ({
    browser,
  }, testInfo) => {
    // A packet made by a real studio, and beside it an unrelated HTML file the client also opens from disk: every
    // file:// page shares one localStorage, so that page can read whatever the packet page keeps there.
    const temp = await TempStudio.open();
    let out: string;
    try {
      await temp.call('settings.update', { coach: { name: 'Marieke Jansen', practice: '', email: '' } });
      const { id: clientId } = await temp.call('client.add', { name: HANNAH });
      const { id: trajectId } = await temp.call('traject.add', { clientId, title: 'Loopbaan' });
      const made = await temp.call('packet.create', {
        trajectId,
        questions: [{ text: 'Waar voel je je helemaal veilig?' }, { text: 'Wat ging er deze week goed?' }],
        language: 'nl',
      });
      out = testInfo.outputPath('antwoordpakket.html');
      await writeFile(out, Buffer.from(made.base64, 'base64'));
    } finally {
      await temp.dispose();
    }
    const html = await readFile(out, 'utf8');
    const pageKey = (JSON.parse(/id="packet-data">([^<]*)</.exec(html)![1]!) as { autosaveKey: string }).autosaveKey;
    const unrelated = testInfo.outputPath('vakantiefoto.html');
    await writeFile(unrelated, '<!doctype html><html lang="nl"><title>Vakantie</title><p>Foto’s</p></html>\n');

    const client = await clientBrowser(browser);
    let packet = await openPacket(client.context, pathToFileURL(out).href);
    await answerBox(packet, 0).fill(ANSWERS[0]!);
    await answerBox(packet, 1).fill(ANSWERS[1]!);
    await expect(packet.getByRole('status').filter({ hasText: 'Bewaard op dit apparaat' })).toBeVisible();
    const other = await client.context.newPage();
    await other.goto(pathToFileURL(unrelated).href);
    const storedSeenByOther = () => other.evaluate<[string, string][]>('Object.entries(localStorage)');
    const seen = await storedSeenByOther();
    expect(seen.map(([key]) => key)).toEqual([expect.stringMatching(/^passie-antwoorden:pa_[0-9a-z]{20}$/)]);
    const everything = seen.flat().join('\n');
    for (const secret of [...CANARIES, 'strand', 'roosters', pageKey]) expect(everything).not.toContain(secret);
    // And the page says so, in one sentence, before the client writes a word.
    await expect(packet.getByText('versleuteld op dit apparaat bewaard, en gewist zodra je laat weten')).toBeVisible();

    // A reload (or a restart of the browser) brings the answers back: the page itself holds the key.
    await packet.reload();
    await expect(answerBox(packet, 0)).toHaveValue(ANSWERS[0]!);
    await expect(answerBox(packet, 1)).toHaveValue(ANSWERS[1]!);

    await packet.getByRole('button', { name: 'Lees alles nog eens na' }).click();
    const download = packet.waitForEvent('download');
    await packet.getByRole('button', { name: 'Versturen naar mijn coach' }).click();
    await download;
    // Sent, not yet confirmed: kept (encrypted), in case the file must be saved again.
    expect(await storedSeenByOther()).toHaveLength(1);
    await packet.getByRole('button', { name: 'Ja, verstuurd: wis mijn antwoorden van dit apparaat' }).click();
    await expect(packet.getByText('Je antwoorden zijn van dit apparaat gewist.')).toBeVisible();
    expect(await storedSeenByOther()).toEqual([]);
    packet = await openPacket(client.context, pathToFileURL(out).href);
    await expect(answerBox(packet, 0)).toHaveValue('');
    expect(client.problems).toEqual([]);
    await client.context.close();
  });
});
