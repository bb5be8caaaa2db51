import { richTextFromPlain } from '../../shared/domain/rich-text';
import type { DossierView } from '../../shared/domain/dossier';
import { fixturePath } from '../support/fixtures';
import { SHOTS, seriousViolations } from './support/checks';
import { expect, goTo, openUnlocked, test, type SeededHost } from './support/seeded-studio';

/**
 * A practice with a history: rounds from long ago (answered by mail before the studio), a traject that began
 * before it was entered here, notes the coach rewrites, and dialogs that keep the rest of the window out of reach.
 */
const HANNAH = 'Hannah Whitfield';

function trajectOf(host: SeededHost, name: string): string {
  return host.seeded.find((client) => client.name === name)!.trajectId;
}

test.describe('a practice with a history', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('marks an old round as answered outside the studio, and the dashboard tells the truth', async ({
    seededStudio,
    page,
  }) => {
    const hannah = seededStudio.seeded.find((client) => client.name === HANNAH)!;
    await openUnlocked(page, seededStudio, '#/');
    const row = page.locator(`.awaiting-row[data-round-id="${hannah.roundIds[0]}"]`);
    await expect(row).toHaveCount(1);

    await goTo(page, seededStudio.roundRoute(HANNAH, 0));
    await expect(page.getByText(/dagen te laat/)).toBeVisible();
    await page.getByRole('button', { name: 'Buiten de studio beantwoord' }).click();
    await expect(page.getByText(/^buiten de studio \(aangegeven op /)).toBeVisible();
    await expect(page.getByText(/dagen te laat/)).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);

    await goTo(page, '#/');
    await expect(page.getByRole('heading', { level: 2, name: 'Overzicht' })).toBeVisible();
    await expect(row).toHaveCount(0);

    // The timeline says so too, and the mark can be taken back.
    await goTo(page, `#/trajects/${hannah.trajectId}`);
    await expect(page.locator(`.timeline-round[data-round-id="${hannah.roundIds[0]}"]`)).toContainText(
      'Buiten de studio beantwoord',
    );
    await goTo(page, seededStudio.roundRoute(HANNAH, 0));
    await page.getByRole('button', { name: 'Toch hier beantwoorden' }).click();
    await expect(page.getByText(/dagen te laat/)).toBeVisible();
    const dossier = await seededStudio.call<DossierView>(page, 'traject.show', { id: hannah.trajectId });
    expect(dossier.traject.awaiting.map((waiting) => waiting.roundId)).toContain(hannah.roundIds[0]);
  });

  test('numbers rounds by when they came in and lets the coach set when the traject began', async ({
    seededStudio,
    page,
  }) => {
    const trajectId = trajectOf(seededStudio, HANNAH);
    await openUnlocked(page, seededStudio, `#/trajects/${trajectId}`);
    const before = await seededStudio.call<DossierView>(page, 'traject.show', { id: trajectId });
    // Not "today": a traject cannot have begun after its first answers came in.
    expect(before.traject.startedAt).toBe(before.rounds[0]!.receivedAt);

    // A mail from 2024 entered today becomes round 1.
    const old = await seededStudio.call<{ id: string }>(page, 'round.add', {
      trajectId,
      receivedAt: '2024-05-14T09:30:00.000Z',
      answers: [{ title: 'Een oude mail', content: richTextFromPlain('Wat ik toen al schreef.') }],
    });
    await page.reload();
    const timeline = page.locator('.timeline-round');
    await expect(timeline.first()).toHaveAttribute('data-round-id', old.id);
    await expect(timeline.first().getByRole('heading', { level: 4 })).toHaveText('Ronde 1');
    await expect(timeline).toHaveCount(before.rounds.length + 1);
    await expect(page.getByText('Gestart op 14 mei 2024')).toBeVisible();

    // The coach knows better: the traject began in March.
    await page.getByRole('button', { name: 'Titel, doel en begindatum bewerken' }).click();
    const started = page.getByLabel('Begonnen op');
    await started.fill('2099-01-01');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await expect(page.getByText('Een traject kan niet in de toekomst begonnen zijn.')).toBeVisible();
    await started.fill('2024-03-01');
    // Corrected: the error goes as the value changes, before saving.
    await expect(page.getByText('Een traject kan niet in de toekomst begonnen zijn.')).toHaveCount(0);
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await expect(page.getByText('Gestart op 1 mrt 2024')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('edits a private note and shows its earlier wording', async ({ seededStudio, page }) => {
    const trajectId = trajectOf(seededStudio, HANNAH);
    await openUnlocked(page, seededStudio, `#/trajects/${trajectId}`);
    const notes = page.getByRole('region', { name: 'Privénotities' });
    await notes.getByLabel('Nieuwe notitie').fill('Vraag volgende keer naar haar zus.');
    await notes.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await expect(notes.getByRole('listitem')).toHaveCount(1);

    await notes.getByRole('button', { name: /^Notitie van .* bewerken$/ }).click();
    const field = notes.getByLabel(/^Notitie van .* bewerken$/);
    await expect(field).toBeFocused();
    await field.fill('Vraag volgende keer naar haar broer, niet haar zus.');
    await notes.getByRole('button', { name: 'Bewaren' }).click();

    const note = notes.locator('.note').first();
    await expect(note).toContainText('Vraag volgende keer naar haar broer, niet haar zus.');
    await expect(note.locator('.note__at').first()).toContainText('bewerkt op');
    await note.getByText('Eerdere versie').click();
    await expect(note.locator('.note__version')).toContainText('Vraag volgende keer naar haar zus.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/coach-history-note.png`, fullPage: true });

    const dossier = await seededStudio.call<DossierView>(page, 'traject.show', { id: trajectId });
    expect(dossier.notes[0]!.earlier).toHaveLength(1);
  });

  test('keeps the window behind a dialog out of reach, for the mouse and the keyboard', async ({
    seededStudio,
    page,
  }) => {
    const trajectId = trajectOf(seededStudio, HANNAH);
    await openUnlocked(page, seededStudio, `#/trajects/${trajectId}`);
    const closeButton = page.getByRole('button', { name: 'Traject afsluiten…' });
    await expect(closeButton).toBeVisible();
    await page.getByRole('button', { name: 'Bestanden importeren' }).click();
    await page.getByTestId('import-file-input').setInputFiles([fixturePath('docx/hannah-whitfield-round-5.docx')]);
    const dialog = page.getByRole('dialog', { name: 'Antwoorden importeren' });
    await expect(dialog.getByText(/klaar om te importeren/)).toBeVisible({ timeout: 30_000 });

    // Tab never leaves the dialog, however often the coach presses it.
    for (let press = 0; press < 30; press += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(`Boolean(document.activeElement && document.activeElement.closest('dialog'))`)).toBe(
        true,
      );
    }
    // The rest of the window is inert: "Traject afsluiten…" behind it takes no click and is out of the tree.
    await expect(closeButton.click({ trial: true, timeout: 1_500 })).rejects.toThrow();
    const behind = `[...document.querySelectorAll('button')].find((b) => b.textContent.includes('Traject afsluiten'))`;
    expect(await page.evaluate(`${behind}.closest('[inert]') !== null`)).toBe(true);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.evaluate(`${behind}.closest('[inert]') === null`)).toBe(true);
    await closeButton.click({ trial: true });
  });
});
