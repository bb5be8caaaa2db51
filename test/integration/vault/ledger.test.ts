import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { TempStudio } from '../../support/temp-studio';

/**
 * The vault's ledger (ARCHITECTURE.md, The ledger): a file put back from an older copy, deleted, or come back after
 * deletion is damage, named, and the rest of the vault keeps working. Each case was reproduced against the studio
 * before the ledger existed, where it went unnoticed.
 */
let temp: TempStudio;
let trajectId: string;

const round = (text: string) => ({
  trajectId,
  source: 'typed' as const,
  answers: [{ title: 'Vraag', content: richTextFromPlain(text) }],
});

beforeEach(async () => {
  temp = await TempStudio.open();
  const { id: clientId } = await temp.call('client.add', { name: 'Daniëlle' });
  ({ id: trajectId } = await temp.call('traject.add', { clientId, title: 'Traject' }));
});

afterEach(async () => {
  await temp.dispose();
});

const file = (vaultPath: string) => join(temp.vaultDir, ...vaultPath.split('/'));

describe('the vault ledger', () => {
  it('names a dossier put back from an older copy of itself, and keeps every other traject working', async () => {
    const { id: otherClient } = await temp.call('client.add', { name: 'Joost' });
    const { id: other } = await temp.call('traject.add', { clientId: otherClient, title: 'Ander traject' });
    const dossier = `trajects/${trajectId}/dossier.psv`;
    for (const text of ['een', 'twee', 'drie']) await temp.call('round.add', round(text));
    await temp.studio.vault.lock();
    await copyFile(file(dossier), join(temp.root, 'old-dossier.psv'));
    await temp.reopen();
    await temp.call('round.add', round('vier'));
    await temp.studio.close();
    await copyFile(join(temp.root, 'old-dossier.psv'), file(dossier));
    await temp.reopen();

    expect(await temp.codeOf('traject.verify', { id: trajectId })).toBe('file_rolled_back');
    expect(await temp.codeOf('traject.show', { id: trajectId })).toBe('file_rolled_back');
    expect((await temp.call('traject.show', { id: other })).traject.title).toBe('Ander traject');
    const { health } = await temp.call('app.status', {});
    expect(health?.damage).toEqual([{ file: dossier, problem: 'rolled_back' }]);
    const sentence = await temp.dispatch('traject.show', { id: trajectId });
    expect(!sentence.ok && sentence.error.message).toContain(dossier);
  });

  it('names an index put back from an older copy instead of letting a newer client vanish', async () => {
    await temp.studio.vault.lock();
    await copyFile(file('index.psv'), join(temp.root, 'old-index.psv'));
    await temp.reopen();
    await temp.call('client.add', { name: 'Nieuwe cliënt' });
    await temp.studio.close();
    await copyFile(join(temp.root, 'old-index.psv'), file('index.psv'));
    await temp.reopen();
    expect(await temp.codeOf('client.list', {})).toBe('file_rolled_back');
    expect((await temp.call('app.status', {})).health?.damage).toEqual([{ file: 'index.psv', problem: 'rolled_back' }]);
  });

  it('treats a missing dossier, index or signing key as damage, never as new', async () => {
    await temp.call('round.add', round('een'));
    await temp.call('settings.update', { coach: { name: 'Marieke Jansen', practice: '', email: '' } });
    await temp.call('signing.create', {});
    await temp.studio.close();
    await rm(file(`trajects/${trajectId}/dossier.psv`));
    await rm(file('keys/signing.psv'));
    await temp.reopen();
    expect(await temp.codeOf('traject.verify', { id: trajectId })).toBe('file_missing');
    expect(await temp.codeOf('signing.create', {})).toBe('file_missing');
    expect((await temp.call('app.status', {})).health?.damage).toEqual(
      expect.arrayContaining([
        { file: `trajects/${trajectId}/dossier.psv`, problem: 'missing' },
        { file: 'keys/signing.psv', problem: 'missing' },
      ]),
    );
    // Nothing was rewritten from the absence: the dossier is still not there.
    await expect(readFile(file(`trajects/${trajectId}/dossier.psv`))).rejects.toThrow();

    await temp.studio.close();
    await rm(file('index.psv'));
    await temp.reopen();
    expect(await temp.codeOf('client.list', {})).toBe('file_missing');
  });

  it('treats a missing ledger as damage in a vault that holds files, and makes a new one so the rest works', async () => {
    await temp.studio.close();
    await rm(file('ledger.psv'));
    await temp.reopen();
    expect((await temp.call('app.status', {})).health?.damage).toEqual([{ file: 'ledger.psv', problem: 'missing' }]);
    expect((await temp.call('client.list', {})).clients).toHaveLength(1);
  });

  it('removes a deleted file that comes back, naming an older copy, and finishes a deletion a crash interrupted', async () => {
    const { id: gone } = await temp.call('client.add', { name: 'Weg' });
    const { id: goneTraject } = await temp.call('traject.add', { clientId: gone, title: 'Weg' });
    const goneDossier = `trajects/${goneTraject}/dossier.psv`;
    await temp.studio.vault.lock();
    await copyFile(file(goneDossier), join(temp.root, 'older.psv'));
    await temp.reopen();
    await temp.call('round.add', { ...round('laatste'), trajectId: goneTraject });
    await temp.studio.vault.lock();
    await copyFile(file(goneDossier), join(temp.root, 'last.psv'));
    await temp.reopen();
    await temp.call('client.delete', { id: gone, reason: 'verzoek van de cliënt' });
    await temp.studio.close();

    // The dossier as it was when it was deleted: a deletion a crash interrupted, simply finished.
    await mkdir(join(temp.vaultDir, 'trajects', goneTraject));
    await copyFile(join(temp.root, 'last.psv'), file(goneDossier));
    await temp.reopen();
    expect((await temp.call('app.status', {})).health?.damage).toEqual([]);
    await expect(readFile(file(goneDossier))).rejects.toThrow();

    // An older copy coming back: named, and removed again (erasure wins).
    await temp.studio.close();
    await mkdir(join(temp.vaultDir, 'trajects', goneTraject), { recursive: true });
    await copyFile(join(temp.root, 'older.psv'), file(goneDossier));
    await temp.reopen();
    expect((await temp.call('app.status', {})).health?.damage).toEqual([{ file: goneDossier, problem: 'deleted' }]);
    await expect(readFile(file(goneDossier))).rejects.toThrow();
    expect((await temp.call('client.list', {})).clients.map((client) => client.name)).toEqual(['Daniëlle']);
  });

  it('checks again on request, and forgets damage that was put right', async () => {
    await temp.studio.close();
    const saved = await readFile(file('index.psv'));
    await rm(file('index.psv'));
    await temp.reopen();
    expect((await temp.call('vault.check', {})).damage).toEqual([{ file: 'index.psv', problem: 'missing' }]);
    await writeFile(file('index.psv'), saved);
    expect(await temp.call('vault.check', {})).toEqual({ damage: [], recoveryKeyNeeded: false });
    expect((await temp.call('client.list', {})).clients).toHaveLength(1);
  });
});
