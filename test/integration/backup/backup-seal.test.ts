// The seal of backup-manifest.json (issue 14): HMAC-SHA256 under a key derived from the vault's data key. A list of
// files changed by anyone without the passphrase — a file left out, one byte flipped, the seal taken off — passes
// the checks that need no passphrase (they are told so) and fails every check that has it: `backup verify` with
// the passphrase, the command line's restore and the studio's restore, before anything is put in place.
import { createHmac, hkdfSync } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudio } from '../../../main/api/studio';
import { BACKUP_MANIFEST, type BackupManifest } from '../../../main/services/backup/backup-manifest';
import { restoreBackup } from '../../../main/services/backup/backup-restore';
import { verifyBackup } from '../../../main/services/backup/backup-verify';
import { readDescriptor } from '../../../main/services/vault/vault-descriptor';
import { unwrapDataKey } from '../../../main/services/vault/vault-service';
import type { ResponseOf } from '../../../shared/api/contract';
import { StudioError } from '../../../shared/api/studio-error';
import { TEST_PASSPHRASE, TempStudio } from '../../support/temp-studio';
import { manifestOf, storedBytes, withoutSeal } from './support/backup-folder';

let temp: TempStudio;
let backupDir: string;
let sealed: BackupManifest;

beforeAll(async () => {
  temp = await TempStudio.open();
  const { id } = await temp.call('client.add', { name: 'Daniëlle Test' });
  await temp.call('traject.add', { clientId: id, title: 'Loopbaan 2026' });
  backupDir = join(temp.root, 'usb', 'back-up');
  await mkdir(backupDir, { recursive: true });
  await temp.call('backup.create', { folder: backupDir });
  sealed = await manifestOf(backupDir);
}, 60_000);

afterAll(async () => {
  await temp.dispose();
});

async function codeOf(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
    return 'ok';
  } catch (error) {
    if (error instanceof StudioError) return error.code;
    throw error;
  }
}

/** A copy of the backup with its manifest replaced by `manifest`, written as it is (no new seal). */
async function editedCopy(name: string, manifest: object): Promise<string> {
  const folder = join(temp.root, name);
  await cp(backupDir, folder, { recursive: true });
  await writeFile(join(folder, BACKUP_MANIFEST), JSON.stringify(manifest, null, 2));
  return folder;
}

/** Restoring `folder` fails with `code`, and nothing is left where the vault would have gone, nor beside it. */
async function expectRestoreRefused(folder: string, code: string, acceptUnsealed = false): Promise<void> {
  const parent = join(temp.root, `restore-${folder.split('/').at(-1)}`);
  await mkdir(parent);
  const into = join(parent, 'vault');
  expect(
    await codeOf(() =>
      restoreBackup({ backupDir: folder, intoDir: into, passphrase: TEST_PASSPHRASE, acceptUnsealed }),
    ),
  ).toBe(code);
  expect(await readdir(parent)).toEqual([]);
}

