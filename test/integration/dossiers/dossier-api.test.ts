import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seal, sealStamp, unseal } from '../../../main/services/vault/sealed-file';
import type { Catalogue } from '../../../shared/domain/catalogue';
import { emptyReplyBlocks, PASSIE_KEYS, type ReplyBlocks } from '../../../shared/domain/passie';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { TEST_PASSPHRASE, TempStudio } from '../../support/temp-studio';
import { fixtureJson } from '../../support/fixtures';

let temp: TempStudio;
beforeEach(async () => {
  temp = await TempStudio.open();
});
afterEach(async () => {
  await temp.dispose();
});

async function clientWithTraject(name = 'Danielle van Dijk-Ramdin', title = 'Loopbaan') {
  const { id: clientId } = await temp.call('client.add', { name, email: 'danielle@example.org' });
  const { id: trajectId } = await temp.call('traject.add', { clientId, title, goal: 'Richting kiezen' });
  return { clientId, trajectId };
}

function fullReply(text = 'Mooi dat je dit opschreef.'): ReplyBlocks {
  return Object.fromEntries(PASSIE_KEYS.map((key) => [key, richTextFromPlain(`${key}: ${text}`)])) as ReplyBlocks;
}

/** Decrypts a vault file with the unlocked data key, the way the studio does. */
async function openSealed(vaultPath: string): Promise<unknown> {
  const bytes = await readFile(join(temp.vaultDir, ...vaultPath.split('/')));
  return JSON.parse(unseal(temp.studio.vault.key(), vaultPath, bytes).toString('utf8'));
}

/** Decrypts, changes and re-seals a vault file with the right key: a change only the hash chain can reveal. */
async function resealed(key: Buffer, vaultPath: string, change: (data: never) => void): Promise<void> {
  const path = join(temp.vaultDir, ...vaultPath.split('/'));
  const sealed = await readFile(path);
  const data = JSON.parse(unseal(key, vaultPath, sealed).toString('utf8')) as never;
  change(data);
  // As a newer write of the file (the ledger would name an older one), with its own key epoch.
  const { epoch, counter } = sealStamp(sealed);
  await writeFile(path, seal(key, vaultPath, Buffer.from(JSON.stringify(data)), { epoch, counter: counter + 1 }));
}

describe('clients and trajects', () => {
  it('adds, lists and updates clients, and refuses invalid fields', async () => {
    const { id } = await temp.call('client.add', { name: '  Hannah Whitfield ', email: 'hannah@example.com' });
    expect(id).toMatch(/^cl_[0-9a-z]{20}$/);
    await temp.call('client.update', { id, fields: { phone: '+31 6 1234 5678' } });
    const { clients } = await temp.call('client.list', {});
    expect(clients).toEqual([
      expect.objectContaining({ id, name: 'Hannah Whitfield', email: 'hannah@example.com', phone: '+31 6 1234 5678' }),
    ]);
    expect(await temp.codeOf('client.add', { name: '' })).toBe('invalid_request');
    expect(await temp.codeOf('client.add', { name: 'X', email: 'not-an-address' })).toBe('invalid_request');
    expect(await temp.codeOf('client.update', { id: 'cl_00000000000000000000', fields: {} })).toBe('client_not_found');
  });

  it('starts a traject with a dossier whose chain begins with trajectStarted', async () => {
    const { clientId, trajectId } = await clientWithTraject();
    const dossier = await temp.call('traject.show', { id: trajectId });
    expect(dossier.traject).toMatchObject({ id: trajectId, clientId, status: 'active', title: 'Loopbaan', rounds: 0 });
    expect(dossier.client.name).toBe('Danielle van Dijk-Ramdin');
    expect(dossier.chain.events).toBe(1);
    expect(await temp.call('traject.verify', { id: trajectId })).toEqual({
      ok: true,
      chain: { ok: true, events: 1, head: dossier.chain.head },
      attachments: 0,
      damagedAttachments: [],
    });
    expect(await temp.codeOf('traject.add', { clientId: 'cl_00000000000000000000', title: 'X' })).toBe(
      'client_not_found',
    );
  });

  it('edits a traject’s title and goal without touching its hash chain', async () => {
    const { trajectId } = await clientWithTraject();
    const head = (await temp.call('traject.show', { id: trajectId })).chain.head;
    const updated = await temp.call('traject.update', {
      id: trajectId,
      fields: { title: 'Nieuwe titel', goal: 'Rust' },
    });
    expect(updated).toMatchObject({ title: 'Nieuwe titel', goal: 'Rust' });
    const shown = await temp.call('traject.show', { id: trajectId });
    expect(shown.traject.title).toBe('Nieuwe titel');
    expect(shown.chain.head).toBe(head);
    expect(await temp.codeOf('traject.update', { id: trajectId, fields: { title: '' } })).toBe('invalid_request');
  });

  it('keeps everything across a restart of the studio', async () => {
    const { trajectId } = await clientWithTraject();
    await temp.call('round.add', { trajectId, answers: [{ title: 'Vrij', content: richTextFromPlain('Één zin.') }] });
    const before = await temp.call('traject.show', { id: trajectId });
    await temp.reopen();
    expect(await temp.call('traject.show', { id: trajectId })).toEqual(before);
  });
});

