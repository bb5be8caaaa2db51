// The studio's own backup calls as its screens use them (issue 7): backup.status and backup.create with the folder
// remembered, and backup.restore into the studio's empty vault folder, then unlocked. Real temp folders, real crypto.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudio, type Studio } from '../../../main/api/studio';
import { BACKUP_MANIFEST } from '../../../main/services/backup/backup-manifest';
import { packPath } from '../../../main/services/backup/backup-packs';
import type { MethodName, RequestOf, ResponseOf } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { errorMessage } from '../../../shared/i18n/error-messages';
import { TEST_PASSPHRASE, TempStudio } from '../../support/temp-studio';
import { manifestOf, overwriteStored, storedBytes, writeSealedManifest } from './support/backup-folder';
import { BACKUP_RECORD_PATH } from '../../../main/services/vault/vault-layout';

let temp: TempStudio;
/** Where the backups go: an existing folder, as the coach chooses one. */
let stick: string;
/** A second computer's studio data, with no vault yet. */
let fresh: string;
const CLIENTS = ['Daniëlle Test', 'Pieter Post'];

beforeAll(async () => {
  temp = await TempStudio.open();
  for (const name of CLIENTS) await temp.call('client.add', { name });
  stick = join(temp.root, 'usb', 'PASSIE back-up');
  await mkdir(stick, { recursive: true });
  fresh = await mkdtemp(join(tmpdir(), 'passie-studio-fresh-'));
}, 60_000);

afterAll(async () => {
  await temp.dispose();
  await rm(fresh, { recursive: true, force: true });
});

/** A studio on `vaultDir` as the app builds it (a vault created elsewhere brings its own KDF parameters). */
function studioOn(vaultDir: string): Studio {
  return createStudio({ vaultDir, language: () => 'en' });
}

async function call<M extends MethodName>(studio: Studio, method: M, request: RequestOf<M>) {
  return (await studio.dispatch(method, request)) as ApiResult<ResponseOf<M>>;
}

