// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupReport, BackupStatus } from '../../../shared/domain/backup';
import { errorMessages } from '../../../shared/i18n/error-messages';
import { StudioProvider } from '../../../renderer/src/app/studio-context';
import { createI18n, type Language } from '../../../renderer/src/i18n';
import { BackupCard } from '../../../renderer/src/screens/backup/BackupCard';
import { fakeStudio, failure, type Overrides } from '../support/fake-studio';
import { resetDom } from '../support/render-app';

afterEach(() => {
  resetDom();
  cleanup();
  delete window.studioWindow;
});

const MADE_AT = '2026-11-26T21:40:00.000Z';

/** A studio whose backups remember their folder's name and moment, as the real one does. */
function backupWorld(extra: Overrides = {}, initial: BackupStatus = {}) {
  let status = initial;
  let next: BackupReport = report(3, 3);
  const fake = fakeStudio(
    { vault: 'unlocked' },
    {
      'backup.status': () => ({ ok: true, value: status }),
      'backup.create': (request) => {
        const { folder } = request as { folder?: string };
        const folderName = folder?.split('/').pop() ?? status.folderName;
        if (!folderName) return failure('backup_no_folder');
        status = { last: { at: MADE_AT, files: next.files, bytes: next.bytes }, folderName };
        return { ok: true, value: next };
      },
      ...extra,
    },
  );
  return { fake, setNext: (value: BackupReport) => (next = value) };
}

function report(files: number, copied: number, unreadable: BackupReport['unreadable'] = []): BackupReport {
  return {
    files,
    copied,
    removed: 0,
    rewritten: 0,
    bytes: files * 4096,
    bytesCopied: copied * 4096,
    manifest: { createdAt: MADE_AT, files },
    unreadable,
  };
}

async function openCard(world: ReturnType<typeof backupWorld>, language: Language = 'nl') {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <StudioProvider studio={world.fake.studio}>
        <BackupCard />
      </StudioProvider>
    </I18nextProvider>,
  );
  await waitFor(() => expect(screen.getByRole('region').getAttribute('aria-busy')).toBe('false'));
}

const creates = (world: ReturnType<typeof backupWorld>) =>
  world.fake.calls.filter((call) => call.method === 'backup.create').map((call) => call.request);

