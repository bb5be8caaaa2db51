// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorMessages } from '../../shared/i18n/error-messages';
import { failure, fakeStudio, RECOVERY_KEY, SHEET_PDF_BASE64 } from './support/fake-studio';
import { renderApp, resetDom, warmPassphrasePolicy } from './support/render-app';
import { catchDownloads } from './support/downloads';

const GOOD = 'blauwe koffie op de dijk';

beforeAll(warmPassphrasePolicy);
afterEach(() => {
  resetDom();
  vi.restoreAllMocks();
});

async function openCreateScreen(language: 'nl' | 'en' = 'nl', studio = fakeStudio()) {
  renderApp({ language, studio: studio.studio });
  fireEvent.click(
    await screen.findByRole('button', { name: language === 'nl' ? 'Nieuwe kluis aanmaken' : 'Create a new vault' }),
  );
  await screen.findByRole('heading', {
    level: 2,
    name: language === 'nl' ? 'Nieuwe kluis aanmaken' : 'Create a new vault',
  });
  return studio;
}

const passphraseField = () => screen.getByLabelText('Wachtwoord');
const confirmField = () => screen.getByLabelText('Herhaal het wachtwoord');
const createButton = () => screen.getByRole('button', { name: 'Kluis aanmaken' });
const meter = () => screen.getByRole('meter', { name: 'Sterkte' });
const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

/** The meter's sentence, as the passphrase field's description points to it. */
function meterSentence(): string {
  const ids = passphraseField().getAttribute('aria-describedby')?.split(' ') ?? [];
  const sentence = ids.map((id) => document.getElementById(id)).find((node) => node?.closest('.strength'));
  return sentence?.textContent ?? '';
}

describe('choosing the passphrase', () => {
  it('moves the focus to the step heading and keeps the create button off while nothing is typed', async () => {
    await openCreateScreen();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Nieuwe kluis aanmaken' }));
    expect(createButton()).toHaveProperty('disabled', true);
    expect(meter().getAttribute('aria-valuenow')).toBe('0');
    expect(meterSentence()).toBe('Nog niets ingevuld.');
    expect(screen.getByText(/kies een korte zin/)).toBeDefined();
  });

  it('shows each strength step in words, with the reason when the studio would refuse it', async () => {
    await openCreateScreen();

    type(passphraseField(), 'kort');
    await waitFor(() => expect(meterSentence()).toBe('Sterkte: Zeer zwak — Nog te kort: gebruik minstens 12 tekens.'));
    expect(meter().getAttribute('aria-valuenow')).toBe('1');
    expect(meter().getAttribute('aria-valuetext')).toBe('Zeer zwak');

    type(passphraseField(), 'wachtwoord12');
    expect(meterSentence()).toBe(
      'Sterkte: Zwak — Te makkelijk te raden: maak de zin langer, met woorden die niet bij elkaar horen.',
    );
    expect(meter().getAttribute('aria-valuenow')).toBe('2');

    type(passphraseField(), 'appeltaart123');
    expect(meterSentence()).toMatch(/^Sterkte: Matig — Te makkelijk te raden/);
    expect(meter().getAttribute('aria-valuenow')).toBe('3');

    // zxcvbn rates this one 3, but it is too short: the meter never calls a refused passphrase strong.
    type(passphraseField(), 'zomerzonzee');
    expect(meterSentence()).toBe('Sterkte: Matig — Nog te kort: gebruik minstens 12 tekens.');

    type(passphraseField(), 'zomer vakantie');
    expect(meterSentence()).toBe('Sterkte: Sterk — Goed zo, dit wachtwoord is sterk genoeg.');
    expect(meter().getAttribute('aria-valuenow')).toBe('4');

    type(passphraseField(), GOOD);
    expect(meterSentence()).toBe('Sterkte: Zeer sterk — Goed zo, dit wachtwoord is sterk genoeg.');
    expect(meter().getAttribute('aria-valuenow')).toBe('5');
    expect(meter().closest('.strength')?.className).toContain('strength--strong');
  });

  it('says when the two passphrases differ, without nagging while the repeat is still being typed', async () => {
    await openCreateScreen();
    type(passphraseField(), GOOD);

    type(confirmField(), 'blauwe kof');
    expect(screen.queryByText('De wachtwoorden zijn niet gelijk.')).toBeNull();
    expect(confirmField().getAttribute('aria-invalid')).toBeNull();

    type(confirmField(), 'blauwe kop');
    expect(screen.getByText('De wachtwoorden zijn niet gelijk.')).toBeDefined();
    expect(confirmField().getAttribute('aria-invalid')).toBe('true');
    expect(createButton()).toHaveProperty('disabled', true);

    type(confirmField(), 'blauwe kof');
    fireEvent.blur(confirmField());
    expect(screen.getByText('De wachtwoorden zijn niet gelijk.')).toBeDefined();

    type(confirmField(), GOOD);
    expect(screen.queryByText('De wachtwoorden zijn niet gelijk.')).toBeNull();
    expect(screen.getByText('De wachtwoorden zijn gelijk.')).toBeDefined();
    expect(confirmField().getAttribute('aria-describedby')).toBe(
      screen.getByText('De wachtwoorden zijn gelijk.').closest('p')?.id,
    );
    expect(createButton()).toHaveProperty('disabled', false);
  });

  it('keeps the create button off for a matching but weak passphrase', async () => {
    await openCreateScreen();
    type(passphraseField(), 'wachtwoord12');
    type(confirmField(), 'wachtwoord12');
    expect(screen.getByText('De wachtwoorden zijn gelijk.')).toBeDefined();
    expect(createButton()).toHaveProperty('disabled', true);
  });

  it('shows and hides the passphrase', async () => {
    await openCreateScreen();
    const [toggle] = screen.getAllByRole('button', { name: 'Tonen' });
    expect(passphraseField().getAttribute('type')).toBe('password');
    fireEvent.click(toggle!);
    expect(passphraseField().getAttribute('type')).toBe('text');
    expect(toggle!.getAttribute('aria-pressed')).toBe('true');
    expect(passphraseField().getAttribute('spellcheck')).toBe('false');
    fireEvent.click(toggle!);
    expect(passphraseField().getAttribute('type')).toBe('password');
  });

  it('shows the shared sentence when the studio refuses after all, on the field', async () => {
    const studio = fakeStudio({}, { 'vault.create': () => failure('passphrase_too_weak') });
    await openCreateScreen('nl', studio);
    type(passphraseField(), GOOD);
    type(confirmField(), GOOD);
    fireEvent.click(createButton());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(errorMessages.nl.passphrase_too_weak);
    expect(passphraseField().getAttribute('aria-describedby')).toContain(alert.id);
    expect(passphraseField().getAttribute('aria-invalid')).toBe('true');
  });

  it('offers the unlock screen when a vault exists already', async () => {
    const studio = fakeStudio({}, { 'vault.create': () => failure('vault_exists') });
    await openCreateScreen('nl', studio);
    type(passphraseField(), GOOD);
    type(confirmField(), GOOD);
    fireEvent.click(createButton());

    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.nl.vault_exists);
    studio.state.vault = 'locked';
    fireEvent.click(screen.getByRole('button', { name: 'Naar ontgrendelen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Uw kluis is vergrendeld' })).toBeDefined();
  });

  it('goes back to the welcome screen, focus on its heading', async () => {
    await openCreateScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Terug' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Welkom' });
    expect(document.activeElement).toBe(heading);
  });
});

