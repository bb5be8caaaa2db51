// Issue 19: a vault whose index.psv could not be opened was backed up; the backup dropped the good index for the
// damaged one, `backup verify` passed and `backup restore` failed. A backup now opens every changed file with the
// vault's key before naming it: one that does not open never replaces an earlier version that does, and is named.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudio } from '../../../main/api/studio';
import { restoreBackup } from '../../../main/services/backup/backup-restore';
import { verifyBackup } from '../../../main/services/backup/backup-verify';
import { dossierPath, INDEX_PATH } from '../../../main/services/vault/vault-layout';
import type { ResponseOf } from '../../../shared/api/contract';
import { runCli } from '../../support/run-cli';
import { TEST_PASSPHRASE, TempStudio } from '../../support/temp-studio';
import { manifestOf } from './support/backup-folder';

let temp: TempStudio;
let backupDir: string;
const NAMES = ['Daniëlle Test', 'Pieter Post'];

beforeAll(async () => {
  temp = await TempStudio.open();
  for (const name of NAMES) {
    const { id } = await temp.call('client.add', { name });
    await temp.call('traject.add', { clientId: id, title: 'Loopbaan 2026' });
  }
  backupDir = join(temp.root, 'usb', 'back-up');
  await mkdir(backupDir, { recursive: true });
  await temp.call('backup.create', { folder: backupDir });
}, 60_000);

afterAll(async () => {
  await temp.dispose();
});

/** Flips one byte in the middle of a sealed vault file on disk, as a failing disk or a half-synced copy would. */
async function damage(vaultPath: string): Promise<void> {
  const path = join(temp.vaultDir, ...vaultPath.split('/'));
  const bytes = await readFile(path);
  bytes[bytes.length >> 1]! ^= 0x04;
  await writeFile(path, bytes);
}

describe('a backup of a vault with a file that does not open', { timeout: 60_000 }, () => {
  it('keeps the earlier, readable index.psv, leaves out a new file that never opened, and names both', async () => {
    const before = await manifestOf(backupDir);
    const goodIndex = before.files.find((file) => file.path === INDEX_PATH)!;
    const { id } = await temp.call('client.add', { name: 'Nieuwe Cliënt' });
    const fresh = await temp.call('traject.add', { clientId: id, title: 'Na de back-up' });
    await temp.whileClosed(async () => {
      await damage(INDEX_PATH);
      await damage(dossierPath(fresh.id));
      const made = await runCli(temp, ['backup', 'create', '--out', backupDir]);
      expect(made, made.stderr).toMatchObject({ code: 0 });
      expect(made.stdout).toContain(
        '\nThese vault files could not be opened (damaged?); the backup keeps their earlier version: index.psv.\n',
      );
      expect(made.stdout).toContain(
        `\nThese vault files could not be opened (damaged?) and are not in this backup: ${dossierPath(fresh.id)}.\n`,
      );
    });

    const report = await temp.call('backup.create', { folder: backupDir });
    expect(report.unreadable).toEqual([
      { path: INDEX_PATH, olderKept: true },
      { path: dossierPath(fresh.id), olderKept: false },
    ]);
    const after = await manifestOf(backupDir);
    expect(after.files.find((file) => file.path === INDEX_PATH)).toEqual(goodIndex);
    expect(after.files.map((file) => file.path)).not.toContain(dossierPath(fresh.id));
    expect(after.files.length).toBe(before.files.length);
    expect(await verifyBackup(backupDir, TEST_PASSPHRASE)).toMatchObject({ seal: 'checked', opened: true });

    const into = join(temp.root, 'restored', 'vault');
    await restoreBackup({ backupDir, intoDir: into, passphrase: TEST_PASSPHRASE, newerVaultDir: temp.vaultDir });
    const restored = createStudio({ vaultDir: into, language: () => 'en' });
    try {
      expect((await restored.dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE })).ok).toBe(true);
      const listed = await restored.dispatch('client.list', {});
      if (!listed.ok) throw new Error(listed.error.code);
      // The good index, of the earlier backup: the client added since (whose files did not open) is not in it.
      const { clients } = listed.value as ResponseOf<'client.list'>;
      expect(clients.map((client) => client.name).sort()).toEqual(NAMES);
    } finally {
      await restored.close();
    }
  });
});
