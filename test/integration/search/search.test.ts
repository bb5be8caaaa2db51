import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyReplyBlocks } from '../../../shared/domain/passie';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import type { SearchHit } from '../../../shared/domain/search';
import { loadFixtureClients } from '../../support/fixture-clients';
import { readExpected } from '../../support/fixtures';
import { TempStudio } from '../../support/temp-studio';

let temp: TempStudio;
let loaded: Awaited<ReturnType<typeof loadFixtureClients>>;

beforeAll(async () => {
  temp = await TempStudio.open();
  loaded = await loadFixtureClients(temp);
});
afterAll(async () => {
  await temp.dispose();
});

const marked = (hit: SearchHit) => hit.snippet.highlights.map(([start, end]) => hit.snippet.text.slice(start, end));

describe('search', () => {
  it('finds every canary phrase in the right client and traject, with the words marked', async () => {
    for (const expected of readExpected().filter((file) => file.file.startsWith('clients/'))) {
      for (const canary of expected.canaries ?? []) {
        const results = await temp.call('search.query', { query: canary });
        expect(results.groups.map((group) => group.clientName)).toEqual([expected.name]);
        const hit = results.groups[0]!.trajects[0]!.hits[0]!;
        expect(hit.kind).toBe('answer');
        expect(hit.roundId).toMatch(/^rd_/);
        expect(hit.snippet.text.replace(/\s+/g, ' ')).toContain(canary);
        expect(marked(hit).length).toBeGreaterThan(0);
      }
    }
  });

  it('ignores case and accents, and marks the word as the client wrote it', async () => {
    const results = await temp.call('search.query', { query: 'DANIELLE' });
    const hit = results.groups[0]!.hits.find((candidate) => candidate.kind === 'client')!;
    expect(marked(hit)).toContain('Daniëlle');
  });

  it('follows drafts, sent replies and deleted clients as they change', async () => {
    const { trajectId, roundIds } = loaded[0]!;
    const blocks = { ...emptyReplyBlocks(), s2: richTextFromPlain('Ik zie een zeldzame kolibrie in je woorden.') };
    await temp.call('reply.saveDraft', { trajectId, roundId: roundIds[0]!, blocks });
    const draft = await temp.call('search.query', { query: 'kolibrie' });
    expect(draft.groups[0]!.trajects[0]!.hits[0]).toMatchObject({
      kind: 'draft',
      block: 's2',
      roundId: roundIds[0],
      roundNumber: 1,
    });

    const { clients } = await temp.call('client.list', {});
    const last = clients.at(-1)!;
    expect((await temp.call('search.query', { query: last.name })).total).toBeGreaterThan(0);
    await temp.call('client.delete', { id: last.id, reason: 'Test' });
    expect(await temp.call('search.query', { query: last.name })).toEqual({ groups: [], total: 0 });
  });

  it('finds nothing for words that are nowhere, and refuses an empty query', async () => {
    expect((await temp.call('search.query', { query: 'xylofoonkwartet' })).total).toBe(0);
    expect(await temp.codeOf('search.query', { query: '   ' })).toBe('invalid_request');
  });

  it('is gone when the vault locks and rebuilt after unlock', async () => {
    await temp.reopen();
    const results = await temp.call('search.query', { query: 'tafelkleed' });
    expect(results.total).toBeGreaterThan(0);
    await temp.call('vault.lock', {});
    expect(await temp.codeOf('search.query', { query: 'tafelkleed' })).toBe('vault_locked');
  });
});
