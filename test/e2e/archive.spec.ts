import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { DossierView } from '../../shared/domain/dossier';
import { PASSIE_KEYS } from '../../shared/domain/passie';
import { plainTextOf, richTextFromPlain } from '../../shared/domain/rich-text';
import { fixture } from '../support/fixtures';
import { expectPhotoShownAndSaved, screenshotBoth, seriousViolations } from './support/checks';
import { expect, goTo, openUnlocked, test } from './support/seeded-studio';

const run = promisify(execFile);
const HANNAH = 'Hannah Whitfield';
/** A client's e-mail with a DOCX and a photo (a 64-pixel-wide JPEG of 1529 bytes). */
const MAIL_WITH_PHOTO = 'eml/03-danielle-ronde6-docx-en-jpg-bijlagen.eml';

interface ImportPreviewResult {
  results: {
    ok: boolean;
    preview: {
      previewId: string;
      receivedAt: string;
      answers: { questionId?: string; title?: string; content: unknown }[];
      attachments: { token: string }[];
    };
  }[];
}

test.describe('closing and the archive', () => {
  test('closes a traject into the archive, verifies it, exports its PDF, restores it, and destroys another', async ({
    seededStudio,
    page,
  }) => {
    // Two closings (each signs a PDF and seals an archive), a verify, a PDF export, a restore and a destroy.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1360, height: 900 });
    await openUnlocked(page, seededStudio, '#/');
    await seededStudio.call(page, 'settings.update', {
      coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: 'marieke@praktijk-jansen.example' },
    });
    const hannah = seededStudio.seeded.find((client) => client.name === HANNAH)!;
    const before = await seededStudio.call<DossierView>(page, 'traject.show', { id: hannah.trajectId });

    await goTo(page, `#/trajects/${hannah.trajectId}`);
    await page.getByRole('button', { name: 'Traject afsluiten…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Traject afsluiten' });
    const years = dialog.getByLabel('Bewaartermijn na afsluiten (jaren)');
    await expect(years).toHaveValue('2');
    // Hannah's rounds have no reply yet: closing says so first, round by round.
    await expect(dialog.getByText(/hebben nog geen afgeronde reactie/)).toBeVisible();
    await expect(dialog.getByText('Ronde 1: nog geen reactie')).toBeVisible();
    await years.fill('25');
    await dialog.getByRole('button', { name: 'Toch afsluiten en archiveren' }).click();
    await expect(dialog.getByText('Kies een heel aantal jaren van 1 tot 20.')).toBeVisible();
    await years.fill('3');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Toch afsluiten en archiveren' }).click();

    // Closing makes the signing certificate (RSA 3072) and signs the final PDF first: more than a moment.
    await expect(page.getByRole('heading', { level: 2, name: 'Archief' })).toBeVisible({ timeout: 60_000 });
    const kept = page.getByRole('region', { name: 'Bewaard' });
    const row = kept.getByRole('listitem').filter({ hasText: before.traject.title });
    await expect(row).toContainText(HANNAH);
    await row.getByRole('button', { name: 'Controleren' }).click();
    await expect(row.getByRole('status').first()).toContainText('Het archief is ongeschonden');
    const download = page.waitForEvent('download');
    await row.getByRole('button', { name: 'Ondertekende PDF' }).click();
    const pdf = (await (await download).path())!;
    expect((await run('pdfsig', [pdf])).stdout).toContain('Signature is Valid.');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, 'archive');

    // The dashboard no longer lists the closed traject's rounds.
    const summaries = await seededStudio.call<{ trajects: { id: string; status: string }[] }>(page, 'traject.list', {});
    expect(summaries.trajects.find((traject) => traject.id === hannah.trajectId)?.status).toBe('closed');

    await row.getByRole('button', { name: 'Terugzetten' }).click();
    await expect(page.getByRole('heading', { level: 2, name: before.traject.title })).toBeVisible();
    await expect(page.getByText('Afgesloten', { exact: true })).toBeVisible();
    const restored = await seededStudio.call<DossierView>(page, 'traject.show', { id: hannah.trajectId });
    expect(restored.rounds).toEqual(before.rounds);
    await expect(page.getByRole('button', { name: 'Traject afsluiten…' })).toHaveCount(0);

    // Another traject: closed through the API, destroyed before its date only with a reason and the title typed.
    const other = seededStudio.seeded.find((client) => client.name !== HANNAH)!;
    const otherTitle = (await seededStudio.call<DossierView>(page, 'traject.show', { id: other.trajectId })).traject
      .title;
    await seededStudio.call(page, 'traject.close', { id: other.trajectId, retentionYears: 1 });
    await goTo(page, '#/archive');
    const otherRow = page.getByRole('listitem').filter({ hasText: otherTitle });
    await otherRow.getByRole('button', { name: 'Vernietigen…' }).click();
    const destroy = page.getByRole('dialog', { name: 'Archief vernietigen' });
    await expect(destroy).toContainText('De bewaartermijn is nog niet voorbij');
    await destroy.getByLabel('Reden').fill('Verzoek van de cliënt om verwijdering');
    await destroy.getByLabel('Typ de titel van het traject om te bevestigen').fill('iets anders');
    await destroy.getByRole('button', { name: 'Definitief vernietigen' }).click();
    await expect(destroy.getByText('De titel komt niet overeen.')).toBeVisible();
    await destroy.getByLabel('Typ de titel van het traject om te bevestigen').fill(otherTitle);
    await destroy.getByRole('button', { name: 'Definitief vernietigen' }).click();
    await expect(destroy).toBeHidden();
    await expect(page.getByRole('listitem').filter({ hasText: otherTitle })).toHaveCount(0);
    const left = await seededStudio.call<{ archives: { id: string }[] }>(page, 'archive.list', {});
    expect(left.archives.map((archive) => archive.id)).not.toContain(other.trajectId);
  });

  test('opens a closed traject read-only from the archive: timeline, split view, nothing to edit; then restores it', async ({
    seededStudio,
    page,
  }) => {
    // Signing, archiving, unsealing the archive twice, restoring, and two axe runs with light and dark pictures.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1360, height: 900 });
    await openUnlocked(page, seededStudio, '#/');
    await seededStudio.call(page, 'settings.update', {
      coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: 'marieke@praktijk-jansen.example' },
    });
    const hannah = seededStudio.seeded.find((client) => client.name === HANNAH)!;
    // The first round gets a sent reply, so the archive holds answers and a reply to read back.
    const [firstRound] = hannah.roundIds;
    const reply = {
      p_open: 'Wat mooi hoe eerlijk je beschrijft wat je nu nog tegenhoudt.',
      p_close: 'Ik heb er alle vertrouwen in dat je die volgende stap zet.',
    };
    const blocks = Object.fromEntries(
      PASSIE_KEYS.map((key) => [key, richTextFromPlain(reply[key as keyof typeof reply] ?? `Blok ${key}.`)]),
    );
    await seededStudio.call(page, 'reply.saveDraft', { trajectId: hannah.trajectId, roundId: firstRound, blocks });
    await seededStudio.call(page, 'reply.send', { trajectId: hannah.trajectId, roundId: firstRound });
    // A round imported from an e-mail with a photo and a DOCX, so the archive holds attachments to show and save.
    const mail = fixture(MAIL_WITH_PHOTO).toString('base64');
    const { results } = await seededStudio.call<ImportPreviewResult>(page, 'import.preview', {
      trajectId: hannah.trajectId,
      files: [{ name: 'mail.eml', base64: mail }],
    });
    const { preview } = results[0]!;
    await seededStudio.call(page, 'import.commit', {
      trajectId: hannah.trajectId,
      rounds: [
        {
          previewId: preview.previewId,
          receivedAt: preview.receivedAt,
          source: 'email',
          answers: preview.answers.map((imported) => ({
            question: imported.questionId,
            title: imported.title,
            content: imported.content,
          })),
          attachments: preview.attachments.map((attachment) => attachment.token),
        },
      ],
    });
    const before = await seededStudio.call<DossierView>(page, 'traject.show', { id: hannah.trajectId });
    const withPhoto = before.rounds.find((round) =>
      round.answers.some((candidate) => candidate.attachments.some((file) => file.name === 'mijn-plek.jpg')),
    )!;
    const answer = plainTextOf(before.rounds[0]!.answers[0]!.content).trim().split('\n')[0]!.slice(0, 60);

    await goTo(page, `#/trajects/${hannah.trajectId}`);
    await page.getByRole('button', { name: 'Traject afsluiten…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Traject afsluiten' });
    await dialog.getByRole('button', { name: 'Toch afsluiten en archiveren' }).click();
    // Closing makes the signing certificate (RSA 3072) and signs the final PDF first: more than a moment.
    await expect(page.getByRole('heading', { level: 2, name: 'Archief' })).toBeVisible({ timeout: 60_000 });

    const row = page.getByRole('listitem').filter({ hasText: before.traject.title });
    await row.getByRole('link', { name: /^Openen \(alleen lezen\)/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: before.traject.title })).toBeVisible();
    const main = page.getByRole('main');
    const banner = main.getByRole('region', { name: 'Gearchiveerd — alleen lezen' });
    await expect(banner).toContainText('Afgesloten op');
    await expect(banner).toContainText('Bewaren tot');
    await expect(banner.getByRole('button', { name: 'Terugzetten' })).toBeVisible();
    await expect(banner.getByRole('button', { name: 'Ondertekende PDF' })).toBeVisible();
    const timeline = main.getByRole('region', { name: 'Rondes' });
    await expect(timeline.locator('[data-round-id]')).toHaveCount(before.rounds.length);
    await expect(main.getByRole('textbox')).toHaveCount(0);
    await expect(main.locator('input, textarea, [contenteditable]')).toHaveCount(0);
    await expect(
      main.getByRole('button', { name: /Ronde toevoegen|bewerken|Notitie toevoegen|importeren/ }),
    ).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, 'archive-read-only-traject');

    await timeline.getByRole('link', { name: 'Ronde 1 openen' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Ronde 1/ })).toBeVisible();
    await expect(main.getByRole('region', { name: 'Antwoorden' })).toContainText(answer);
    const replyPane = main.getByRole('region', { name: 'Uw reactie' });
    await expect(replyPane).toContainText(reply.p_open);
    await expect(replyPane).toContainText(reply.p_close);
    await expect(main.getByRole('textbox')).toHaveCount(0);
    await expect(main.locator('input, textarea, [contenteditable]')).toHaveCount(0);
    await expect(main.getByRole('button', { name: /Citeer in|Versturen/ })).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, 'archive-read-only-round');

    // The imported round: its photo shown and its files saved straight from the archive, as in a live round.
    await main.getByRole('link', { name: 'Terug naar het traject' }).click();
    await timeline.getByRole('link', { name: `Ronde ${withPhoto.number} openen` }).click();
    const answers = main.getByRole('region', { name: 'Antwoorden' });
    await expect(answers).toContainText('proefplaatsing in de Kersenbuurt');
    await expectPhotoShownAndSaved(page, answers);
    await expect(answers.getByText(/zet het traject terug/)).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Back the way the coach came: the timeline, the archive; there the traject is restored.
    await main.getByRole('link', { name: 'Terug naar het traject' }).click();
    await main.getByRole('link', { name: 'Terug naar het archief' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Archief' })).toBeVisible();
    await row.getByRole('button', { name: 'Terugzetten' }).click();
    await expect(page.getByRole('heading', { level: 2, name: before.traject.title })).toBeVisible();
    await expect(page.getByText('Afgesloten', { exact: true })).toBeVisible();
    const restored = await seededStudio.call<DossierView>(page, 'traject.show', { id: hannah.trajectId });
    expect(restored.rounds).toEqual(before.rounds);
    expect(restored.rounds[0]!.reply?.sentAt).toBeDefined();
  });
});