describe('rounds and replies', () => {
  it('adds a round under catalogue questions or free titles, due after the response time', async () => {
    const { trajectId } = await clientWithTraject();
    const receivedAt = '2025-01-12T20:03:00.000Z';
    const round = await temp.call('round.add', {
      trajectId,
      receivedAt,
      answers: [
        { question: 'start-haven-1', content: richTextFromPlain('Bij mijn oma in de keuken.') },
        { title: 'Nog iets', content: richTextFromPlain('Dank voor je vragen!') },
      ],
    });
    expect(round).toMatchObject({ number: 1, receivedAt, dueAt: '2025-01-14T20:03:00.000Z', source: 'typed' });
    expect(round.answers.map((answer) => answer.questionId ?? answer.title)).toEqual(['start-haven-1', 'Nog iets']);
    const { trajects } = await temp.call('traject.list', {});
    expect(trajects[0]!.awaiting).toEqual([{ roundId: round.id, number: 1, receivedAt, dueAt: round.dueAt }]);

    await temp.call('settings.update', { responseHours: 24 });
    const next = await temp.call('round.add', {
      trajectId,
      receivedAt,
      answers: [{ title: 'x', content: richTextFromPlain('y') }],
    });
    expect(next.dueAt).toBe('2025-01-13T20:03:00.000Z');
    expect(
      await temp.codeOf('round.add', {
        trajectId,
        answers: [{ question: 'no-such-question', content: richTextFromPlain('y') }],
      }),
    ).toBe('question_not_found');
  });

  it('refuses rich text that is not the dossier format (raw HTML, script links, unknown nodes)', async () => {
    const { trajectId } = await clientWithTraject();
    const bad = [
      { type: 'doc', content: [{ type: 'html', text: '<script>alert(1)</script>' }] },
      {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'klik', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            ],
          },
        ],
      },
      '<p>hallo</p>',
    ];
    for (const content of bad) {
      expect(await temp.codeOf('round.add', { trajectId, answers: [{ title: 't', content: content as never }] })).toBe(
        'invalid_request',
      );
    }
  });

  it('keeps drafts beside the chain and locks a reply for ever once it is sent', async () => {
    const { trajectId } = await clientWithTraject();
    const { id: roundId } = await temp.call('round.add', {
      trajectId,
      answers: [{ title: 't', content: richTextFromPlain('antwoord') }],
    });
    const eventsBefore = (await temp.call('traject.show', { id: trajectId })).chain.events;

    const onlyMiddle = { ...emptyReplyBlocks(), s1: richTextFromPlain('samenvatting') };
    await temp.call('reply.saveDraft', { trajectId, roundId, blocks: onlyMiddle });
    const withDraft = await temp.call('traject.show', { id: trajectId });
    expect(withDraft.rounds[0]!.draft?.blocks.s1).toEqual(richTextFromPlain('samenvatting'));
    expect(withDraft.chain.events).toBe(eventsBefore);

    expect(await temp.codeOf('reply.send', { trajectId, roundId })).toBe('reply_needs_positive');
    const positiveOnly = {
      ...emptyReplyBlocks(),
      p_open: richTextFromPlain('Wat een eerlijk antwoord.'),
      p_close: richTextFromPlain('Ik heb vertrouwen in je.'),
    };
    await temp.call('reply.saveDraft', { trajectId, roundId, blocks: positiveOnly });
    expect(await temp.codeOf('reply.send', { trajectId, roundId })).toBe('reply_has_empty_blocks');
    const { sentAt } = await temp.call('reply.send', { trajectId, roundId, allowEmptyBlocks: true });

    const sent = await temp.call('traject.show', { id: trajectId });
    expect(sent.rounds[0]!.reply).toEqual({ blocks: positiveOnly, sentAt });
    expect(sent.rounds[0]!.draft).toBeUndefined();
    expect(sent.chain.events).toBe(eventsBefore + 1);
    expect(sent.traject.awaiting).toEqual([]);
    expect(await temp.codeOf('reply.saveDraft', { trajectId, roundId, blocks: fullReply() })).toBe(
      'reply_already_sent',
    );
    expect(await temp.codeOf('reply.send', { trajectId, roundId })).toBe('reply_already_sent');
    expect(
      await temp.codeOf('reply.saveDraft', { trajectId, roundId: 'rd_00000000000000000000', blocks: fullReply() }),
    ).toBe('round_not_found');
  });

  it('coalesces a burst of draft saves and keeps the last one', async () => {
    const { trajectId } = await clientWithTraject();
    const { id: roundId } = await temp.call('round.add', {
      trajectId,
      answers: [{ title: 't', content: richTextFromPlain('a') }],
    });
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        temp.call('reply.saveDraft', { trajectId, roundId, blocks: fullReply(`v${i}`) }),
      ),
    );
    await temp.reopen();
    const { rounds } = await temp.call('traject.show', { id: trajectId });
    expect(rounds[0]!.draft?.blocks.p_open).toEqual(richTextFromPlain('p_open: v39'));
  });
});

