import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Settings } from '../../shared/domain/settings';
import type { Catalogue } from '../../shared/domain/catalogue';
import { fixtureJson, fixturePath } from '../support/fixtures';
import { expect, goTo, openUnlocked, test } from './support/seeded-studio';

const SHOTS = 'test-results/screenshots';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const card = (page: Page, title: string) => page.getByRole('region', { name: title });

test.describe('the settings', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('pass axe in light and dark, every part folded open', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, '#/settings');
    await expect(page.getByRole('heading', { level: 2, name: 'Instellingen' })).toBeFocused();
    // Open a phrase list and a place, so their fields are checked too.
    await card(page, 'Zinnen per blok').getByText('Aansluiten').click();
    await card(page, 'Vragencatalogus').getByText('Veilige haven').click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/settings-light.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/settings-dark.png`, fullPage: true });
  });

  test('saves the profile and the way of working, and says what is wrong first', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, '#/settings');
    const profile = card(page, 'Uw gegevens');
    await profile.getByLabel('Naam').fill('Marieke Jansen');
    await profile.getByLabel('Praktijk').fill('Praktijk Jansen');
    await profile.getByLabel('E-mailadres').fill('marieke@');
    await profile.getByRole('button', { name: 'Opslaan' }).click();
    await expect(profile.getByText('Dit lijkt geen e-mailadres.', { exact: false })).toBeVisible();
    await expect(profile.getByRole('alert')).toHaveText(/verbeter eerst wat hieronder is gemarkeerd/);
    await profile.getByLabel('E-mailadres').fill('marieke@praktijk-jansen.example');
    await profile.getByRole('button', { name: 'Opslaan' }).click();
    await expect(profile.getByRole('status')).toHaveText('Opgeslagen.');

    const work = card(page, 'Werkwijze');
    await work.getByLabel('Reactietijd in uren').fill('0');
    await work.getByRole('button', { name: 'Opslaan' }).click();
    await expect(work.getByText('Vul een heel getal in van 1 tot en met 336.')).toBeVisible();
    await work.getByLabel('Reactietijd in uren').fill('72');
    await work.getByRole('button', { name: 'Opslaan' }).click();
    await expect(work.getByRole('status')).toHaveText('Opgeslagen.');

    const settings = await seededStudio.call<Settings>(page, 'settings.get', {});
    expect(settings.coach).toEqual({
      name: 'Marieke Jansen',
      practice: 'Praktijk Jansen',
      email: 'marieke@praktijk-jansen.example',
    });
    expect(settings.responseHours).toBe(72);
  });

  test('renames a block, and the editor shows the new name', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, '#/settings');
    const labels = card(page, 'Namen van de PASSIE-blokken');
    await labels.getByLabel('A (2 van 7) in het Nederlands').fill('Aansluiten bij het gevoel');
    await labels.getByRole('button', { name: 'Opslaan' }).click();
    await expect(labels.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();

    await goTo(page, seededStudio.roundRoute('Joost Brinkhuis'));
    const editor = page.getByRole('textbox', { name: 'Reactie volgens het PASSIE-model' });
    await expect(editor.locator('[data-passie-key="a"] .passie-block__label')).toHaveText('Aansluiten bij het gevoel');

    await goTo(page, '#/settings');
    await labels.getByRole('button', { name: 'Standaardnamen herstellen' }).click();
    await expect(labels.getByLabel('A (2 van 7) in het Nederlands')).toHaveValue('Aansluiten');
    await labels.getByRole('button', { name: 'Opslaan' }).click();
    await expect(labels.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  });

  test('switches the language of the studio, and keeps it', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, '#/settings');
    await card(page, 'Taal').getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();
    await expect(card(page, 'Language').getByRole('status')).toHaveText('The language has been changed and saved.');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect((await seededStudio.call<Settings>(page, 'settings.get', {})).language).toBe('en');

    await goTo(page, seededStudio.roundRoute('Joost Brinkhuis'));
    await expect(page.getByRole('textbox', { name: 'Reply following the PASSIE model' })).toBeVisible();
    await expect(page.locator('[data-passie-key="p_open"] .passie-block__label')).toHaveText('Name the positive');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Finish and send', exact: true })).toBeVisible();
  });

  test('edits phrases, and the editor offers them', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, '#/settings');
    const phrases = card(page, 'Zinnen per blok');
    await phrases.getByText('Eigen stap').click();
    await phrases.getByRole('button', { name: 'Zin toevoegen' }).click();
    await expect(phrases.getByLabel('Zin 4', { exact: true })).toBeFocused();
    await page.keyboard.type('Schrijf elke avond één zin op.');
    await phrases.getByRole('button', { name: 'Zin 4: Omhoog' }).click();
    await phrases.getByRole('button', { name: 'Zin 1: Verwijderen' }).click();
    await phrases.getByRole('button', { name: 'Opslaan' }).click();
    await expect(phrases.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
    const saved = await seededStudio.call<Settings>(page, 'settings.get', {});
    expect(saved.snippets.nl.e).toEqual([
      'Probeer eens één keer per dag te noteren wanneer',
      'Schrijf elke avond één zin op.',
      'Kies één klein moment waarop je',
    ]);

    await goTo(page, seededStudio.roundRoute('Joost Brinkhuis'));
    await page.locator('.ProseMirror [data-passie-key="e"] .passie-block__content').click();
    await page.getByRole('button', { name: 'Zinnen' }).click();
    await expect(page.getByRole('listbox', { name: 'Zinnen voor Eigen stap' }).getByRole('option')).toHaveText(
      saved.snippets.nl.e,
    );
  });

  test('edits the catalogue, and imports a file with a clear word for a bad one', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, '#/settings');
    const catalogue = card(page, 'Vragencatalogus');
    await catalogue.getByRole('button', { name: 'Plaats toevoegen' }).click();
    await expect(catalogue.getByLabel('Naam (Nederlands)').last()).toBeFocused();
    await page.keyboard.type('Vriendschap');
    await catalogue.getByRole('button', { name: 'Vraag toevoegen' }).last().click();
    await page.keyboard.type('Wie belt u als het tegenzit?');
    await catalogue.getByRole('button', { name: 'Catalogus opslaan' }).click();
    await expect(catalogue.getByText('Vul dit in.').first()).toBeVisible();
    await catalogue.getByLabel('Naam (Engels)').last().fill('Friendship');
    await catalogue.getByLabel('Vraag 1 (Engels)').last().fill('Whom do you call when things go wrong?');
    await catalogue.getByRole('button', { name: 'Catalogus opslaan' }).click();
    await expect(catalogue.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
    const saved = await seededStudio.call<Catalogue>(page, 'catalogue.list', {});
    expect(saved.places.at(-1)).toMatchObject({
      name: { nl: 'Vriendschap', en: 'Friendship' },
      questions: [{ text: { nl: 'Wie belt u als het tegenzit?', en: 'Whom do you call when things go wrong?' } }],
    });

    await expect(catalogue.getByRole('button', { name: 'Bestand kiezen…' })).toBeVisible();
    const chooser = catalogue.locator('input[type="file"]');
    await chooser.setInputFiles({
      name: 'kapot.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"places": [{}]'),
    });
    await expect(catalogue.getByRole('alert')).toHaveText(
      'Dit bestand is geen geldige vragencatalogus (plaatsen met vragen in het Nederlands en Engels).',
    );
    const fixture = fixtureJson<Catalogue>('questions.json');
    const questions = fixture.places.flatMap((place) => place.questions).length;
    await chooser.setInputFiles(fixturePath('questions.json'));
    await expect(
      catalogue.getByText(`Geïmporteerd: ${fixture.places.length} plaatsen en ${questions} vragen.`),
    ).toBeVisible();
  });
});
