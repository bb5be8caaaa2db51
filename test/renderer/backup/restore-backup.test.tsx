// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorMessages } from '../../../shared/i18n/error-messages';
import { fakeStudio, failure } from '../support/fake-studio';
import { renderApp, resetDom, warmPassphrasePolicy } from '../support/render-app';

beforeAll(warmPassphrasePolicy);
afterEach(() => {
  resetDom();
  delete window.studioWindow;
});

const BACKUP_AT = '2026-11-20T10:15:00.000Z';

const PASSPHRASE = 'blauwe koffie op de dijk';

/**
 * A studio without a vault whose restore puts a locked vault in place, as the real one does: only with the
 * backup's passphrase, and a backup without a seal only once the coach confirms it is an old one.
 */
function restoreWorld() {
  const fake = fakeStudio({ vault: 'none', passphrase: PASSPHRASE });
  fake.answer('backup.restore', (request) => {
    const { folder, secret, acceptUnsealed } = request as { folder?: string; secret: string; acceptUnsealed?: boolean };
    if (folder === '/media/usb/leeg') return failure('backup_missing');
    if (secret !== PASSPHRASE) return failure('wrong_passphrase');
    if (folder === '/media/usb/oud' && !acceptUnsealed) return failure('backup_unsealed');
    fake.state.vault = 'locked';
    return {
      ok: true,
      value: { files: 5, bytes: 20_000, createdAt: BACKUP_AT, seal: acceptUnsealed ? 'none' : 'checked' },
    };
  });
  return fake;
}

const restores = (fake: ReturnType<typeof restoreWorld>) =>
  fake.calls.filter((call) => call.method === 'backup.restore').map((call) => call.request);

describe('restoring a backup from the first screen', () => {
  it('goes from the welcome screen to the restore form, and back', async () => {
    const fake = restoreWorld();
    renderApp({ language: 'nl', studio: fake.studio });
    fireEvent.click(await screen.findByRole('button', { name: 'Terugzetten uit een back-up' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Terugzetten uit een back-up' });
    expect(document.activeElement).toBe(heading);
    fireEvent.click(screen.getByRole('button', { name: 'Terug' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Welkom' })).toBeDefined();
  });

  it('checks the typed folder, says what is wrong with a folder without a backup, then restores and unlocks', async () => {
    const fake = restoreWorld();
    renderApp({ language: 'nl', studio: fake.studio });
    fireEvent.click(await screen.findByRole('button', { name: 'Terugzetten uit een back-up' }));
    const field = await screen.findByLabelText('Map met de back-up');
    fireEvent.click(screen.getByRole('button', { name: 'Back-up terugzetten' }));
    expect(await screen.findByText('Vul eerst het volledige pad van een map in.')).toBeDefined();
    fireEvent.change(field, { target: { value: 'E:' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back-up terugzetten' }));
    expect(await screen.findByText(/Dat is geen volledig pad/)).toBeDefined();
    expect(restores(fake)).toEqual([]);

    // Without the passphrase nothing can be checked: asked for before the studio is called.
    fireEvent.change(field, { target: { value: '/media/usb/leeg' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back-up terugzetten' }));
    expect(await screen.findByText('Vul eerst het wachtwoord of de herstelsleutel van de back-up in.')).toBeDefined();
    const secret = screen.getByLabelText('Wachtwoord of herstelsleutel');
    expect(document.activeElement).toBe(secret);
    expect(secret.getAttribute('aria-invalid')).toBe('true');
    expect(restores(fake)).toEqual([]);

    fireEvent.change(secret, { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Back-up terugzetten' }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.nl.backup_missing);

    fireEvent.change(field, { target: { value: '/media/usb/PASSIE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back-up terugzetten' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Uw kluis is vergrendeld' })).toBeDefined();
    expect(screen.getByRole('status').textContent).toMatch(
      /^De back-up van .+ is teruggezet; elk bestand is gecontroleerd\. Ontgrendel de kluis met het wachtwoord van toen\.$/,
    );
    expect(restores(fake)).toEqual([
      { folder: '/media/usb/leeg', secret: PASSPHRASE },
      { folder: '/media/usb/PASSIE', secret: PASSPHRASE },
    ]);

    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    await waitFor(() => expect(fake.state.vault).toBe('unlocked'));
  });

  it('in the desktop app, restores the folder chosen in the system’s dialog (the page never has its path)', async () => {
    const chooseFolder = vi.fn(async () => ({ chosen: true }));
    window.studioWindow = { onBeforeClose: () => () => undefined, chooseFolder };
    const fake = restoreWorld();
    renderApp({ language: 'en', studio: fake.studio });
    fireEvent.click(await screen.findByRole('button', { name: 'Restore from a backup' }));
    expect(screen.queryByLabelText('Folder with the backup')).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Choose the folder with the backup…' }));
    expect(await screen.findByText('First fill in the passphrase or the recovery key of the backup.')).toBeDefined();
    expect(chooseFolder).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Passphrase or recovery key'), { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Choose the folder with the backup…' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Your vault is locked' })).toBeDefined();
    expect(chooseFolder).toHaveBeenCalledWith('restore');
    expect(restores(fake)).toEqual([{ secret: PASSPHRASE }]);
  });

  it('says a wrong passphrase, and restores a backup without a seal only once the coach confirms it is old', async () => {
    const fake = restoreWorld();
    renderApp({ language: 'en', studio: fake.studio });
    fireEvent.click(await screen.findByRole('button', { name: 'Restore from a backup' }));
    fireEvent.change(await screen.findByLabelText('Folder with the backup'), { target: { value: '/media/usb/oud' } });
    fireEvent.change(screen.getByLabelText('Passphrase or recovery key'), { target: { value: 'verkeerd' } });
    fireEvent.click(screen.getByRole('button', { name: 'Restore the backup' }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.en.wrong_passphrase);
    expect(screen.queryByRole('checkbox')).toBeNull();

    fireEvent.change(screen.getByLabelText('Passphrase or recovery key'), { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Restore the backup' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(errorMessages.en.backup_unsealed));
    const confirm = screen.getByRole('checkbox', { name: /I am sure this is an old backup/ });
    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Restore the backup' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Your vault is locked' })).toBeDefined();
    expect(restores(fake).at(-1)).toEqual({ folder: '/media/usb/oud', secret: PASSPHRASE, acceptUnsealed: true });
  });
});
