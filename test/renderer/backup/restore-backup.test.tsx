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

/** A studio without a vault whose restore puts a locked vault in place, as the real one does. */
function restoreWorld() {
  const fake = fakeStudio({ vault: 'none', passphrase: 'blauwe koffie op de dijk' });
  fake.answer('backup.restore', (request) => {
    const { folder } = request as { folder?: string };
    if (folder === '/media/usb/leeg') return failure('backup_missing');
    fake.state.vault = 'locked';
    return { ok: true, value: { files: 5, bytes: 20_000, createdAt: BACKUP_AT } };
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

    fireEvent.change(field, { target: { value: '/media/usb/leeg' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back-up terugzetten' }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.nl.backup_missing);

    fireEvent.change(field, { target: { value: '/media/usb/PASSIE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back-up terugzetten' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Uw kluis is vergrendeld' })).toBeDefined();
    expect(screen.getByRole('status').textContent).toMatch(
      /^De back-up van .+ is teruggezet; elk bestand is gecontroleerd\. Ontgrendel de kluis met het wachtwoord van toen\.$/,
    );
    expect(restores(fake)).toEqual([{ folder: '/media/usb/leeg' }, { folder: '/media/usb/PASSIE' }]);

    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'blauwe koffie op de dijk' } });
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
    expect(await screen.findByRole('heading', { level: 2, name: 'Your vault is locked' })).toBeDefined();
    expect(chooseFolder).toHaveBeenCalledWith('restore');
    expect(restores(fake)).toEqual([{}]);
  });
});
