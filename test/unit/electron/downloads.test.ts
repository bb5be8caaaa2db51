import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberExportFolder } from '../../../main/electron/downloads';

class FakeItem extends EventEmitter {
  savePath = '';
  setSaveDialogOptions = vi.fn();
  getFilename = () => 'Dossier Hannah.pdf';
  getSavePath = () => this.savePath;
}

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'passie-downloads-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function setUp() {
  const session = new EventEmitter();
  const preferencesFile = join(folder, 'export-folder.json');
  await rememberExportFolder(session as never, { preferencesFile, defaultFolder: '/home/coach/Downloads' });
  const download = () => {
    const item = new FakeItem();
    session.emit('will-download', {}, item);
    return item;
  };
  return { download, preferencesFile };
}

describe('rememberExportFolder', () => {
  it('suggests the Downloads folder first, then the folder the coach chose, also after a restart', async () => {
    const first = await setUp();
    const item = first.download();
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith({ defaultPath: '/home/coach/Downloads/Dossier Hannah.pdf' });
    item.savePath = '/media/usb/dossiers/Dossier Hannah.pdf';
    item.emit('done', {}, 'completed');
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(first.preferencesFile, 'utf8'))).toEqual({ folder: '/media/usb/dossiers' }),
    );
    expect(first.download().setSaveDialogOptions).toHaveBeenCalledWith({
      defaultPath: '/media/usb/dossiers/Dossier Hannah.pdf',
    });

    const restarted = await setUp();
    expect(restarted.download().setSaveDialogOptions).toHaveBeenCalledWith({
      defaultPath: '/media/usb/dossiers/Dossier Hannah.pdf',
    });
  });

  it('forgets nothing on a cancelled save, and ignores an unreadable preferences file', async () => {
    await writeFile(join(folder, 'export-folder.json'), '{ not json');
    const { download, preferencesFile } = await setUp();
    const item = download();
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith({ defaultPath: '/home/coach/Downloads/Dossier Hannah.pdf' });
    item.emit('done', {}, 'cancelled');
    expect(await readFile(preferencesFile, 'utf8')).toBe('{ not json');
  });
});
