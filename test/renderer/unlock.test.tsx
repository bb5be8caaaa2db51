// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorMessages } from '../../shared/i18n/error-messages';
import { failure, fakeStudio, RECOVERY_KEY } from './support/fake-studio';
import { renderApp, resetDom, warmPassphrasePolicy } from './support/render-app';

const PASSPHRASE = 'blauwe koffie op de dijk';
const NEW_PASSPHRASE = 'rode fiets blauwe maan';

beforeAll(warmPassphrasePolicy);
afterEach(resetDom);

async function openUnlockScreen(studio = fakeStudio({ vault: 'locked', passphrase: PASSPHRASE })) {
  renderApp({ language: 'nl', studio: studio.studio });
  await screen.findByRole('heading', { level: 2, name: 'Uw kluis is vergrendeld' });
  return studio;
}

const passphraseField = () => screen.getByLabelText('Wachtwoord');
const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });
const submitWithEnter = (field: HTMLElement) => fireEvent.submit(field.closest('form')!);

describe('unlocking', () => {
  it('has the passphrase field focused, and Enter unlocks', async () => {
    const studio = await openUnlockScreen();
    expect(document.activeElement).toBe(passphraseField());
    // Nothing invites the browser to keep the passphrase: not its password manager, not its form memory.
    expect(passphraseField().getAttribute('autocomplete')).toBe('off');

    type(passphraseField(), PASSPHRASE);
    submitWithEnter(passphraseField());

    expect(await screen.findByRole('heading', { level: 2, name: 'Overzicht' })).toBeDefined();
    expect(studio.calls.find((call) => call.method === 'vault.unlock')?.request).toEqual({ passphrase: PASSPHRASE });
    expect(document.body.innerHTML).not.toContain(PASSPHRASE);
  });

  it('shows the shared sentence for a wrong passphrase inline, and keeps the field ready', async () => {
    await openUnlockScreen();
    type(passphraseField(), 'dit is niet het wachtwoord');
    fireEvent.click(screen.getByRole('button', { name: 'Ontgrendelen' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(errorMessages.nl.wrong_passphrase);
    expect(alert.textContent).not.toContain('must not show');
    expect(passphraseField().getAttribute('aria-invalid')).toBe('true');
    expect(passphraseField().getAttribute('aria-describedby')).toBe(alert.id);
    expect(document.activeElement).toBe(passphraseField());
    expect(screen.getByRole('heading', { level: 2, name: 'Uw kluis is vergrendeld' })).toBeDefined();
  });

  it('shows the shared sentence when it must wait after too many attempts', async () => {
    await openUnlockScreen(
      fakeStudio({ vault: 'locked' }, { 'vault.unlock': () => failure('too_many_attempts', 'Wait 4 s') }),
    );
    type(passphraseField(), PASSPHRASE);
    submitWithEnter(passphraseField());
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.nl.too_many_attempts);
  });

  it('asks for the passphrase instead of calling the studio with an empty one', async () => {
    const studio = await openUnlockScreen();
    submitWithEnter(passphraseField());
    expect((await screen.findByRole('alert')).textContent).toBe('Vul eerst uw wachtwoord in.');
    expect(studio.methods()).not.toContain('vault.unlock');
  });

  it('speaks English', async () => {
    renderApp({ language: 'en', studio: fakeStudio({ vault: 'locked' }).studio });
    await screen.findByRole('heading', { level: 2, name: 'Your vault is locked' });
    type(screen.getByLabelText('Passphrase'), 'wrong one, surely');
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.en.wrong_passphrase);
    expect(screen.getByRole('button', { name: 'Forgot your passphrase? Recover with the recovery key' })).toBeDefined();
  });
});

describe('recovering with the recovery key', () => {
  async function openRecovery() {
    const studio = await openUnlockScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord vergeten? Herstellen met herstelsleutel' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Herstellen met herstelsleutel' });
    expect(document.activeElement).toBe(heading);
    return studio;
  }
  const keyField = () => screen.getByRole('textbox', { name: 'Herstelsleutel' });
  const newField = () => screen.getByLabelText('Nieuw wachtwoord');
  const repeatField = () => screen.getByLabelText('Herhaal het nieuwe wachtwoord');
  const recoverButton = () => screen.getByRole('button', { name: 'Herstellen en ontgrendelen' });

  it('sets a new passphrase with the key as typed (any case, spaces) and opens the vault', async () => {
    const studio = await openRecovery();
    const typedKey = RECOVERY_KEY.toLowerCase().replace(/-/g, ' ');
    type(keyField(), typedKey);
    expect(recoverButton()).toHaveProperty('disabled', true);
    type(newField(), NEW_PASSPHRASE);
    await waitFor(() => expect(screen.getByText(/Goed zo, dit wachtwoord is sterk genoeg/)).toBeDefined());
    type(repeatField(), NEW_PASSPHRASE);
    expect(recoverButton()).toHaveProperty('disabled', false);
    fireEvent.click(recoverButton());

    expect(await screen.findByRole('heading', { level: 2, name: 'Overzicht' })).toBeDefined();
    expect(studio.calls.find((call) => call.method === 'vault.recover')?.request).toEqual({
      recoveryKey: typedKey,
      newPassphrase: NEW_PASSPHRASE,
    });
    expect(studio.state.passphrase).toBe(NEW_PASSPHRASE);
    const notice = screen.getByText(
      'Uw nieuwe wachtwoord is ingesteld. Gebruik het voortaan om de kluis te ontgrendelen.',
    );
    expect(notice.getAttribute('role')).toBe('status');
  });

  it('shows the shared sentence for a wrong key, on the key field', async () => {
    await openRecovery();
    type(keyField(), 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    type(newField(), NEW_PASSPHRASE);
    type(repeatField(), NEW_PASSPHRASE);
    fireEvent.click(recoverButton());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(errorMessages.nl.wrong_recovery_key);
    expect(keyField().getAttribute('aria-invalid')).toBe('true');
    expect(keyField().getAttribute('aria-describedby')).toContain(alert.id);
    expect(document.activeElement).toBe(keyField());
  });

  it('asks for the key before calling the studio', async () => {
    const studio = await openRecovery();
    type(newField(), NEW_PASSPHRASE);
    type(repeatField(), NEW_PASSPHRASE);
    fireEvent.click(recoverButton());
    expect((await screen.findByRole('alert')).textContent).toBe('Vul eerst de herstelsleutel in.');
    expect(studio.methods()).not.toContain('vault.recover');
  });

  it('goes back to the unlock form', async () => {
    await openRecovery();
    fireEvent.click(screen.getByRole('button', { name: 'Terug naar ontgrendelen' }));
    await screen.findByRole('heading', { level: 2, name: 'Uw kluis is vergrendeld' });
    expect(document.activeElement).toBe(passphraseField());
  });
});
