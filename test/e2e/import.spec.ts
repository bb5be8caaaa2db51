import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Page } from '@playwright/test';
import type { DossierView } from '../../shared/domain/dossier';
import { fixturePath } from '../support/fixtures';
import { expectPhotoShownAndSaved, screenshotBoth, seriousViolations } from './support/checks';
import { expect, goTo, openUnlocked, test, type SeededHost } from './support/seeded-studio';

const DANIELLE = 'Daniëlle van Dijk-Ramdin';
const HANNAH = 'Hannah Whitfield';
const trajectOf = (host: SeededHost, name: string) => host.seeded.find((client) => client.name === name)!.trajectId;
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Antwoorden importeren' });

// The browser's globals as these page functions use them: the test project compiles against Node's types only, and a
// DOM lib reference here would change the types of the whole project.
interface PageElement {
  tagName: string;
  src?: string;
  textContent: string | null;
  attributes: Iterable<{ name: string; value: string }>;
}
interface PageTransfer {
  items: { add: (file: unknown) => void };
  setData: (type: string, value: string) => void;
}
declare const document: {
  querySelectorAll: (selector: string) => ArrayLike<PageElement> & Iterable<PageElement>;
  body: { dispatchEvent: (event: unknown) => boolean };
};
declare const window: Record<string, unknown> & { __fired: string[] };
declare const DataTransfer: new () => PageTransfer;
declare const ClipboardEvent: new (type: string, init: { clipboardData: PageTransfer; bubbles: boolean }) => unknown;

/** Drops fixture files on the traject page the way a file manager does: dragenter, dragover, drop. */
async function dropFiles(page: Page, files: string[]): Promise<void> {
  const payload = await Promise.all(
    files.map(async (file) => ({ name: basename(file), base64: (await readFile(file)).toString('base64') })),
  );
  const transfer = await page.evaluateHandle((entries) => {
    const data = new DataTransfer();
    for (const entry of entries) {
      const bytes = Uint8Array.from(atob(entry.base64), (char) => char.charCodeAt(0));
      data.items.add(new File([bytes], entry.name));
    }
    return data;
  }, payload);
  const target = page.locator('.traject-page');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(page.getByText('Laat los om te importeren')).toBeVisible();
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

/**
 * Records whatever imported content might make the page do: dialogs, requests to anywhere but the studio, and
 * calls to alert/confirm/prompt/open (hooked before any script of the page runs).
 */
async function watchForScript(page: Page, origin: string) {
  const fired: string[] = [];
  page.on('dialog', (opened) => {
    fired.push(`dialog: ${opened.message()}`);
    void opened.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('blob:'))
      fired.push(`request: ${request.url()}`);
  });
  await page.addInitScript(() => {
    const record = (name: string) => () => {
      window.__fired.push(name);
    };
    window.__fired = [];
    window.alert = record('alert');
    window.confirm = record('confirm');
    window.prompt = record('prompt');
    window.open = record('open');
  });
  return {
    fired: async () => [...fired, ...(await page.evaluate(() => window.__fired))],
  };
}

/** Any construct in the page that could run or load something from imported text. */
async function activeConstructs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    // Imported text is shown only inside .rich-text: that is where nothing active may be.
    const inside = (...tags: string[]) => document.querySelectorAll(tags.map((tag) => `.rich-text ${tag}`).join(', '));
    for (const element of inside('iframe', 'object', 'embed', 'form', 'base', 'meta', 'style', 'link', 'svg')) {
      found.push(element.tagName);
    }
    for (const element of inside('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
        if (/^(href|src|action|xlink:href|background)$/i.test(attribute.name)) {
          const value = attribute.value.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
          if (/^(javascript|vbscript|data):/.test(value)) found.push(`${element.tagName} ${attribute.name}=${value}`);
        }
      }
    }
    // The page's own bundle is the only script there may be, anywhere.
    const scripts = [...document.querySelectorAll('script')].filter(
      (script) => !(script.src ?? '').includes('/assets/'),
    );
    for (const script of scripts) found.push(`SCRIPT ${script.textContent?.slice(0, 40)}`);
    if (document.querySelectorAll('.rich-text').length === 0) found.push('no imported text on screen');
    return found;
  });
}