describe('the backup card in the browser mode (a typed folder)', () => {
  it('says no backup was made yet, and refuses an empty or relative folder before calling the studio', async () => {
    const world = backupWorld();
    await openCard(world);
    expect(screen.getByText('Er is nog geen back-up gemaakt.')).toBeDefined();
    const field = screen.getByLabelText('Map voor de back-up');
    fireEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
    expect(await screen.findByText('Vul eerst het volledige pad van een map in.')).toBeDefined();
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'usb/PASSIE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
    expect(await screen.findByText(/Dat is geen volledig pad/)).toBeDefined();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(creates(world)).toEqual([]);
  });

  it('makes the backup in the typed folder, says what happened, and then names only the folder', async () => {
    const world = backupWorld();
    await openCard(world);
    fireEvent.change(screen.getByLabelText('Map voor de back-up'), { target: { value: '  /media/usb/PASSIE  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
    const status = await screen.findByRole('status');
    await waitFor(() =>
      expect(status.textContent).toBe('Back-up gemaakt: 3 bestanden (12 kB). Alle bestanden zijn gekopieerd (12 kB).'),
    );
    expect(creates(world)).toEqual([{ folder: '/media/usb/PASSIE' }]);
    expect(await screen.findByText(/^Laatste back-up: .+, in de map ‘PASSIE’\.$/)).toBeDefined();
    expect(document.body.textContent).not.toContain('/media/usb');
    expect((screen.getByLabelText('Map voor de back-up') as HTMLInputElement).value).toBe('');
  });

  it('makes the next backup in the remembered folder when the field is left empty, and says how few were copied', async () => {
    const world = backupWorld({}, { last: { at: MADE_AT, files: 3, bytes: 12_288 }, folderName: 'PASSIE' });
    world.setNext(report(4, 1));
    await openCard(world);
    expect(screen.getByText(/Leeg laten: weer in ‘PASSIE’/)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Back-up gemaakt: 4 bestanden (16 kB). 1 daarvan is gekopieerd, omdat het nieuw of gewijzigd was (4 kB).',
      ),
    );
    expect(creates(world)).toEqual([{}]);
  });

  it('says a missing folder in the shared sentence, never the studio’s message', async () => {
    const world = backupWorld({
      'backup.create': () => ({
        ok: false,
        error: { code: 'backup_folder_missing', message: 'not for the screen', params: { folder: 'PASSIE' } },
      }),
    });
    await openCard(world);
    fireEvent.change(screen.getByLabelText('Map voor de back-up'), { target: { value: '/media/usb/PASSIE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(errorMessages.nl.backup_folder_missing.replace('{folder}', 'PASSIE'));
    expect(document.body.textContent).not.toContain('not for the screen');
  });

  it('names the vault files that did not open: those whose earlier version was kept, and those left out', async () => {
    const world = backupWorld({}, { last: { at: MADE_AT, files: 3, bytes: 12_288 }, folderName: 'PASSIE' });
    const dossier = 'trajects/tr_0123456789abcdefghij/dossier.psv';
    world.setNext(
      report(3, 0, [
        { path: 'index.psv', olderKept: true },
        { path: dossier, olderKept: false },
      ]),
    );
    await openCard(world);
    fireEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
    const kept = await screen.findByText(
      /^Dit bestand van de kluis kon niet worden geopend; het is beschadigd\. De back-up/,
    );
    expect(kept.parentElement!.querySelector('li')!.textContent).toBe('index.psv');
    const leftOut = screen.getByText(/Het staat niet in de back-up:$/);
    expect(leftOut.parentElement!.querySelector('li')!.textContent).toBe(dossier);
    expect(screen.getByRole('status').textContent).toContain('index.psv');
  });

  it('speaks English, nothing changed included', async () => {
    const world = backupWorld({}, { last: { at: MADE_AT, files: 3, bytes: 12_288 }, folderName: 'PASSIE' });
    world.setNext(report(3, 0));
    await openCard(world, 'en');
    expect(screen.getByText(/^Last backup: .+, in the folder ‘PASSIE’\.$/)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Make a backup' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Backup made: 3 files (12 kB). Nothing had changed since the previous backup, so nothing was copied.',
      ),
    );
  });
});

describe('the backup card in the desktop app (the system’s folder dialog)', () => {
  function withDialog(chosen: boolean) {
    const chooseFolder = vi.fn(async () => ({ chosen }));
    window.studioWindow = { onBeforeClose: () => () => undefined, chooseFolder };
    return chooseFolder;
  }

  it('has no path field; choosing a folder makes the backup there without the page ever holding the path', async () => {
    const chooseFolder = withDialog(true);
    const world = backupWorld({
      // What main does: the dialog's folder is handed to the studio, so create comes without one.
      'backup.create': (request) => {
        expect(request).toEqual({});
        return { ok: true, value: report(3, 3) };
      },
    });
    await openCard(world);
    expect(screen.queryByLabelText('Map voor de back-up')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Map kiezen en back-up maken…' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Back-up gemaakt: 3 bestanden/));
    expect(chooseFolder).toHaveBeenCalledWith('backup');
    expect(creates(world)).toEqual([{}]);
  });

  it('makes nothing when the coach cancels the dialog, and offers the remembered folder first', async () => {
    const chooseFolder = withDialog(false);
    const world = backupWorld({}, { last: { at: MADE_AT, files: 3, bytes: 12_288 }, folderName: 'PASSIE' });
    await openCard(world);
    fireEvent.click(screen.getByRole('button', { name: 'In een andere map…' }));
    await waitFor(() => expect(chooseFolder).toHaveBeenCalledWith('backup'));
    expect(creates(world)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
    await waitFor(() => expect(creates(world)).toEqual([{}]));
  });
});