describe('the coach’s real history', () => {
  const answer = (text: string) => [{ title: 'Vraag', content: richTextFromPlain(text) }];

  it('numbers rounds by when they were received, and moves the start back to the first answers', async () => {
    const { trajectId } = await clientWithTraject();
    const recent = await temp.call('round.add', {
      trajectId,
      receivedAt: '2025-06-01T08:00:00.000Z',
      answers: answer('juni'),
    });
    expect(recent.number).toBe(1);
    // A mail from 2024 imported afterwards is round 1; the June round becomes round 2.
    const old = await temp.call('round.add', {
      trajectId,
      receivedAt: '2024-02-03T08:00:00.000Z',
      answers: answer('feb'),
    });
    expect(old.number).toBe(1);
    const dossier = await temp.call('traject.show', { id: trajectId });
    expect(dossier.rounds.map((round) => [round.id, round.number])).toEqual([
      [old.id, 1],
      [recent.id, 2],
    ]);
    expect(dossier.traject.awaiting.map((waiting) => [waiting.roundId, waiting.number])).toEqual([
      [old.id, 1],
      [recent.id, 2],
    ]);
    expect(dossier.traject.startedAt).toBe('2024-02-03T08:00:00.000Z');

    // The coach can set the start date (earlier still), without touching the chain.
    const head = dossier.chain.head;
    const updated = await temp.call('traject.update', {
      id: trajectId,
      fields: { startedAt: '2023-11-20T00:00:00.000Z' },
    });
    expect(updated.startedAt).toBe('2023-11-20T00:00:00.000Z');
    expect((await temp.call('traject.show', { id: trajectId })).chain.head).toBe(head);
    expect(await temp.codeOf('traject.update', { id: trajectId, fields: { startedAt: 'gisteren' } })).toBe(
      'invalid_request',
    );
  });

  it('marks a round answered outside the studio: it waits no more, until the mark is taken back', async () => {
    const { trajectId } = await clientWithTraject();
    const round = await temp.call('round.add', {
      trajectId,
      receivedAt: '2024-02-03T08:00:00.000Z',
      answers: answer('lang geleden'),
    });
    await temp.call('round.markAnsweredOutside', { trajectId, roundId: round.id, answeredOutside: true });
    let dossier = await temp.call('traject.show', { id: trajectId });
    expect(dossier.rounds[0]!.answeredOutside?.at).toMatch(/^\d{4}-/);
    expect(dossier.traject.awaiting).toEqual([]);
    expect((await temp.call('traject.verify', { id: trajectId })).ok).toBe(true);

    await temp.call('round.markAnsweredOutside', { trajectId, roundId: round.id, answeredOutside: false });
    dossier = await temp.call('traject.show', { id: trajectId });
    expect(dossier.rounds[0]!.answeredOutside).toBeUndefined();
    expect(dossier.traject.awaiting.map((waiting) => waiting.roundId)).toEqual([round.id]);

    // A sent reply is the answer: such a round cannot be marked.
    await temp.call('reply.saveDraft', { trajectId, roundId: round.id, blocks: fullReply() });
    await temp.call('reply.send', { trajectId, roundId: round.id, allowEmptyBlocks: false });
    expect(
      await temp.codeOf('round.markAnsweredOutside', { trajectId, roundId: round.id, answeredOutside: true }),
    ).toBe('reply_already_sent');
    expect(
      await temp.codeOf('round.markAnsweredOutside', {
        trajectId,
        roundId: 'rd_00000000000000000000',
        answeredOutside: true,
      }),
    ).toBe('round_not_found');
  });

  it('edits a private note and keeps every earlier wording in the chain', async () => {
    const { trajectId } = await clientWithTraject();
    await temp.call('traject.addNote', { trajectId, content: richTextFromPlain('Eerste gedachte.') });
    const [note] = (await temp.call('traject.show', { id: trajectId })).notes;
    await temp.call('traject.editNote', { trajectId, noteSeq: note!.seq, content: richTextFromPlain('Beter gezegd.') });
    await temp.call('traject.editNote', { trajectId, noteSeq: note!.seq, content: richTextFromPlain('Zo is het.') });
    const dossier = await temp.call('traject.show', { id: trajectId });
    expect(dossier.notes).toHaveLength(1);
    expect(dossier.notes[0]).toMatchObject({ seq: note!.seq, at: note!.at, content: richTextFromPlain('Zo is het.') });
    expect(dossier.notes[0]!.editedAt).toBeDefined();
    expect(dossier.notes[0]!.earlier!.map((version) => version.content)).toEqual([
      richTextFromPlain('Eerste gedachte.'),
      richTextFromPlain('Beter gezegd.'),
    ]);
    expect(dossier.chain.events).toBe(4);
    expect((await temp.call('traject.verify', { id: trajectId })).ok).toBe(true);
    expect(await temp.codeOf('traject.editNote', { trajectId, noteSeq: 0, content: richTextFromPlain('x') })).toBe(
      'note_not_found',
    );
  });
});

