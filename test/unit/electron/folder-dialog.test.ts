import { describe, expect, it, vi } from 'vitest';
import { CHOOSE_FOLDER_CHANNEL } from '../../../main/electron/channels';
import { bindFolderDialog, type FolderDialogOptions } from '../../../main/electron/folder-dialog';

type Handler = (event: unknown, purpose: unknown) => Promise<unknown>;

const contents = { id: 7, isDestroyed: () => false };
const trustedEvent = { sender: contents, senderFrame: { url: 'app://studio/index.html' } };
const window = {} as ReturnType<FolderDialogOptions['window']>;

function bind(dialogAnswer: { canceled: boolean; filePaths: string[] }) {
  let handler: Handler | undefined;
  const ipcMain = {
    handle: vi.fn((channel: string, registered: Handler) => {
      expect(channel).toBe(CHOOSE_FOLDER_CHANNEL);
      handler = registered;
    }),
    removeHandler: vi.fn(),
  };
  const showOpenDialog = vi.fn(async () => dialogAnswer);
  const choose = vi.fn();
  const unbind = bindFolderDialog({
    ipcMain: ipcMain as unknown as FolderDialogOptions['ipcMain'],
    dialog: { showOpenDialog } as unknown as FolderDialogOptions['dialog'],
    window: () => window,
    trustedContents: () => contents as unknown as ReturnType<FolderDialogOptions['trustedContents']>,
    choose,
    language: () => 'nl',
  });
  return {
    call: (event: unknown, purpose: unknown) => handler!(event, purpose),
    showOpenDialog,
    choose,
    unbind,
    ipcMain,
  };
}

describe('the native folder dialog for backups', () => {
  it('hands the chosen folder to the studio and tells the page only that one was chosen', async () => {
    const fake = bind({ canceled: false, filePaths: ['/media/usb/PASSIE back-up'] });
    expect(await fake.call(trustedEvent, 'backup')).toEqual({ chosen: true });
    expect(fake.choose).toHaveBeenCalledWith('backup', '/media/usb/PASSIE back-up');
    expect(fake.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: 'Map voor de back-up kiezen',
        properties: ['openDirectory', 'createDirectory'],
      }),
    );
  });

  it('opens an existing folder only when restoring', async () => {
    const fake = bind({ canceled: false, filePaths: ['/media/usb/PASSIE back-up'] });
    expect(await fake.call(trustedEvent, 'restore')).toEqual({ chosen: true });
    expect(fake.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ properties: ['openDirectory'] }),
    );
    expect(fake.choose).toHaveBeenCalledWith('restore', '/media/usb/PASSIE back-up');
  });

  it('chooses nothing when the coach cancels', async () => {
    const fake = bind({ canceled: true, filePaths: [] });
    expect(await fake.call(trustedEvent, 'backup')).toEqual({ chosen: false });
    expect(fake.choose).not.toHaveBeenCalled();
  });

  it('opens no dialog for another sender, a page that navigated away, or an unknown purpose', async () => {
    const fake = bind({ canceled: false, filePaths: ['/media/usb'] });
    const stranger = { sender: { id: 8, isDestroyed: () => false }, senderFrame: { url: 'app://studio/' } };
    const elsewhere = { sender: contents, senderFrame: { url: 'https://example.com/' } };
    expect(await fake.call(stranger, 'backup')).toEqual({ chosen: false });
    expect(await fake.call(elsewhere, 'backup')).toEqual({ chosen: false });
    expect(await fake.call(trustedEvent, 'anything')).toEqual({ chosen: false });
    expect(fake.showOpenDialog).not.toHaveBeenCalled();
    expect(fake.choose).not.toHaveBeenCalled();
  });

  it('removes its handler when unbound', () => {
    const fake = bind({ canceled: true, filePaths: [] });
    fake.unbind();
    expect(fake.ipcMain.removeHandler).toHaveBeenCalledWith(CHOOSE_FOLDER_CHANNEL);
  });
});
