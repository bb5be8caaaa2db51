import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStudio } from '../../../main/api/studio';
import { acceptedRound } from '../../../shared/domain/import';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { mailWithAttachments } from '../../support/mail-with-attachments';
import { TEST_PASSPHRASE, TempStudio } from '../../support/temp-studio';

/**
 * Faults that used to cost a coach the whole vault or every command: a far-future date (an index the store could
 * not read back), a damaged vault.json taken for a wrong passphrase, a read-only vault refusing even to list.
 */
let temp: TempStudio;
let trajectId: string;

beforeEach(async () => {
  temp = await TempStudio.open();
  const { id: clientId } = await temp.call('client.add', { name: 'Daniëlle de Vries' });
  ({ id: trajectId } = await temp.call('traject.add', { clientId, title: 'Loopbaan 2026' }));
});
afterEach(async () => {
  await temp.dispose();
});

describe('a date no round can have', { timeout: 60_000 }, () => {
  it('is refused with a sentence when typed, and the vault keeps working after a restart', async () => {
    for (const receivedAt of ['9999-12-31T23:59:59Z', '+010000-01-01T00:00:00Z', '1900-01-01T00:00:00Z']) {
      const result = await temp.dispatch('round.add', {
        trajectId,
        receivedAt,
        source: 'typed',
        answers: [{ title: 'Vraag', content: richTextFromPlain('antwoord') }],
      });
      expect(result.ok).toBe(false);
      expect(!result.ok && ['invalid_request', 'date_out_of_range']).toContain(!result.ok && result.error.code);
    }
    // A week ahead passes the schema (a real date) but cannot have happened yet.
    const ahead = new Date(Date.now() + 7 * 86_400_000).toISOString();
    expect(
      await temp.codeOf('round.add', {
        trajectId,
        receivedAt: ahead,
        source: 'typed',
        answers: [{ title: 'Vraag', content: richTextFromPlain('antwoord') }],
      }),
    ).toBe('date_out_of_range');
    await temp.reopen();
    expect((await temp.call('client.list', {})).clients).toHaveLength(1);
    expect((await temp.call('traject.show', { id: trajectId })).rounds).toEqual([]);
  });

  it('in an e-mail header becomes the moment of import, and the vault, its backup and the restore all still open', async () => {
    const mail = mailWithAttachments({
      subject: 'Ronde 1',
      messageId: '<toekomst@example.com>',
      date: 'Fri, 31 Dec 9999 23:59:59 +0000',
      text: 'Mijn antwoord uit de verre toekomst.',
      attachments: [],
    });
    const { results } = await temp.call('import.preview', {
      trajectId,
      files: [{ name: 'toekomst.eml', base64: mail.toString('base64') }],
    });
    const result = results[0]!;
    if (!result.ok) throw new Error(result.error.code);
    expect(Date.parse(result.preview.receivedAt)).toBeLessThanOrEqual(Date.now());
    await temp.call('import.commit', { trajectId, rounds: [acceptedRound(result.preview)] });
    await temp.reopen();
    const [round] = (await temp.call('traject.show', { id: trajectId })).rounds;
    expect(Date.parse(round!.receivedAt)).toBeLessThanOrEqual(Date.now());
    expect((await temp.call('traject.list', {})).trajects[0]).toMatchObject({ rounds: 1 });

    const backupDir = join(temp.root, 'backup');
    await mkdir(backupDir);
    await temp.call('backup.create', { folder: backupDir });
    const into = join(temp.root, 'restored');
    await temp.whileClosed(async () => {
      const restored = await temp.studio.dispatchLocal('backup.restoreInto', {
        folder: backupDir,
        into,
        passphrase: TEST_PASSPHRASE,
      });
      expect(restored.ok).toBe(true);
    });
    const studio = createStudio({ vaultDir: into, language: () => 'en' });
    try {
      expect((await studio.dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE })).ok).toBe(true);
      expect(await studio.dispatch('traject.list', {})).toMatchObject({
        ok: true,
        value: { trajects: [{ rounds: 1 }] },
      });
    } finally {
      await studio.close();
    }
  });
});

describe('a damaged vault.json', () => {
  it('says the file is damaged, not that the passphrase is wrong', async () => {
    await temp.studio.close();
    const path = join(temp.vaultDir, 'vault.json');
    const bytes = await readFile(path);
    // A flipped byte inside a value (not the JSON's syntax): the checksum tells.
    const at = bytes.indexOf('"keyEpoch"') + 12;
    bytes[at] = bytes[at] === 0x30 ? 0x31 : 0x30;
    await writeFile(path, bytes);
    const studio = createStudio({ vaultDir: temp.vaultDir, language: () => 'en' });
    try {
      const result = await studio.dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE });
      expect(result).toMatchObject({ ok: false, error: { code: 'vault_descriptor_damaged' } });
      expect(!result.ok && result.error.message).not.toMatch(/passphrase/i);
    } finally {
      await studio.close();
    }
  });
});

describe('a vault on a read-only disk', { timeout: 60_000 }, () => {
  const mounts: string[] = [];
  afterAll(async () => {
    for (const mount of mounts) execFileSync('umount', [mount]);
  });

  it('opens for reading: lists, shows and verifies, and says "read-only" for a change', async () => {
    await temp.call('round.add', {
      trajectId,
      source: 'typed',
      answers: [{ title: 'Vraag', content: richTextFromPlain('antwoord') }],
    });
    await temp.studio.close();
    // A real read-only file system (root's test run: a tmpfs mounted read-only), not permissions root ignores.
    const mount = await mkdtemp(join(tmpdir(), 'passie-read-only-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mount]);
    mounts.push(mount);
    await cp(temp.vaultDir, join(mount, 'vault'), { recursive: true });
    await rm(join(mount, 'vault', '.studio.lock'), { recursive: true, force: true });
    execFileSync('mount', ['-o', 'remount,ro', mount]);

    const studio = createStudio({ vaultDir: join(mount, 'vault'), language: () => 'en' });
    try {
      expect((await studio.dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE })).ok).toBe(true);
      expect(await studio.dispatch('client.list', {})).toMatchObject({ ok: true, value: { clients: [{}] } });
      expect(await studio.dispatch('traject.show', { id: trajectId })).toMatchObject({ ok: true });
      expect(await studio.dispatch('traject.verify', { id: trajectId })).toMatchObject({
        ok: true,
        value: { ok: true },
      });
      const change = await studio.dispatch('client.add', { name: 'Nieuw' });
      expect(change).toMatchObject({ ok: false, error: { code: 'vault_read_only' } });
    } finally {
      await studio.close();
    }
    // The studio on the writable copy is as it was.
    await temp.reopen();
    expect((await temp.call('client.list', {})).clients).toHaveLength(1);
  });
});
