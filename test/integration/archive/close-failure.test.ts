import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { TempStudio } from '../../support/temp-studio';

let temp: TempStudio;
let trajectId: string;

beforeEach(async () => {
  temp = await TempStudio.open();
  const { id: clientId } = await temp.call('client.add', { name: 'Daniëlle' });
  ({ id: trajectId } = await temp.call('traject.add', { clientId, title: 'Traject' }));
  await temp.call('round.add', {
    trajectId,
    source: 'typed',
    answers: [{ title: 'Vraag', content: richTextFromPlain('Een antwoord.') }],
  });
});

afterEach(async () => {
  await temp.dispose();
});

describe('a closing that cannot finish', () => {
  it('is refused before anything changes when the final PDF cannot be signed, and the traject stays active', async () => {
    const chainBefore = (await temp.call('traject.show', { id: trajectId })).chain;
    // No coach name: the signing certificate, and so the final PDF, cannot be made.
    expect(await temp.codeOf('traject.close', { id: trajectId })).toBe('signing_needs_coach_name');
    const after = await temp.call('traject.show', { id: trajectId });
    expect(after.traject.status).toBe('active');
    expect(after.chain).toEqual(chainBefore);
    expect(await readdir(join(temp.vaultDir, 'archive')).catch(() => [])).toEqual([]);

    // Rounds are still taken in, and a restart does not archive it unasked.
    await temp.call('round.add', {
      trajectId,
      source: 'typed',
      answers: [{ title: 'Vraag', content: richTextFromPlain('Nog een antwoord.') }],
    });
    await temp.reopen();
    expect((await temp.call('traject.show', { id: trajectId })).traject).toMatchObject({ status: 'active', rounds: 2 });
    expect((await temp.call('archive.list', {})).archives).toEqual([]);
  });
});