describe('the index summaries', () => {
  it('number the awaiting rounds, also in an index written before they did, once the vault is unlocked', async () => {
    const { trajectId } = await clientWithTraject();
    for (const text of ['een', 'twee']) {
      await temp.call('round.add', { trajectId, answers: [{ title: 't', content: richTextFromPlain(text) }] });
    }
    const numbers = async () =>
      (await temp.call('traject.list', {})).trajects[0]!.awaiting.map((round) => round.number);
    expect(await numbers()).toEqual([1, 2]);

    const key = Buffer.from(temp.studio.vault.key());
    await temp.whileClosed(() =>
      resealed(key, 'index.psv', (data: { trajects: { awaiting: { number?: number }[] }[] }) => {
        for (const round of data.trajects[0]!.awaiting) delete round.number;
      }),
    );
    expect(await numbers()).toEqual([1, 2]);
  });

  it('start no later than the first answers, also in an index written before that rule, once unlocked', async () => {
    const { trajectId } = await clientWithTraject();
    const receivedAt = '2024-02-03T08:00:00.000Z';
    await temp.call('round.add', { trajectId, receivedAt, answers: [{ title: 't', content: richTextFromPlain('x') }] });
    const started = async () => (await temp.call('traject.list', {})).trajects[0]!.startedAt;
    expect(await started()).toBe(receivedAt);

    const key = Buffer.from(temp.studio.vault.key());
    await temp.whileClosed(() =>
      resealed(key, 'index.psv', (data: { trajects: { startedAt: string }[] }) => {
        data.trajects[0]!.startedAt = '2026-12-05T10:00:00.000Z';
      }),
    );
    expect(await started()).toBe(receivedAt);
  });
});