async function value<M extends MethodName>(studio: Studio, method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  const result = await call(studio, method, request);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}`);
  return result.value;
}

describe('backup.status and backup.create, as the settings card uses them', { timeout: 60_000 }, () => {
  it('has nothing to say before the first backup, and needs no folder chosen yet only to say so', async () => {
    expect(await temp.call('backup.status', {})).toEqual({});
    expect(await temp.dispatch('backup.create', {})).toMatchObject({
      ok: false,
      error: { code: 'backup_no_folder', message: errorMessage('backup_no_folder', 'en') },
    });
  });

  it('refuses a folder that is not there in one sentence naming only the folder, and creates nothing', async () => {
    const unplugged = join(temp.root, 'Volumes', 'USB', 'PASSIE');
    const refused = await temp.dispatch('backup.create', { folder: unplugged });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'backup_folder_missing', params: { folder: 'PASSIE' } },
    });
    expect(refused.ok ? '' : refused.error.message).not.toContain(temp.root);
    await expect(readdir(join(temp.root, 'Volumes'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('makes the backup, then remembers when and where (naming only the folder)', async () => {
    const report = await temp.call('backup.create', { folder: stick });
    expect(report).toMatchObject({ copied: report.files });
    const status = await temp.call('backup.status', {});
    expect(status).toEqual({
      last: { at: report.manifest.createdAt, files: report.files, bytes: report.bytes },
      folderName: 'PASSIE back-up',
    });
    expect(JSON.stringify(status)).not.toContain(temp.root);
    // The record is sealed in the vault, and no part of the backup it describes.
    const sealed = await readFile(join(temp.vaultDir, BACKUP_RECORD_PATH));
    expect(sealed.includes(Buffer.from('PASSIE back-up'))).toBe(false);
    expect((await manifestOf(stick)).files.map((file) => file.path)).not.toContain(BACKUP_RECORD_PATH);
  });

  it('makes the next backup in the remembered folder, copying only what changed', async () => {
    const before = await manifestOf(stick);
    await temp.call('client.add', { name: 'Nieuwe Cliënt' });
    const report = await temp.call('backup.create', {});
    expect(report.files).toBe(before.files.length);
    expect(report.copied).toBeGreaterThan(0);
    expect(report.copied).toBeLessThan(report.files);
    expect((await manifestOf(stick)).createdAt).toBe(report.manifest.createdAt);
    expect((await temp.call('backup.status', {})).last?.at).toBe(report.manifest.createdAt);
    // Nothing changed since: nothing copied, and the record alone (not backed up) does not count as a change.
    expect(await temp.call('backup.create', {})).toMatchObject({ copied: 0 });
  });

  it('takes the folder chosen in the native dialog for the next backup only', async () => {
    const other = join(temp.root, 'second stick');
    await mkdir(other);
    temp.studio.backups.choose('backup', other);
    expect(await temp.call('backup.create', {})).toMatchObject({ copied: expect.any(Number) });
    expect(await readdir(other)).toContain(BACKUP_MANIFEST);
    expect((await temp.call('backup.status', {})).folderName).toBe('second stick');
    // Remembered from now on, like a typed one.
    expect(await temp.call('backup.create', {})).toMatchObject({ copied: 0 });
    await temp.call('backup.create', { folder: stick });
  });

  it('needs the vault unlocked', async () => {
    await temp.call('vault.lock', {});
    expect(await temp.codeOf('backup.status', {})).toBe('vault_locked');
    expect(await temp.codeOf('backup.create', {})).toBe('vault_locked');
    await temp.call('vault.unlock', { passphrase: TEST_PASSPHRASE });
  });
});

describe('backup.restore, from the first screen of a studio without a vault', { timeout: 60_000 }, () => {
  it('is refused while the studio has a vault', async () => {
    expect(await temp.codeOf('backup.restore', { folder: stick, secret: TEST_PASSPHRASE })).toBe('vault_exists');
  });

  it('refuses plainly: no folder, a folder that is not there, one without a backup, a damaged backup', async () => {
    const vaultDir = join(fresh, 'refusals', 'vault');
    const studio = studioOn(vaultDir);
    try {
      const codeOf = async (request: Omit<RequestOf<'backup.restore'>, 'secret'>) => {
        const result = await call(studio, 'backup.restore', { ...request, secret: TEST_PASSPHRASE });
        return result.ok ? { code: 'ok' } : { code: result.error.code, params: result.error.params };
      };
      expect(await codeOf({})).toEqual({ code: 'backup_no_folder' });
      expect(await codeOf({ folder: join(fresh, 'nowhere') })).toEqual({
        code: 'backup_folder_missing',
        params: { folder: 'nowhere' },
      });
      const documents = join(fresh, 'documents');
      await mkdir(documents);
      expect(await codeOf({ folder: documents })).toEqual({ code: 'backup_missing' });
      expect(await codeOf({ folder: 'relative/folder' })).toEqual({ code: 'invalid_request' });

      // A copy of the backup with one byte flipped in one file: named by its path inside the vault (random ids).
      const damaged = join(fresh, 'damaged');
      await cp(stick, damaged, { recursive: true });
      const manifest = await manifestOf(damaged);
      const victim = manifest.files.find((file) => file.path === 'index.psv')!;
      const bytes = await storedBytes(damaged, victim);
      bytes[bytes.length >> 1]! ^= 0x20;
      await overwriteStored(damaged, victim, bytes);
      expect(await codeOf({ folder: damaged })).toEqual({ code: 'backup_file_damaged', params: { file: 'index.psv' } });

      // Nothing was left behind: still no vault, no half-restored folder beside it.
      expect(await value(studio, 'app.status', {})).toMatchObject({ vault: 'none' });
      expect((await readdir(join(fresh, 'refusals'))).filter((name) => name.includes('restoring'))).toEqual([]);
    } finally {
      await studio.close();
    }
  });

  it('refuses a vault folder that holds other files', async () => {
    const vaultDir = join(fresh, 'occupied', 'vault');
    await mkdir(vaultDir, { recursive: true });
    await writeFile(join(vaultDir, 'notes.txt'), 'not the studio’s');
    const studio = studioOn(vaultDir);
    try {
      expect(await call(studio, 'backup.restore', { folder: stick, secret: TEST_PASSPHRASE })).toMatchObject({
        ok: false,
        error: { code: 'restore_vault_not_empty', message: errorMessage('restore_vault_not_empty', 'en') },
      });
      expect(await readdir(vaultDir)).toEqual(['notes.txt']);
    } finally {
      await studio.close();
    }
  });

  it('restores into the empty vault folder, locked; the backed-up passphrase opens it with everything in it', async () => {
    const { clients: before } = await temp.call('client.list', {});
    const manifest = await manifestOf(stick);
    const vaultDir = join(fresh, 'second-computer', 'vault');
    const studio = studioOn(vaultDir);
    try {
      expect(await value(studio, 'app.status', {})).toMatchObject({ vault: 'none' });
      const restored = await value(studio, 'backup.restore', { folder: stick, secret: TEST_PASSPHRASE });
      expect(restored).toEqual({
        files: manifest.files.length,
        bytes: manifest.files.reduce((sum, file) => sum + file.size, 0),
        createdAt: manifest.createdAt,
        seal: 'checked',
      });
      expect(await value(studio, 'app.status', {})).toMatchObject({ vault: 'locked' });
      expect(await call(studio, 'vault.unlock', { passphrase: 'een heel ander wachtwoord dan toen' })).toMatchObject({
        ok: false,
        error: { code: 'wrong_passphrase' },
      });
      await value(studio, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
      const { clients } = await value(studio, 'client.list', {});
      expect(clients.map((client) => client.name).sort()).toEqual(before.map((client) => client.name).sort());
      // A restored vault has been backed up nowhere yet.
      expect(await value(studio, 'backup.status', {})).toEqual({});
      expect(await call(studio, 'backup.restore', { folder: stick, secret: TEST_PASSPHRASE })).toMatchObject({
        ok: false,
        error: { code: 'vault_exists' },
      });
    } finally {
      await studio.close();
    }
  });

  it('applies the backup’s own deletions on the first unlock', async () => {
    // A backup of a vault that had written a deletion's tombstone but not yet removed the client (a crash in
    // between): its index from before the deletion, its audit.psv from after it.
    const source = await TempStudio.open();
    const vaultDir = join(fresh, 'tombstones', 'vault');
    const studio = studioOn(vaultDir);
    try {
      const { id } = await source.call('client.add', { name: 'Weg Ermee' });
      await source.call('client.add', { name: 'Blijft Bestaan' });
      const folder = join(source.root, 'backup');
      await mkdir(folder);
      await source.call('backup.create', { folder });
      const interrupted = join(fresh, 'interrupted-backup');
      await cp(folder, interrupted, { recursive: true });
      await source.call('client.delete', { id, reason: 'verzoek van de cliënt' });
      await source.call('backup.create', {});
      await takeFileFrom(folder, interrupted, 'audit.psv');

      await value(studio, 'backup.restore', { folder: interrupted, secret: TEST_PASSPHRASE });
      await value(studio, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
      const { clients } = await value(studio, 'client.list', {});
      expect(clients.map((client) => client.name)).toEqual(['Blijft Bestaan']);
    } finally {
      await studio.close();
      await source.dispose();
    }
  });

  it('restores the folder chosen in the native dialog, handed over main to main', async () => {
    const vaultDir = join(fresh, 'desktop', 'vault');
    const studio = studioOn(vaultDir);
    try {
      studio.backups.choose('restore', stick);
      expect(await value(studio, 'backup.restore', { secret: TEST_PASSPHRASE })).toMatchObject({
        files: expect.any(Number),
      });
      expect(await value(studio, 'app.status', {})).toMatchObject({ vault: 'locked' });
    } finally {
      await studio.close();
    }
  });
});

/** Puts the version of `path` that the backup in `from` holds into the backup in `to`, manifest included. */
async function takeFileFrom(from: string, to: string, path: string): Promise<void> {
  const entry = (await manifestOf(from)).files.find((file) => file.path === path)!;
  await cp(packPath(from, entry.pack!), packPath(to, entry.pack!));
  const manifest = await manifestOf(to);
  manifest.files = [...manifest.files.filter((file) => file.path !== path), entry];
  await writeSealedManifest(to, manifest);
}
