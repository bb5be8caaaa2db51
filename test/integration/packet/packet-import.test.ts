import { createHash, webcrypto } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IssuedPackets, questionDigest } from '../../../main/services/packet/issued-packets';
import { PacketKeyStore } from '../../../main/services/packet/packet-keys';
import { unseal } from '../../../main/services/vault/sealed-file';
import { SealedStore } from '../../../main/services/vault/sealed-store';
import { CatalogueSchema } from '../../../shared/domain/catalogue';
import { acceptedRound, type ImportFileResult, type ImportPreview } from '../../../shared/domain/import';
import type { RichDoc, RichNode } from '../../../shared/domain/rich-text';
import { errorMessages } from '../../../shared/i18n/error-messages';
import { keyFingerprint, sealAnswers, type AnswerPayload } from '../../../shared/packet/envelope';
import { runCli, type CliRun } from '../../support/run-cli';
import { TempStudio } from '../../support/temp-studio';
import { fixtureJson } from '../../support/fixtures';

/*
 * Answer packets through the real import: a temp vault, the coach's real key, real files on disk, real crypto.
 * The client's side is played by sealAnswers with Node's WebCrypto, as the packet page does in a browser.
 */

const IMPORTED_AT = Date.parse('2026-11-27T09:30:00.000Z');
const DAY = 86_400_000;
const SENT_AT = '2026-11-26T21:14:05.271Z';
const CANARIES = ['kanarie-vuurtoren-4471', 'canary-wintergreen-9083'];

const CLIENT_NAME = 'Daniëlle van Dijk-Ramdin';
const TITLE_A = 'Werk na burn-out';
const TITLE_B = 'Loopbaanvragen Noor';

let temp: TempStudio;
let trajectA: string;
let trajectB: string;
let coachKey: { publicKeyRaw: Uint8Array; fingerprint: string };
let packetCount = 0;
/** The studio's clock: the import moment, unless a test moves it on. */
let clock = IMPORTED_AT;

const payload: AnswerPayload = {
  sentAt: SENT_AT,
  language: 'nl',
  answers: [
    {
      questionId: 'verlangen-1',
      question: 'Als er morgen niets meer hoeft, wat zou je dan doen?',
      answer: `Dan zou ik naar zee gaan. ${CANARIES[0]}\nEn daar blijven tot het donker is.\n\nDaarna: niets. Écht niets — en dat is goed.`,
    },
    { question: 'Wat neem je mee uit deze week?', answer: `Dat rust ook werk is. 😊 ${CANARIES[1]}` },
    { question: 'Een vraag die de cliënt oversloeg', answer: '   ' },
    { questionId: 'niet-in-catalogus', question: 'Een vraag uit een oude catalogus', answer: 'Toch beantwoord.' },
  ],
};

function newPacketId(): string {
  packetCount += 1;
  return `pa_${String(packetCount).padStart(20, '0')}`;
}

/**
 * A `.passie` file on disk, as the client's page saves it; returns its bytes as read back. Its packet is on the
 * vault's record of packets made, with the questions the answers are to, as `packet.create` records it (the tests
 * of packet.create itself are below); `issued: false` plays a packet the vault never made.
 */
async function packetFile(
  name: string,
  options: {
    trajectRef?: string;
    key?: typeof coachKey;
    packetId?: string;
    body?: AnswerPayload;
    issued?: boolean;
  } = {},
): Promise<{ name: string; bytes: Buffer; packetId: string }> {
  const key = options.key ?? coachKey;
  const packetId = options.packetId ?? newPacketId();
  const trajectRef = options.trajectRef ?? trajectA;
  const body = options.body ?? payload;
  if (options.issued !== false) {
    const record = new IssuedPackets(
      new SealedStore(temp.vaultDir, () => temp.studio.vault.key()),
      () => clock,
      async () => true,
    );
    await record.issue({
      packetId,
      trajectId: trajectRef,
      createdAt: new Date(clock - DAY).toISOString(),
      questions: body.answers.map(({ questionId, question }) => ({
        ...(questionId ? { questionId } : {}),
        sha256: questionDigest(question),
      })),
    });
  }
  const text = await sealAnswers(
    key.publicKeyRaw,
    { packetId, trajectRef, coachKeyFingerprint: key.fingerprint },
    body,
  );
  const path = join(temp.root, name);
  await writeFile(path, text, 'utf8');
  return { name, bytes: await readFile(path), packetId };
}