describe('tamper evidence and damaged files', () => {
  it('names the first event whose hash or link no longer matches', async () => {
    const { trajectId } = await clientWithTraject();
    for (const text of ['een', 'twee', 'drie']) {
      await temp.call('round.add', { trajectId, answers: [{ title: 't', content: richTextFromPlain(text) }] });
    }
    const key = Buffer.from(temp.studio.vault.key());
    await temp.whileClosed(() =>
      resealed(
        key,
        `trajects/${trajectId}/dossier.psv`,
        (data: { events: { data: { answers?: { content: unknown }[] } }[] }) => {
          data.events[2]!.data.answers![0]!.content = richTextFromPlain('iets anders');
        },
      ),
    );
    expect(await temp.call('traject.verify', { id: trajectId })).toMatchObject({
      ok: false,
      chain: { ok: false, events: 4, firstBrokenEvent: 2 },
    });
  });

  it('reports a damaged dossier by traject title and keeps the rest of the vault working', async () => {
    const a = await clientWithTraject('A', 'Traject Alfa');
    const b = await clientWithTraject('B', 'Traject Beta');
    await temp.whileClosed(async () => {
      const path = join(temp.vaultDir, 'trajects', a.trajectId, 'dossier.psv');
      const bytes = await readFile(path);
      bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0xff;
      await writeFile(path, bytes);
    });
    const result = await temp.dispatch('traject.show', { id: a.trajectId });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'dossier_damaged',
        message: expect.stringContaining('“Traject Alfa”'),
        params: { traject: 'Traject Alfa' },
      },
    });
    expect((await temp.call('traject.list', {})).trajects).toHaveLength(2);
    expect((await temp.call('traject.show', { id: b.trajectId })).traject.title).toBe('Traject Beta');
  });

  it('detects a dossier truncated, swapped for another traject’s, or from a newer version', async () => {
    const a = await clientWithTraject('A', 'Alfa');
    const b = await clientWithTraject('B', 'Beta');
    const pathOf = (id: string) => join(temp.vaultDir, 'trajects', id, 'dossier.psv');
    const original = await readFile(pathOf(a.trajectId));

    await temp.whileClosed(() => copyFile(pathOf(b.trajectId), pathOf(a.trajectId)));
    expect(await temp.codeOf('traject.show', { id: a.trajectId })).toBe('dossier_damaged');

    await temp.whileClosed(() => writeFile(pathOf(a.trajectId), original.subarray(0, original.length - 100)));
    expect(await temp.codeOf('traject.show', { id: a.trajectId })).toBe('dossier_damaged');

    const newer = Buffer.from(original);
    newer[7] = 9;
    await temp.whileClosed(() => writeFile(pathOf(a.trajectId), newer));
    expect(await temp.codeOf('traject.show', { id: a.trajectId })).toBe('file_too_new');
  });

  it('reports a damaged index as such', async () => {
    await clientWithTraject();
    await temp.studio.close();
    await writeFile(join(temp.vaultDir, 'index.psv'), Buffer.from('PSVSEAL\x01 not really'));
    // The key is right, so the vault unlocks; what cannot be opened is reported where it is needed.
    expect(await temp.dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE })).toEqual({ ok: true, value: {} });
    expect(await temp.codeOf('client.list', {})).toBe('index_damaged');
  });

  it('refuses everything but status while locked', async () => {
    await clientWithTraject();
    await temp.call('vault.lock', {});
    expect(await temp.codeOf('client.list', {})).toBe('vault_locked');
    expect((await temp.call('app.status', {})).vault).toBe('locked');
  });
});