test.describe('importing answers', () => {
  test('drops two e-mails on a traject, files the answers in the preview, and sees them in the split view', async ({
    seededStudio,
    page,
  }) => {
    await page.setViewportSize({ width: 1360, height: 900 });
    const trajectId = trajectOf(seededStudio, DANIELLE);
    await openUnlocked(page, seededStudio, `#/trajects/${trajectId}`);
    const before = await seededStudio.call<DossierView>(page, 'traject.show', { id: trajectId });

    await dropFiles(page, [
      fixturePath('eml/01-danielle-ronde5-plain-utf8-qp.eml'),
      fixturePath('eml/03-danielle-ronde6-docx-en-jpg-bijlagen.eml'),
    ]);
    await expect(dialog(page)).toBeVisible();
    // The first import starts the import worker, which loads mailparser, mammoth and jsdom: allow it the time.
    await expect(dialog(page).getByText('2 bestanden: 2 klaar om te importeren, 0 geweigerd.')).toBeVisible({
      timeout: 30_000,
    });
    const plain = dialog(page).getByRole('region', { name: '01-danielle-ronde5-plain-utf8-qp.eml' });
    const withDocx = dialog(page).getByRole('region', { name: '03-danielle-ronde6-docx-en-jpg-bijlagen.eml' });
    await expect(plain.getByRole('heading', { level: 4, name: /^Antwoord \d+$/ })).toHaveCount(2);
    await expect(
      plain
        .getByRole('radiogroup', { name: 'Vraag' })
        .first()
        .getByRole('radio', { name: /^Bij wie kun je zijn zonder iets te hoeven bewijzen\?/ }),
    ).toBeChecked();
    await expect(plain).toContainText('koffiebekertje met een barst erin');
    await expect(withDocx.getByRole('heading', { level: 4, name: /^Antwoord \d+$/ })).toHaveCount(3);
    await expect(withDocx).toContainText('proefplaatsing in de Kersenbuurt');
    await expect(withDocx.getByRole('checkbox', { name: /mijn-plek\.jpg bewaren/ })).toBeChecked();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, 'import-preview');

    // The coach corrects the filing: the second answer of the plain e-mail joins the first, and its received date moves.
    await plain.getByRole('button', { name: 'Samenvoegen met antwoord 1' }).click();
    await expect(plain.getByRole('heading', { level: 4, name: /^Antwoord \d+$/ })).toHaveCount(1);
    await plain.getByLabel('Ontvangen op').fill('2025-03-06T21:15');
    await dialog(page).getByRole('button', { name: '2 rondes importeren' }).click();

    await expect(dialog(page)).toBeHidden();
    await expect(page.getByText('2 rondes geïmporteerd.')).toBeVisible();
    const after = await seededStudio.call<DossierView>(page, 'traject.show', { id: trajectId });
    const added = after.rounds.slice(before.rounds.length);
    expect(added.map((round) => round.answers.length)).toEqual([1, 3]);
    expect(added.map((round) => round.source)).toEqual(['email', 'email']);
    expect(new Date(added[0]!.receivedAt).getTime()).toBe(new Date(2025, 2, 6, 21, 15).getTime());
    expect(added[1]!.answers[0]!.attachments.map((attachment) => attachment.name)).toContain('mijn-plek.jpg');

    await page
      .getByRole('status')
      .getByRole('link', { name: `Ronde ${added[0]!.number} openen` })
      .click();
    const answers = page.getByRole('region', { name: 'Antwoorden' });
    await expect(answers).toContainText('koffiebekertje met een barst erin');
    await expect(answers).toContainText('achttien maart om tien uur');

    // The round with attachments: the photo inline, and every file can be saved under its own name.
    await goTo(page, `#/trajects/${trajectId}/rounds/${added[1]!.id}`);
    await expect(answers).toContainText('proefplaatsing in de Kersenbuurt');
    await expectPhotoShownAndSaved(page, answers);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, 'split-view-attachments');
  });

  test('imports through the picker and names a refused file with its reason, the others still imported', async ({
    seededStudio,
    page,
  }) => {
    const trajectId = trajectOf(seededStudio, HANNAH);
    await openUnlocked(page, seededStudio, `#/trajects/${trajectId}`);
    await page.getByRole('button', { name: 'Bestanden importeren' }).click();
    await page
      .getByTestId('import-file-input')
      .setInputFiles([
        fixturePath('docx/hannah-whitfield-round-5.docx'),
        fixturePath('hostile/renamed-png.docx'),
        fixturePath('eml/02-hannah-round4-multipart-alternative.eml'),
      ]);
    await expect(dialog(page).getByText('3 bestanden: 2 klaar om te importeren, 1 geweigerd.')).toBeVisible({
      timeout: 30_000,
    });
    await expect(dialog(page).getByRole('alert')).toContainText('renamed-png.docx');
    await expect(dialog(page).getByRole('alert')).toContainText('PNG');
    const docx = dialog(page).getByRole('region', { name: 'hannah-whitfield-round-5.docx' });
    await expect(docx).toContainText('the shop ate my kettle');
    await expect(docx.getByRole('radiogroup', { name: 'Vraag' })).toHaveCount(3);
    expect(await seriousViolations(page)).toEqual([]);

    // Cancelling writes nothing.
    const before = await seededStudio.call<DossierView>(page, 'traject.show', { id: trajectId });
    await dialog(page).getByRole('button', { name: 'Annuleren' }).click();
    await expect(dialog(page)).toBeHidden();
    expect((await seededStudio.call<DossierView>(page, 'traject.show', { id: trajectId })).rounds).toHaveLength(
      before.rounds.length,
    );

    await page.getByRole('button', { name: 'Bestanden importeren' }).click();
    await page
      .getByTestId('import-file-input')
      .setInputFiles([
        fixturePath('docx/hannah-whitfield-round-5.docx'),
        fixturePath('eml/02-hannah-round4-multipart-alternative.eml'),
      ]);
    // Only the Word file this time: the e-mail is left out of the import.
    await dialog(page)
      .getByRole('checkbox', { name: '02-hannah-round4-multipart-alternative.eml importeren' })
      .uncheck();
    await dialog(page).getByRole('button', { name: '1 ronde importeren' }).click();
    await expect(page.getByText('1 ronde geïmporteerd.')).toBeVisible();
    const after = await seededStudio.call<DossierView>(page, 'traject.show', { id: trajectId });
    expect(after.rounds).toHaveLength(before.rounds.length + 1);
    expect(after.rounds.at(-1)!.source).toBe('docx');
    expect(after.rounds.at(-1)!.answers.map((answer) => answer.questionId)).toEqual([
      'topjob-1',
      'humor-2',
      'onzekerheid-4',
    ]);
  });

  test('imports the XSS e-mails and pasted HTML: the text stays, nothing runs, nothing loads', async ({
    seededStudio,
    page,
  }) => {
    const watch = await watchForScript(page, seededStudio.origin);
    const trajectId = trajectOf(seededStudio, HANNAH);
    await openUnlocked(page, seededStudio, `#/trajects/${trajectId}`);

    await dropFiles(page, [fixturePath('hostile/xss-kitchen-sink.eml'), fixturePath('hostile/xss-html-only.eml')]);
    await expect(dialog(page).getByText('2 bestanden: 2 klaar om te importeren, 0 geweigerd.')).toBeVisible({
      timeout: 30_000,
    });
    for (const survivor of ['SURVIVOR-TEXT-01', 'SURVIVOR-TEXT-04', 'SURVIVOR-TEXT-10', 'SURVIVOR-TEXT-12']) {
      await expect(dialog(page)).toContainText(survivor);
    }
    await expect(dialog(page)).toContainText('“aanhalingstekens”');
    expect(await activeConstructs(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: '2 rondes importeren' }).click();
    await expect(page.getByText('2 rondes geïmporteerd.')).toBeVisible();

    // Pasted HTML (Ctrl+V outside a field) goes through the same sanitising preview.
    await page.locator('.page-header').click();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData(
        'text/html',
        '<p>Geplakt SURVIVOR-PASTE <img src="x" onerror="alert(1)"><a href="javascript:alert(2)">klik</a></p>',
      );
      data.setData('text/plain', 'Geplakt SURVIVOR-PASTE klik');
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await expect(dialog(page).getByRole('region', { name: 'Geplakte tekst.html' })).toContainText('SURVIVOR-PASTE');
    expect(await activeConstructs(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: '1 ronde importeren' }).click();
    await expect(page.getByText('1 ronde geïmporteerd.')).toBeVisible();

    const dossier = await seededStudio.call<DossierView>(page, 'traject.show', { id: trajectId });
    expect(dossier.rounds.at(-1)!.source).toBe('pasted');
    // What is stored is text and marks only; a link that survived points to the web or to an e-mail address.
    const stored = JSON.stringify(dossier.rounds.slice(-3));
    expect(stored).not.toMatch(/<script|onerror=|xss-probe/i);
    const hrefs = [...stored.matchAll(/"href":"([^"]*)"/g)].map((match) => match[1]!);
    for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:)/);

    // Every imported round in the split view: the text shown, nothing active in the page.
    for (const round of dossier.rounds.slice(-3)) {
      await goTo(page, `#/trajects/${trajectId}/rounds/${round.id}`);
      await expect(page.getByRole('region', { name: 'Antwoorden' })).toContainText(/SURVIVOR-(TEXT|PASTE)/);
      expect(await activeConstructs(page)).toEqual([]);
    }
    await page.waitForTimeout(500);
    expect(await watch.fired()).toEqual([]);
  });
});
