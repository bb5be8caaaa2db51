import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { DossierView } from '../../shared/domain/dossier';
import { screenshotBoth, seriousViolations } from './support/checks';
import { expect, goTo, openUnlocked, test } from './support/seeded-studio';

const run = promisify(execFile);
const HANNAH = 'Hannah Whitfield';

test.describe('closing and the archive', () => {
  test('closes a traject into the archive, verifies it, exports its PDF, restores it, and destroys another', async ({
    seededStudio,
    page,
  }) => {
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
    await years.fill('25');
    await dialog.getByRole('button', { name: 'Afsluiten en archiveren' }).click();
    await expect(dialog.getByText('Kies een heel aantal jaren van 1 tot 20.')).toBeVisible();
    await years.fill('3');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Afsluiten en archiveren' }).click();

    await expect(page.getByRole('heading', { level: 2, name: 'Archief' })).toBeVisible();
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
});