describe('erasure', () => {
  it('deletes a client with their trajects and keeps a tombstone without personal data', async () => {
    const { clientId, trajectId } = await clientWithTraject('Joost Brinkhuis');
    const other = await clientWithTraject('Hannah Whitfield', 'Ander traject');
    await temp.call('round.add', { trajectId, answers: [{ title: 't', content: richTextFromPlain('geheim') }] });
    await temp.call('client.delete', { id: clientId, reason: 'Verzoek van de cliënt (AVG art. 17)' });

    expect((await temp.call('client.list', {})).clients.map((client) => client.id)).toEqual([other.clientId]);
    expect((await temp.call('traject.list', {})).trajects.map((traject) => traject.id)).toEqual([other.trajectId]);
    expect(await readdir(join(temp.vaultDir, 'trajects'))).toEqual([other.trajectId]);
    const audit = (await openSealed('audit.psv')) as { tombstones: unknown[] };
    expect(audit.tombstones).toEqual([
      { kind: 'client', id: clientId, at: expect.any(String), reason: 'Verzoek van de cliënt (AVG art. 17)' },
      { kind: 'traject', id: trajectId, at: expect.any(String), reason: 'Verzoek van de cliënt (AVG art. 17)' },
    ]);
    expect(JSON.stringify(audit)).not.toContain('Joost');
    expect(await temp.codeOf('traject.show', { id: trajectId })).toBe('traject_not_found');
  });
});

describe('settings', () => {
  it('start from sensible defaults and keep the coach’s changes', async () => {
    const defaults = await temp.call('settings.get', {});
    expect(defaults).toMatchObject({ responseHours: 48, autoLockMinutes: 10, retentionYears: 2, language: 'en' });
    expect(defaults.passieLabels.nl.p_open).toBe('Positief benoemen');
    expect(defaults.snippets.nl.p_close.length).toBeGreaterThan(0);
    await temp.call('settings.update', { coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: '' } });
    await temp.reopen();
    expect((await temp.call('settings.get', {})).coach.practice).toBe('Praktijk Jansen');
    expect(await temp.codeOf('settings.update', { responseHours: 0 })).toBe('invalid_request');
    expect(await temp.codeOf('settings.update', { autoLockMinutes: 9999 })).toBe('invalid_request');
  });
});

describe('catalogue', () => {
  it('saves the coach’s edited catalogue as a whole', async () => {
    const edited = {
      places: [
        {
          id: 'eigen-plek',
          name: { nl: 'Eigen plek', en: 'Own place' },
          questions: [{ id: 'eigen-1', text: { nl: 'Wat wil je?', en: 'What do you want?' } }],
        },
      ],
    };
    await temp.call('catalogue.save', edited);
    expect(await temp.call('catalogue.list', {})).toEqual(edited);
    const duplicate = { places: [edited.places[0]!, { ...edited.places[0]!, id: 'tweede' }] };
    expect(await temp.codeOf('catalogue.save', duplicate)).toBe('invalid_request');
  });

  it('starts with the starter catalogue and imports the fixtures’ catalogue, keeping ids and updating on re-import', async () => {
    const starter = await temp.call('catalogue.list', {});
    expect(starter.places.map((place) => place.id)).toContain('veilige-haven');
    const fixture = fixtureJson<Catalogue>('questions.json');
    expect(await temp.call('catalogue.import', fixture)).toEqual({ places: 5, questions: 18 });
    await temp.call('catalogue.import', fixture);
    const after = await temp.call('catalogue.list', {});
    const ids = after.places.flatMap((place) => place.questions.map((question) => question.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['verlangen-1', 'onzekerheid-4', 'start-haven-1']));

    fixture.places[0]!.questions[0]!.text.nl = 'Een bijgewerkte vraag?';
    await temp.call('catalogue.import', fixture);
    const updated = await temp.call('catalogue.list', {});
    const question = updated.places.flatMap((place) => place.questions).find((q) => q.id === 'verlangen-1');
    expect(question?.text.nl).toBe('Een bijgewerkte vraag?');

    expect(
      await temp.codeOf('catalogue.import', { places: [{ id: 'x', name: { nl: 'x' }, questions: [] }] } as never),
    ).toBe('invalid_request');
  });
});
