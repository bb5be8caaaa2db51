// How packs age (issue 7): a client deleted with megabytes of attachments leaves dead bytes in the backup's first
// pack; the backup after the one that dropped them rewrites what is still needed into a new pack and removes the
// old one, and the result still restores to the vault exactly. Real vault, real files, real crypto.
import { randomBytes } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudio } from '../../../main/api/studio';
import type { ResponseOf } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { packPath } from '../../../main/services/backup/backup-packs';
import { restoreBackup } from '../../../main/services/backup/backup-restore';
import { verifyBackup } from '../../../main/services/backup/backup-verify';
import { importWhole } from '../../support/import-whole';
import { mailWithAttachments } from '../../support/mail-with-attachments';
import { TEST_PASSPHRASE, TempStudio } from '../../support/temp-studio';
import { filesInPacks, manifestOf, packsNamedBy } from './support/backup-folder';

const MB = 1024 * 1024;

let temp: TempStudio;
let backupDir: string;

beforeAll(async () => {
  temp = await TempStudio.open();
  backupDir = join(temp.root, 'usb');
  await mkdir(backupDir);
}, 60_000);
afterAll(async () => {
  await temp.dispose();
});

async function clientWithMemo(name: string, memoBytes: number): Promise<string> {
  const { id: clientId } = await temp.call('client.add', { name });
  const { id: trajectId } = await temp.call('traject.add', { clientId, title: 'Loopbaan' });
  const mail = mailWithAttachments({
    subject: 'Antwoorden ronde 1',
    messageId: `${name.replace(/\W/g, '')}@mail.example.com`,
    date: 'Tue, 04 Mar 2025 21:00:00 +0100',
    text: `Hoi Marieke,\n\nMijn antwoorden heb ik ingesproken.\n\nGroet,\n${name}`,
    attachments: [{ name: 'memo.m4a', mediaType: 'audio/mp4', bytes: randomBytes(memoBytes) }],
  });
  await importWhole(temp, trajectId, { name: 'ronde-1.eml', bytes: mail });
  return clientId;
}

async function packBytes(): Promise<number> {
  const sizes = await Promise.all(
    packsNamedBy(await manifestOf(backupDir)).map(async (name) => (await stat(join(backupDir, 'packs', name))).size),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

describe('backup packs over time', { timeout: 120_000 }, () => {
  it('rewrites a pack that is mostly versions no longer needed, and removes it', async () => {
    const leaving = await clientWithMemo('Vertrekkende Cliënt', 6 * MB);
    await clientWithMemo('Blijvende Cliënt', 64 * 1024);
    const first = await temp.call('backup.create', { folder: backupDir });
    expect(first).toMatchObject({ copied: first.files, rewritten: 0 });
    const [firstPack] = packsNamedBy(await manifestOf(backupDir));
    expect(await packBytes()).toBeGreaterThan(6 * MB);

    // The deletion: the next backup no longer needs the memo, but the first pack still holds the rest.
    await temp.call('client.delete', { id: leaving, reason: 'Einde traject, verzoek tot verwijdering' });
    const second = await temp.call('backup.create', { folder: backupDir });
    expect(second).toMatchObject({ rewritten: 0 });
    expect(second.removed).toBeGreaterThan(0);
    expect(packsNamedBy(await manifestOf(backupDir))).toContain(firstPack);

    // Mostly dead and megabytes of it: what is still needed moves into a new pack; the old one goes.
    const third = await temp.call('backup.create', { folder: backupDir });
    expect(third).toMatchObject({ copied: 0, removed: 0 });
    expect(third.rewritten).toBeGreaterThan(0);
    const manifest = await manifestOf(backupDir);
    expect(packsNamedBy(manifest)).not.toContain(firstPack);
    expect(await filesInPacks(backupDir)).toEqual(packsNamedBy(manifest));
    await expect(stat(packPath(backupDir, firstPack!.replace(/\.pack$/, '')))).rejects.toThrow();
    expect(await packBytes()).toBeLessThan(MB);

    // Settled: nothing more to copy or rewrite, and the backup is the vault.
    expect(await temp.call('backup.create', { folder: backupDir })).toMatchObject({ copied: 0, rewritten: 0 });
    await expect(verifyBackup(backupDir)).resolves.toMatchObject({ files: manifest.files.length });
    const into = join(temp.root, 'restored');
    await restoreBackup({ backupDir, intoDir: into, passphrase: TEST_PASSPHRASE });
    const restored = createStudio({ vaultDir: into, language: () => 'en' });
    try {
      const unlocked = await restored.dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE });
      expect(unlocked.ok).toBe(true);
      const listed = (await restored.dispatch('client.list', {})) as ApiResult<ResponseOf<'client.list'>>;
      expect(listed.ok && listed.value.clients.map((client) => client.name)).toEqual(['Blijvende Cliënt']);
    } finally {
      await restored.close();
    }
  });
});
