import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { TempStudio } from '../../support/temp-studio';

/**
 * "A store that cannot read one file keeps the rest usable and says which file (the index can be rebuilt from the
 * dossiers: offer it)": index.psv lost or damaged, and `vault.rebuildIndex` making it again.
 */
let temp: TempStudio;
let kept: { clientId: string; trajectId: string };
let archived: { clientId: string; trajectId: string };

const addRound = (trajectId: string, text: string) =>
  temp.call('round.add', {
    trajectId,
    source: 'typed',
    answers: [{ title: 'Vraag', content: richTextFromPlain(text) }],
  });

beforeEach(async () => {
  temp = await TempStudio.open();
  await temp.call('settings.update', {
    coach: { name: 'Marieke Jansen', practice: 'Praktijk', email: 'm@example.com' },
  });
  const add = async (name: string, title: string) => {
    const { id: clientId } = await temp.call('client.add', { name, email: 'iemand@example.com' });
    const { id: trajectId } = await temp.call('traject.add', { clientId, title, goal: 'Richting kiezen' });
    return { clientId, trajectId };
  };
  kept = await add('Daniëlle de Vries', 'Loopbaan 2026');
  await addRound(kept.trajectId, 'een');
  await addRound(kept.trajectId, 'twee');
  archived = await add('Hannah Jansen', 'Afgerond traject');
  await addRound(archived.trajectId, 'drie');
  await temp.call('traject.close', { id: archived.trajectId });
}, 60_000);

afterEach(async () => {
  await temp.dispose();
});

describe('rebuilding the overview of clients and trajects', { timeout: 60_000 }, () => {
  it('makes a damaged index.psv again from the dossiers and the archives, naming what it could not know', async () => {
    const before = await temp.call('traject.show', { id: kept.trajectId });
    const index = join(temp.vaultDir, 'index.psv');
    await temp.whileClosed(async () => {
      const bytes = await readFile(index);
      bytes[bytes.length >> 1]! ^= 0x10;
      await writeFile(index, bytes);
    });
    expect(await temp.codeOf('client.list', {})).toBe('index_damaged');

    const rebuilt = await temp.call('vault.rebuildIndex', {});
    expect(rebuilt).toEqual({ clients: 2, trajects: 2, unnamed: 1, unreadable: [] });
    const { clients } = await temp.call('client.list', {});
    // The archived client's name is in the archives' own index; the other name went with index.psv.
    expect(clients.map((client) => [client.id, client.name]).sort()).toEqual(
      [
        [archived.clientId, 'Hannah Jansen'],
        [kept.clientId, 'Client without a name 1'],
      ].sort(),
    );
    const after = await temp.call('traject.show', { id: kept.trajectId });
    expect(after.rounds).toEqual(before.rounds);
    expect(after.chain).toEqual(before.chain);
    expect(after.traject).toMatchObject({
      title: 'Loopbaan 2026',
      goal: 'Richting kiezen',
      status: 'active',
      rounds: 2,
    });
    const { trajects } = await temp.call('traject.list', {});
    expect(trajects.find((traject) => traject.id === archived.trajectId)).toMatchObject({ status: 'closed' });
    expect((await temp.call('vault.check', {})).damage).toEqual([]);

    // The coach names the client again; it all holds across a restart.
    await temp.call('client.update', { id: kept.clientId, fields: { name: 'Daniëlle de Vries' } });
    await temp.reopen();
    expect((await temp.call('client.list', {})).clients.map((client) => client.name).sort()).toEqual([
      'Daniëlle de Vries',
      'Hannah Jansen',
    ]);
  });

  it('keeps the names an old copy of the index still has, and adds what came after it', async () => {
    await temp.whileClosed(() => copyFile(join(temp.vaultDir, 'index.psv'), join(temp.root, 'old-index.psv')));
    const { id: newer } = await temp.call('client.add', { name: 'Nieuwe Cliënt' });
    const { id: newTraject } = await temp.call('traject.add', { clientId: newer, title: 'Nieuw' });
    // The old copy put back: the ledger names it, and the rebuild still takes the names it knows.
    await temp.whileClosed(async () => {
      await copyFile(join(temp.vaultDir, 'index.psv'), join(temp.root, 'newest-index.psv'));
      await writeFile(join(temp.vaultDir, 'index.psv'), await readFile(join(temp.root, 'old-index.psv')));
    });
    expect(await temp.codeOf('client.list', {})).toBe('file_rolled_back');
    const rebuilt = await temp.call('vault.rebuildIndex', {});
    expect(rebuilt).toEqual({ clients: 3, trajects: 3, unnamed: 1, unreadable: [] });
    expect((await temp.call('client.list', {})).clients.map((client) => client.name).sort()).toEqual([
      'Client without a name 1',
      'Daniëlle de Vries',
      'Hannah Jansen',
    ]);
    const { trajects } = await temp.call('traject.list', {});
    expect(trajects.map((traject) => traject.id)).toContain(newTraject);
    expect((await temp.call('vault.check', {})).damage).toEqual([]);
  });
});
