// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../shared/api/errors';
import type { ResponseOf } from '../../../shared/api/contract';
import { errorMessages } from '../../../shared/i18n/error-messages';
import { catchDownloads } from '../support/downloads';
import {
  fakeStudio,
  NEW_RECOVERY_KEY,
  RECOVERY_KEY,
  SHEET_PDF_BASE64,
  type FakeVault,
  type Overrides,
} from '../support/fake-studio';
import { renderApp, resetDom, warmPassphrasePolicy } from '../support/render-app';

const PASSPHRASE = 'blauwe koffie op de dijk';
const ROTATE = 'Sleutel van de kluis vernieuwen';
const NEW_KEY = 'Nieuwe herstelsleutel maken';

beforeAll(warmPassphrasePolicy);
afterEach(() => {
  resetDom();
  window.location.hash = '';
  vi.restoreAllMocks();
});

/** The unlocked studio on its settings, as the coach reaches them from the header. */
async function openSettings(initial: Partial<FakeVault> = {}, overrides: Overrides = {}, hash = '#/settings') {
  const fake = fakeStudio(
    { vault: 'unlocked', passphrase: PASSPHRASE, ...initial },
    {
      'catalogue.list': () => ({ ok: true, value: { places: [] } }),
      'signing.show': () => ({ ok: true, value: {} }),
      ...overrides,
    },
  );
  window.location.hash = hash;
  renderApp({ language: 'nl', studio: fake.studio });
  await screen.findByRole('heading', { level: 2, name: 'Instellingen' });
  return fake;
}

const security = () => screen.getByRole('region', { name: 'Beveiliging' });
const typePassphrase = (value: string) =>
  fireEvent.change(within(security()).getByLabelText('Uw wachtwoord'), { target: { value } });

/** A call the test answers when it likes, to see the screen while the studio works. */
function held<M extends 'vault.rotateKey' | 'vault.newRecoveryKey'>() {
  let release: (result: ApiResult<ResponseOf<M>>) => void = () => undefined;
  const answer = () =>
    new Promise<ApiResult<ResponseOf<M>>>((resolve) => {
      release = resolve;
    });
  return { answer, release: (result: ApiResult<ResponseOf<M>>) => release(result) };
}