/** Every file of the vault with its SHA-256, to prove that nothing at all was written. */
async function vaultSnapshot(): Promise<Record<string, string>> {
  const entries = await readdir(temp.vaultDir, { recursive: true, withFileTypes: true });
  const snapshot: Record<string, string> = {};
  for (const entry of entries.filter((candidate) => candidate.isFile() && !candidate.name.endsWith('.lock'))) {
    const path = join(entry.parentPath, entry.name);
    snapshot[path] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return snapshot;
}

async function preview(trajectId: string, file: { name: string; bytes: Buffer }): Promise<ImportFileResult> {
  const { results } = await temp.call('import.preview', {
    trajectId,
    files: [{ name: file.name, base64: file.bytes.toString('base64') }],
  });
  return results[0]!;
}

function okPreview(result: ImportFileResult): ImportPreview {
  if (!result.ok) throw new Error(`expected a preview, got ${result.error.code}`);
  return result.preview;
}

/** What the renderer's import dialog sends back for a preview (it shows, and may not change, the sent moment). */
function commitRequest(trajectId: string, shown: ImportPreview) {
  // A minute-precision value from the form: the packet's own moment must win.
  return { trajectId, rounds: [{ ...acceptedRound(shown), receivedAt: '2026-11-27T09:00:00.000Z' }] };
}

/** The text a rich document shows, paragraphs apart by a blank line and line breaks kept: as the client typed. */
function shownText(doc: RichDoc): string {
  const inline = (nodes: RichNode[] = []) =>
    nodes.map((node) => (node.type === 'hardBreak' ? '\n' : (node.text ?? ''))).join('');
  return doc.content.map((paragraph) => inline(paragraph.content)).join('\n\n');
}

beforeEach(async () => {
  clock = IMPORTED_AT;
  temp = await TempStudio.open({ now: () => clock });
  const catalogue = CatalogueSchema.parse(fixtureJson('questions.json'));
  await temp.call('catalogue.import', catalogue);
  const { id: clientId } = await temp.call('client.add', { name: CLIENT_NAME });
  trajectA = (await temp.call('traject.add', { clientId, title: TITLE_A })).id;
  trajectB = (await temp.call('traject.add', { clientId, title: TITLE_B })).id;
  const shown = await temp.call('packet.key', {});
  const stored = await new PacketKeyStore(
    new SealedStore(temp.vaultDir, () => temp.studio.vault.key()),
    Date.now,
  ).read();
  coachKey = { publicKeyRaw: stored!.publicKeyRaw, fingerprint: stored!.fingerprint };
  expect(shown.fingerprint).toBe(coachKey.fingerprint);
}, 60_000);
afterEach(async () => {
  await temp.dispose();
});

describe('the coach’s packet key through the API', () => {
  it('shows the fingerprint of the key the pages encrypt to, and the same one after a restart', async () => {
    const shown = await temp.call('packet.key', {});
    expect(shown).toEqual({
      fingerprint: await keyFingerprint(coachKey.publicKeyRaw),
      createdAt: new Date(IMPORTED_AT).toISOString(),
    });
    await temp.reopen();
    expect(await temp.call('packet.key', {})).toEqual(shown);
    // Nothing of the key itself crosses the API.
    expect(Object.keys(shown).sort()).toEqual(['createdAt', 'fingerprint']);
  });

  it('is refused while the vault is locked', async () => {
    await temp.call('vault.lock', {});
    expect(await temp.codeOf('packet.key', {})).toBe('vault_locked');
  });
});

describe('importing an answer packet', () => {
  it('previews without writing, then commits one round with the answers byte-identical', async () => {
    const file = await packetFile('antwoorden-2026-11-26.passie');
    for (const canary of CANARIES) expect(file.bytes.toString('utf8')).not.toContain(canary);

    const before = await vaultSnapshot();
    const shown = okPreview(await preview(trajectA, file));
    expect(await vaultSnapshot()).toEqual(before);
    expect(shown).toMatchObject({
      fileName: file.name,
      kind: 'packet',
      receivedAt: SENT_AT,
      attachments: [],
      warnings: [],
    });
    // Under the catalogue question when it is one, else under the question's own text; unanswered ones left out.
    expect(shown.answers.map(({ questionId, title }) => ({ questionId, title }))).toEqual([
      { questionId: 'verlangen-1', title: undefined },
      { questionId: undefined, title: 'Wat neem je mee uit deze week?' },
      { questionId: undefined, title: 'Een vraag uit een oude catalogus' },
    ]);

    const { rounds } = await temp.call('import.commit', commitRequest(trajectA, shown));
    expect(rounds).toEqual([{ id: expect.stringMatching(/^rd_/), answers: 3 }]);
    const dossier = await temp.call('traject.show', { id: trajectA });
    const round = dossier.rounds[0]!;
    expect(round).toMatchObject({ id: rounds[0]!.id, source: 'packet', receivedAt: SENT_AT });
    expect(round.answers.map((answer) => shownText(answer.content))).toEqual([
      payload.answers[0]!.answer,
      payload.answers[1]!.answer,
      payload.answers[3]!.answer,
    ]);
    expect(round.answers.map((answer) => answer.questionId ?? answer.title)).toEqual([
      'verlangen-1',
      'Wat neem je mee uit deze week?',
      'Een vraag uit een oude catalogus',
    ]);
    expect((await temp.call('traject.verify', { id: trajectA })).ok).toBe(true);

    // The import moment is kept as well: the dossier event's own time, beside the client's send moment.
    const sealedDossier = await readFile(join(temp.vaultDir, 'trajects', trajectA, 'dossier.psv'));
    const events = (
      JSON.parse(
        unseal(temp.studio.vault.key(), `trajects/${trajectA}/dossier.psv`, sealedDossier).toString('utf8'),
      ) as {
        events: { type: string; at: string; data: { receivedAt?: string } }[];
      }
    ).events.filter((event) => event.type === 'answersReceived');
    expect(events).toEqual([
      expect.objectContaining({
        at: new Date(IMPORTED_AT).toISOString(),
        data: expect.objectContaining({ receivedAt: SENT_AT }),
      }),
    ]);
  });

  it('refuses the same packet a second time, in preview and at commit, and writes nothing', async () => {
    const file = await packetFile('antwoorden.passie');
    const first = okPreview(await preview(trajectA, file));
    // A second preview of the same packet, taken before the first was committed.
    const second = okPreview(await preview(trajectA, file));
    await temp.call('import.commit', commitRequest(trajectA, first));

    const before = await vaultSnapshot();
    expect(await preview(trajectA, file)).toEqual({
      ok: false,
      file: file.name,
      error: {
        code: 'import_packet_replayed',
        message: 'The answer packet antwoorden.passie has been imported before; the same packet is taken in only once.',
        params: { file: file.name },
      },
    });
    expect(await temp.codeOf('import.commit', commitRequest(trajectA, second))).toBe('import_packet_replayed');
    // Nor under another name, nor into the other traject.
    const renamed = { name: 'kopie.passie', bytes: file.bytes };
    expect(await preview(trajectB, renamed)).toMatchObject({ ok: false, error: { code: 'import_packet_replayed' } });
    expect(await vaultSnapshot()).toEqual(before);
    expect((await temp.call('traject.show', { id: trajectA })).rounds).toHaveLength(1);

    // After a restart the ledger still knows it.
    await temp.reopen();
    expect(await preview(trajectA, file)).toMatchObject({ ok: false, error: { code: 'import_packet_replayed' } });
  });

  it('refuses a packet for another traject of this vault, naming nothing private', async () => {
    const file = await packetFile('voor-b.passie', { trajectRef: trajectB });
    const before = await vaultSnapshot();
    const result = await preview(trajectA, file);
    expect(result).toMatchObject({ ok: false, error: { code: 'import_packet_other_traject' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toBe(errorMessages.en.import_packet_other_traject.replace('{file}', file.name));
    for (const secret of [CLIENT_NAME, TITLE_A, TITLE_B, trajectB, ...CANARIES]) expect(message).not.toContain(secret);
    expect(await vaultSnapshot()).toEqual(before);
    // From its own traject it goes in.
    okPreview(await preview(trajectB, file));
  });

  it('takes a packet for a traject this vault does not hold into the chosen one, with a warning', async () => {
    const file = await packetFile('oud.passie', { trajectRef: `tr_${'gone'.repeat(5)}` });
    const shown = okPreview(await preview(trajectA, file));
    expect(shown.warnings.map((warning) => warning.code)).toEqual(['packet_unknown_traject']);
    await temp.call('import.commit', commitRequest(trajectA, shown));
    expect((await temp.call('traject.show', { id: trajectA })).rounds).toHaveLength(1);
  });

  it('refuses tampered, truncated, malformed and other-key packets, writing nothing', async () => {
    const good = await packetFile('goed.passie');
    const flipped = Buffer.from(good.bytes);
    const at = good.bytes.indexOf('"ciphertext":"') + 30;
    flipped[at] = flipped[at]! === 0x41 ? 0x42 : 0x41;
    const pair = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const otherRaw = new Uint8Array(await webcrypto.subtle.exportKey('raw', pair.publicKey));
    const otherCoach = await packetFile('andere-coach.passie', {
      key: { publicKeyRaw: otherRaw, fingerprint: await keyFingerprint(otherRaw) },
    });
    const cases: [string, Buffer, string][] = [
      ['veranderd.passie', flipped, 'import_packet_tampered'],
      ['afgekapt.passie', good.bytes.subarray(0, good.bytes.length - 40), 'import_packet_malformed'],
      ['kapot.passie', Buffer.from('{"format":"passie-answers","version":1,'), 'import_packet_malformed'],
      ['leeg-object.passie', Buffer.from('{"format":"passie-answers"}'), 'import_packet_malformed'],
      ['andere-coach.passie', otherCoach.bytes, 'import_packet_wrong_key'],
      ['geen-pakket.passie', Buffer.from('Beste coach, hier mijn antwoorden.'), 'import_wrong_content'],
    ];
    const before = await vaultSnapshot();
    for (const [name, bytes, code] of cases) {
      const result = await preview(trajectA, { name, bytes });
      expect(result, name).toMatchObject({ ok: false, file: name, error: { code } });
      if (!result.ok) expect(result.error.message).toContain(name);
    }
    expect(await vaultSnapshot()).toEqual(before);
    // The untouched packet still goes in: the failures left no trace, not even in the ledger.
    okPreview(await preview(trajectA, good));
  });

  it('says so when the coach’s key file is damaged, rather than blaming the packet', async () => {
    const file = await packetFile('antwoorden.passie');
    const keyPath = join(temp.vaultDir, 'keys', 'packet.psv');
    await temp.whileClosed(async () => {
      const sealedKey = await readFile(keyPath);
      sealedKey[sealedKey.length - 1]! ^= 0x01;
      await writeFile(keyPath, sealedKey);
    });
    expect(await preview(trajectA, file)).toMatchObject({ ok: false, error: { code: 'packet_key_damaged' } });
    expect(await temp.codeOf('packet.key', {})).toBe('packet_key_damaged');
  });

  it('knows a packet by its content whatever a mail program renamed it to', async () => {
    const file = await packetFile('antwoorden.passie.txt');
    expect(okPreview(await preview(trajectA, file)).kind).toBe('packet');
  });

  it('takes the packet’s record back when its round cannot be stored, so it can be imported after all', async () => {
    const file = await packetFile('later.passie');
    const shown = okPreview(await preview(trajectA, file));
    const before = await vaultSnapshot();
    const request = commitRequest(trajectA, shown);
    // A question the catalogue does not have: the dossier refuses the round after the ledger recorded the packet.
    request.rounds[0]!.answers[0]!.question = 'bestaat-niet';
    expect(await temp.codeOf('import.commit', request)).toBe('question_not_found');
    expect(await vaultSnapshot()).toEqual(before);
    const retried = okPreview(await preview(trajectA, file));
    await temp.call('import.commit', commitRequest(trajectA, retried));
    expect((await temp.call('traject.show', { id: trajectA })).rounds).toHaveLength(1);
  });
});

describe('answers nobody asked for', () => {
  /** A packet made by the studio, as the coach makes one: its page's id and the question texts it shows. */
  async function madePacket(trajectId: string): Promise<{ packetId: string; questions: string[] }> {
    const page = await temp.call('packet.create', {
      trajectId,
      questions: [{ questionId: 'verlangen-1' }, { text: 'Wat neem je mee uit deze week?' }],
      language: 'nl',
    });
    const html = Buffer.from(page.base64, 'base64').toString('utf8');
    const data = JSON.parse(/id="packet-data">([^<]*)</.exec(html)![1]!) as {
      packetId: string;
      questions: { question: string }[];
    };
    return { packetId: data.packetId, questions: data.questions.map((question) => question.question) };
  }

  const answersTo = (questions: string[], questionIds: (string | undefined)[] = []): AnswerPayload => ({
    sentAt: SENT_AT,
    language: 'nl',
    answers: questions.map((question, index) => ({
      ...(questionIds[index] ? { questionId: questionIds[index] } : {}),
      question,
      answer: `${CANARIES[0]} ${index + 1}`,
    })),
  });

  it('refuses an answer file for a packet this vault never made, and takes the one it made once', async () => {
    const made = await madePacket(trajectA);
    // Anyone holding the forwarded page has the coach's public key: an invented packet id, sealed for it.
    const invented = await packetFile('verzonnen.passie', { issued: false, body: answersTo(made.questions) });
    // The page's own packet id, but questions the packet never asked.
    const unasked = await packetFile('andere-vragen.passie', {
      issued: false,
      packetId: made.packetId,
      body: answersTo(['Wat is je pincode?']),
    });
    const before = await vaultSnapshot();
    for (const file of [invented, unasked]) {
      const result = await preview(trajectA, file);
      expect(result, file.name).toMatchObject({ ok: false, error: { code: 'import_packet_not_issued' } });
      expect(result.ok ? '' : result.error.message).toBe(
        `The file ${file.name} does not answer a packet this studio made (the packet or the questions in it are not yours), so nothing was imported.`,
      );
    }
    expect(await vaultSnapshot()).toEqual(before);
    expect((await temp.call('traject.show', { id: trajectA })).rounds).toHaveLength(0);

    // The packet the studio made, answered as its page answers: in, once, with no warning.
    const real = await packetFile('echt.passie', {
      issued: false,
      packetId: made.packetId,
      body: answersTo(made.questions, ['verlangen-1']),
    });
    const shown = okPreview(await preview(trajectA, real));
    expect(shown.warnings).toEqual([]);
    await temp.call('import.commit', commitRequest(trajectA, shown));
    expect((await temp.call('traject.show', { id: trajectA })).rounds).toHaveLength(1);
    expect(await preview(trajectA, real)).toMatchObject({ ok: false, error: { code: 'import_packet_replayed' } });
    // The record holds ids, dates and digests: nothing the coach or the client wrote.
    const sealed = await readFile(join(temp.vaultDir, 'packets', 'issued.psv'));
    const record = unseal(temp.studio.vault.key(), 'packets/issued.psv', sealed).toString('utf8');
    expect(JSON.parse(record)).toMatchObject({
      format: 1,
      issued: [{ packetId: made.packetId, trajectId: trajectA, createdAt: new Date(IMPORTED_AT).toISOString() }],
    });
    for (const text of [...made.questions, CLIENT_NAME, TITLE_A]) expect(record).not.toContain(text);
  });

  it('takes in packets from before the record began, with a warning, for 90 days after the update', async () => {
    // A vault from before this version: a packet key (made in beforeEach), but no record of packets made; the
    // next unlock begins one.
    await temp.whileClosed(() => rm(join(temp.vaultDir, 'packets', 'issued.psv'), { force: true }));
    const oldPage = await packetFile('van-voor-de-update.passie', { issued: false });
    const shown = okPreview(await preview(trajectA, oldPage));
    expect(shown.warnings).toEqual([
      {
        code: 'packet_not_recorded',
        message:
          'This packet was made before the studio kept a record of the packets it makes, so the studio cannot check that it came from you; make sure these answers really are your client’s.',
      },
    ]);
    await temp.call('import.commit', commitRequest(trajectA, shown));
    expect(await preview(trajectA, oldPage)).toMatchObject({ ok: false, error: { code: 'import_packet_replayed' } });

    // 89 days on, another page from before still goes in; after 90 days, such a file is refused.
    clock = IMPORTED_AT + 89 * DAY;
    okPreview(await preview(trajectA, await packetFile('laat.passie', { issued: false })));
    clock = IMPORTED_AT + 91 * DAY;
    expect(await preview(trajectA, await packetFile('te-laat.passie', { issued: false }))).toMatchObject({
      ok: false,
      error: { code: 'import_packet_not_issued' },
    });
    // Packets made since are on record, and go in without a warning.
    const made = await madePacket(trajectA);
    const fresh = await packetFile('nieuw.passie', {
      issued: false,
      packetId: made.packetId,
      body: answersTo(made.questions, ['verlangen-1']),
    });
    expect(okPreview(await preview(trajectA, fresh)).warnings).toEqual([]);
  });
});

describe('passie-studio import with answer packets', () => {
  const cli = (args: string[]) => runCli(temp, args);

  it('takes the traject from the packet when none is given, and refuses a replay and a file without one', async () => {
    const forB = await packetFile('voor-b.passie', { trajectRef: trajectB });
    const text = join(temp.root, 'antwoorden.txt');
    await writeFile(text, 'Gewoon tekst.');
    let first: CliRun | undefined;
    let again: CliRun | undefined;
    let plain: CliRun | undefined;
    await temp.whileClosed(async () => {
      first = await cli(['--json', 'import', join(temp.root, forB.name)]);
      again = await cli(['import', join(temp.root, forB.name)]);
      plain = await cli(['import', text]);
    });
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(first!.stdout)).toEqual({
      rounds: [{ file: forB.name, id: expect.stringMatching(/^rd_/), answers: 3 }],
      errors: [],
    });
    expect(again!.code).toBe(1);
    expect(again!.stderr).toContain(
      'The answer packet voor-b.passie has been imported before; the same packet is taken in only once.',
    );
    expect(plain!.code).toBe(1);
    expect(plain!.stderr).toContain('antwoorden.txt is not an answer packet, so it names no traject');
    const dossier = await temp.call('traject.show', { id: trajectB });
    expect(dossier.rounds.map((round) => ({ source: round.source, receivedAt: round.receivedAt }))).toEqual([
      { source: 'packet', receivedAt: SENT_AT },
    ]);
    expect((await temp.call('traject.show', { id: trajectA })).rounds).toEqual([]);
  });
});