describe('the seal of a backup’s list of files', { timeout: 60_000 }, () => {
  it('is HMAC-SHA256 over the canonical manifest, under HKDF-SHA256 of the data key for this purpose only', async () => {
    const dataKey = await unwrapDataKey(await readDescriptor(temp.vaultDir), { passphrase: TEST_PASSPHRASE });
    const key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'passie-studio/backup-manifest/v1', 32));
    const { mac, ...content } = sealed;
    expect(sealed.format).toBe(3);
    expect(mac).toBe(createHmac('sha256', key).update(canonicalize(content)!).digest('hex'));
    // Not the data key itself: a key for this one purpose.
    expect(mac).not.toBe(createHmac('sha256', dataKey).update(canonicalize(content)!).digest('hex'));
  });

  it('a file left out of the list: passes without the passphrase (said so), fails with it, and is not restored', async () => {
    const dossier = sealed.files.find((file) => file.path.endsWith('/dossier.psv'))!;
    const folder = await editedCopy('left-out', { ...sealed, files: sealed.files.filter((file) => file !== dossier) });
    expect(await verifyBackup(folder)).toMatchObject({ files: sealed.files.length - 1, seal: 'unchecked' });
    expect(await codeOf(() => verifyBackup(folder, TEST_PASSPHRASE))).toBe('backup_manifest_altered');
    await expectRestoreRefused(folder, 'backup_manifest_altered');
  });

  it('one flipped byte in the list: the same', async () => {
    const text = await readFile(join(backupDir, BACKUP_MANIFEST), 'utf8');
    // The minute the backup claims to be of: every file still matches its entry.
    const at = text.indexOf(sealed.createdAt) + 15;
    const flipped = `${text.slice(0, at)}${text[at] === '1' ? '2' : '1'}${text.slice(at + 1)}`;
    const folder = join(temp.root, 'flipped');
    await cp(backupDir, folder, { recursive: true });
    await writeFile(join(folder, BACKUP_MANIFEST), flipped);
    expect(await verifyBackup(folder)).toMatchObject({ files: sealed.files.length, seal: 'unchecked' });
    expect(await codeOf(() => verifyBackup(folder, TEST_PASSPHRASE))).toBe('backup_manifest_altered');
    await expectRestoreRefused(folder, 'backup_manifest_altered');
  });

  it('the seal taken off: not an older backup, and with the format set back, restored only when confirmed', async () => {
    const content = withoutSeal(sealed);
    const stripped = await editedCopy('stripped', content);
    expect(await codeOf(() => verifyBackup(stripped))).toBe('backup_manifest_altered');
    await expectRestoreRefused(stripped, 'backup_manifest_altered', true);

    // Indistinguishable in the folder from a backup of format 2: refused unless the coach says it is an old one.
    const downgraded = await editedCopy('downgraded', { ...content, format: 2 });
    expect(await verifyBackup(downgraded, TEST_PASSPHRASE)).toMatchObject({ seal: 'none', opened: true });
    await expectRestoreRefused(downgraded, 'backup_unsealed');
  });

  it('is checked by the studio’s restore with the passphrase or the recovery key, before anything is in place', async () => {
    const vaultDir = join(temp.root, 'recovery', 'vault');
    const source = createStudio({ vaultDir: join(temp.root, 'recovery-source'), language: () => 'en' });
    try {
      const created = await source.dispatch('vault.create', { passphrase: TEST_PASSPHRASE });
      if (!created.ok) throw new Error(created.error.code);
      const { recoveryKey } = created.value as ResponseOf<'vault.create'>;
      const folder = join(temp.root, 'recovery-backup');
      await mkdir(folder);
      expect((await source.dispatch('backup.create', { folder })).ok).toBe(true);
      await source.close();

      const fresh = createStudio({ vaultDir, language: () => 'en' });
      try {
        expect(
          await fresh.dispatch('backup.restore', { folder, secret: 'niet het wachtwoord van toen' }),
        ).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
        const manifest = await manifestOf(folder);
        await writeFile(
          join(folder, BACKUP_MANIFEST),
          JSON.stringify({ ...manifest, createdAt: '2020-01-01T00:00:00.000Z' }),
        );
        expect(await fresh.dispatch('backup.restore', { folder, secret: recoveryKey })).toMatchObject({
          ok: false,
          error: { code: 'backup_manifest_altered' },
        });
        expect(await readdir(join(temp.root, 'recovery')).catch(() => [])).toEqual([]);
        await writeFile(join(folder, BACKUP_MANIFEST), JSON.stringify(manifest));
        // The recovery key, in the form it was shown, for a coach who has forgotten the passphrase.
        expect(await fresh.dispatch('backup.restore', { folder, secret: recoveryKey })).toMatchObject({
          ok: true,
          value: { seal: 'checked', files: manifest.files.length },
        });
        expect(await fresh.dispatch('app.status', {})).toMatchObject({ ok: true, value: { vault: 'locked' } });
      } finally {
        await fresh.close();
      }
    } finally {
      await source.close();
    }
  });

  it('is written by the next backup into a folder of an unsealed format, which then copies everything anew', async () => {
    const content = withoutSeal(sealed);
    const folder = await editedCopy('format-2', { ...content, format: 2 });
    const report = await temp.call('backup.create', { folder });
    // Where an unsealed list says the files are is not taken on trust: nothing is pointed to, all is copied.
    expect(report).toMatchObject({ files: sealed.files.length, copied: sealed.files.length });
    const after = await manifestOf(folder);
    expect(after).toMatchObject({ format: 3, mac: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await verifyBackup(folder, TEST_PASSPHRASE)).toMatchObject({ seal: 'checked', opened: true });
  });

  it('keeps a new backup from trusting a changed list: an entry pointed at other bytes is not carried over', async () => {
    // Swap where two files are said to be: each entry's SHA-256 no longer matches the bytes it points to.
    const [first, second] = sealed.files.filter((file) => file.path !== 'vault.json');
    const swapped = sealed.files.map((file) =>
      file === first
        ? { ...file, offset: second!.offset }
        : file === second
          ? { ...file, offset: first!.offset }
          : file,
    );
    const folder = await editedCopy('pointers', { ...sealed, files: swapped });
    await temp.call('backup.create', { folder });
    const after = await manifestOf(folder);
    for (const file of after.files) {
      expect((await storedBytes(folder, file)).length).toBe(file.size);
    }
    expect(await verifyBackup(folder, TEST_PASSPHRASE)).toMatchObject({ seal: 'checked', opened: true });
    await rm(folder, { recursive: true, force: true });
  });
});