describe('renewing the vault’s key from the security card', () => {
  it('says what it does, asks for the passphrase first, shows progress, then the new recovery key once', async () => {
    const rotation = held<'vault.rotateKey'>();
    const fake = await openSettings({}, { 'vault.rotateKey': rotation.answer });
    fireEvent.click(within(security()).getByRole('button', { name: ROTATE }));

    const form = within(security()).getByRole('form', { name: ROTATE });
    expect(form.getAttribute('aria-describedby')).toBeTruthy();
    const explanation = document.getElementById(form.getAttribute('aria-describedby')!)!.textContent;
    expect(explanation).toContain('opnieuw versleuteld met een nieuwe sleutel');
    expect(explanation).toContain('een oude kopie van vault.json met een oud wachtwoord niets meer opent');
    expect(explanation).toContain('nieuwe herstelsleutel, die maar één keer wordt getoond');
    const field = within(security()).getByLabelText('Uw wachtwoord');
    await waitFor(() => expect(document.activeElement).toBe(field));

    // Without the passphrase nothing is asked of the studio.
    fireEvent.click(within(form).getByRole('button', { name: 'Sleutel vernieuwen' }));
    expect(within(form).getByRole('alert').textContent).toBe('Vul eerst uw wachtwoord in.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(fake.methods()).not.toContain('vault.rotateKey');

    typePassphrase(PASSPHRASE);
    fireEvent.click(within(form).getByRole('button', { name: 'Sleutel vernieuwen' }));
    await waitFor(() => expect(fake.methods()).toContain('vault.rotateKey'));
    expect(fake.calls.find((call) => call.method === 'vault.rotateKey')?.request).toEqual({
      passphrase: PASSPHRASE,
      language: 'nl',
    });
    // While the studio re-encrypts: a moving bar with what is going on, and nothing to click twice.
    const progress = within(form).getByRole('progressbar');
    expect(progress.getAttribute('value')).toBeNull();
    expect(within(form).getByText(/Alles in uw kluis wordt opnieuw versleuteld\. Dat kan even duren/)).toBeDefined();
    expect(form.getAttribute('aria-busy')).toBe('true');
    expect(within(form).getByRole('button', { name: 'Bezig met vernieuwen…' })).toHaveProperty('disabled', true);
    expect(within(form).getByRole('button', { name: 'Annuleren' })).toHaveProperty('disabled', true);

    await act(async () =>
      rotation.release({ ok: true, value: { recoveryKey: NEW_RECOVERY_KEY, recoverySheetPdf: SHEET_PDF_BASE64 } }),
    );
    const heading = await screen.findByRole('heading', { level: 2, name: 'Uw nieuwe herstelsleutel' });
    expect(document.activeElement).toBe(heading);
    expect(document.querySelector('.recovery-key')?.textContent).toBe(NEW_RECOVERY_KEY);
    expect(screen.getByText('Uw vorige herstelsleutel werkt niet meer: vernietig het oude herstelblad.')).toBeDefined();
    // The key alone: the settings are out of sight (and out of the printed page) while it shows.
    expect(screen.queryByRole('heading', { level: 2, name: 'Instellingen' })).toBeNull();
    expect(document.body.innerHTML).not.toContain(PASSPHRASE);
  });

  it('saves and prints the sheet as at creation, and goes on only once the key is kept', async () => {
    const fake = await openSettings();
    fireEvent.click(within(security()).getByRole('button', { name: ROTATE }));
    typePassphrase(PASSPHRASE);
    fireEvent.click(within(security()).getByRole('button', { name: 'Sleutel vernieuwen' }));
    await screen.findByRole('heading', { level: 2, name: 'Uw nieuwe herstelsleutel' });
    expect(fake.state.keyEpoch).toBe(1);

    const { blobs, clicked } = catchDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Herstelblad opslaan (PDF)' }));
    expect(clicked[0]?.download).toBe('passie-studio-herstelblad.pdf');
    expect(await blobs.get(clicked[0]!.getAttribute('href')!)?.text()).toBe(atob(SHEET_PDF_BASE64));
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalledTimes(1);

    const next = screen.getByRole('button', { name: 'Verder' });
    expect(next).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ik heb de herstelsleutel bewaard' }));
    fireEvent.click(next);

    // Back on the settings: the key is gone for good, the card says what happened, the focus is where it was.
    await screen.findByRole('heading', { level: 2, name: 'Instellingen' });
    expect(document.body.textContent).not.toContain(NEW_RECOVERY_KEY.slice(0, 4));
    expect(document.querySelector('.recovery-key')).toBeNull();
    expect(within(security()).getByRole('status').textContent).toBe(
      'De sleutel van de kluis is vernieuwd: alles is opnieuw versleuteld. Uw wachtwoord blijft hetzelfde; de vorige herstelsleutel werkt niet meer.',
    );
    await waitFor(() => expect(document.activeElement).toBe(within(security()).getByRole('button', { name: ROTATE })));
  });

  it('keeps what the coach typed in the other cards while the key is shown', async () => {
    await openSettings();
    const profile = screen.getByRole('region', { name: 'Uw gegevens' });
    fireEvent.change(within(profile).getByLabelText('Naam'), { target: { value: 'Marieke Jansen' } });
    fireEvent.click(within(security()).getByRole('button', { name: ROTATE }));
    typePassphrase(PASSPHRASE);
    fireEvent.click(within(security()).getByRole('button', { name: 'Sleutel vernieuwen' }));
    await screen.findByRole('heading', { level: 2, name: 'Uw nieuwe herstelsleutel' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ik heb de herstelsleutel bewaard' }));
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByRole('heading', { level: 2, name: 'Instellingen' });
    expect(within(screen.getByRole('region', { name: 'Uw gegevens' })).getByLabelText('Naam')).toHaveProperty(
      'value',
      'Marieke Jansen',
    );
  });

  it('refuses a wrong passphrase in the shared sentence, with the focus back in the field', async () => {
    const fake = await openSettings();
    fireEvent.click(within(security()).getByRole('button', { name: ROTATE }));
    typePassphrase('niet mijn wachtwoord hoor');
    fireEvent.click(within(security()).getByRole('button', { name: 'Sleutel vernieuwen' }));
    const alert = await within(security()).findByRole('alert');
    expect(alert.textContent).toBe(errorMessages.nl.wrong_passphrase);
    const field = within(security()).getByLabelText('Uw wachtwoord');
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
    expect(fake.state.keyEpoch).toBe(0);
    expect(fake.state.recoveryKey).toBe(RECOVERY_KEY);
    expect(document.querySelector('.recovery-key')).toBeNull();
  });

  it('says a rotation still under way in its own sentence', async () => {
    await openSettings(
      {},
      { 'vault.rotateKey': () => ({ ok: false, error: { code: 'vault_rotation_pending', message: 'x' } }) },
    );
    fireEvent.click(within(security()).getByRole('button', { name: ROTATE }));
    typePassphrase(PASSPHRASE);
    fireEvent.click(within(security()).getByRole('button', { name: 'Sleutel vernieuwen' }));
    expect((await within(security()).findByRole('alert')).textContent).toBe(errorMessages.nl.vault_rotation_pending);
  });

  it('is cancelled without a call, and the focus returns to its button', async () => {
    const fake = await openSettings();
    fireEvent.click(within(security()).getByRole('button', { name: ROTATE }));
    typePassphrase(PASSPHRASE);
    fireEvent.click(within(security()).getByRole('button', { name: 'Annuleren' }));
    expect(within(security()).queryByLabelText('Uw wachtwoord')).toBeNull();
    expect(document.activeElement).toBe(within(security()).getByRole('button', { name: ROTATE }));
    expect(fake.methods()).not.toContain('vault.rotateKey');
  });
});

describe('a new recovery key from the security card', () => {
  it('asks for the passphrase, then shows the new key once, and the old one is replaced', async () => {
    const fake = await openSettings();
    fireEvent.click(within(security()).getByRole('button', { name: NEW_KEY }));
    const form = within(security()).getByRole('form', { name: NEW_KEY });
    expect(
      within(form).getByText(/Uw vorige herstelsleutel werkt daarna niet meer; uw wachtwoord blijft hetzelfde/),
    ).toBeDefined();
    typePassphrase(PASSPHRASE);
    fireEvent.click(within(form).getByRole('button', { name: 'Herstelsleutel maken' }));

    await screen.findByRole('heading', { level: 2, name: 'Uw nieuwe herstelsleutel' });
    expect(fake.methods()).toContain('vault.newRecoveryKey');
    expect(fake.methods()).not.toContain('vault.rotateKey');
    expect(document.querySelector('.recovery-key')?.textContent).toBe(NEW_RECOVERY_KEY);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ik heb de herstelsleutel bewaard' }));
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));

    await screen.findByRole('heading', { level: 2, name: 'Instellingen' });
    expect(within(security()).getByRole('status').textContent).toBe(
      'Uw nieuwe herstelsleutel is gemaakt. De vorige werkt niet meer.',
    );
    await waitFor(() => expect(document.activeElement).toBe(within(security()).getByRole('button', { name: NEW_KEY })));
  });

  it('speaks English too', async () => {
    const fake = fakeStudio(
      { vault: 'unlocked', passphrase: PASSPHRASE },
      {
        'catalogue.list': () => ({ ok: true, value: { places: [] } }),
        'signing.show': () => ({ ok: true, value: {} }),
      },
    );
    window.location.hash = '#/settings';
    renderApp({ language: 'en', studio: fake.studio });
    await screen.findByRole('heading', { level: 2, name: 'Settings' });
    const card = screen.getByRole('region', { name: 'Security' });
    expect(within(card).getByRole('button', { name: 'Renew the vault’s key' })).toBeDefined();
    fireEvent.click(within(card).getByRole('button', { name: 'Make a new recovery key' }));
    fireEvent.change(within(card).getByLabelText('Your passphrase'), { target: { value: PASSPHRASE } });
    fireEvent.click(within(card).getByRole('button', { name: 'Make the recovery key' }));
    await screen.findByRole('heading', { level: 2, name: 'Your new recovery key' });
    expect(fake.calls.find((call) => call.method === 'vault.newRecoveryKey')?.request).toEqual({
      passphrase: PASSPHRASE,
      language: 'en',
    });
  });
});