describe('the recovery key', () => {
  async function createVault(language: 'nl' | 'en' = 'nl') {
    const studio = await openCreateScreen(language);
    const [first, second] = screen.getAllByLabelText(language === 'nl' ? /wachtwoord$/i : /passphrase$/i);
    type(first!, GOOD);
    type(second!, GOOD);
    fireEvent.click(screen.getByRole('button', { name: language === 'nl' ? 'Kluis aanmaken' : 'Create vault' }));
    await screen.findByRole('heading', {
      level: 2,
      name: language === 'nl' ? 'Uw herstelsleutel' : 'Your recovery key',
    });
    return studio;
  }

  it('is shown once, in eight groups, after the vault is created with the chosen passphrase', async () => {
    const studio = await createVault();

    expect(studio.calls.find((call) => call.method === 'vault.create')?.request).toEqual({
      passphrase: GOOD,
      language: 'nl',
    });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Uw herstelsleutel' }));
    const key = document.querySelector('.recovery-key');
    expect(key?.textContent).toBe(RECOVERY_KEY);
    expect(Array.from(key?.querySelectorAll('.recovery-key__group') ?? [], (group) => group.textContent)).toHaveLength(
      8,
    );
    expect(screen.getByText(/als u uw wachtwoord ooit vergeet/)).toBeDefined();
    // Nothing of the passphrase stays on screen or in the browser's storage.
    expect(document.body.innerHTML).not.toContain(GOOD);
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
  });

  it('saves the sheet as a PDF download and revokes its address afterwards', async () => {
    await createVault();
    const { blobs, revoked, clicked } = catchDownloads();

    fireEvent.click(screen.getByRole('button', { name: 'Herstelblad opslaan (PDF)' }));

    expect(blobs.size).toBe(1);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('passie-studio-herstelblad.pdf');
    const href = clicked[0]!.getAttribute('href')!;
    expect(blobs.get(href)?.type).toBe('application/pdf');
    expect(await blobs.get(href)?.text()).toBe(atob(SHEET_PDF_BASE64));
    expect(document.querySelector('a[download]')).toBeNull();
    await waitFor(() => expect(revoked).toContain(href));
    expect(screen.getByRole('status').textContent).toBe(
      'Het herstelblad is opgeslagen als passie-studio-herstelblad.pdf.',
    );
  });

  it('can be printed', async () => {
    await createVault();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('lets the coach on only once the key is kept, and is gone after that', async () => {
    await createVault();
    const next = screen.getByRole('button', { name: 'Verder' });
    expect(next).toHaveProperty('disabled', true);

    const kept = screen.getByRole('checkbox', { name: 'Ik heb de herstelsleutel bewaard' });
    fireEvent.click(kept);
    expect(next).toHaveProperty('disabled', false);
    fireEvent.click(kept);
    expect(next).toHaveProperty('disabled', true);
    fireEvent.click(kept);
    fireEvent.click(next);

    // Then who the coach is (the PDF signature needs the name); it can wait.
    expect(await screen.findByRole('heading', { level: 2, name: 'Wie bent u?' })).toBeDefined();
    expect(document.querySelector('.recovery-key')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan en verder' }));
    expect(await screen.findByText('Vul dit in.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Later invullen' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Overzicht' })).toBeDefined();
    expect(document.body.textContent).not.toContain(RECOVERY_KEY.slice(0, 4));
    expect(document.querySelector('.recovery-key')).toBeNull();
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
  });

  it('speaks English too', async () => {
    await createVault('en');
    expect(screen.getByRole('button', { name: 'Save recovery sheet (PDF)' })).toBeDefined();
    expect(screen.getByRole('checkbox', { name: 'I have kept the recovery key' })).toBeDefined();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('button', { name: 'Continue' })).toHaveProperty('disabled', true);
  });
});
