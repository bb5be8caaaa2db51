import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PacketPageDataSchema } from '../../../shared/packet/packet-page-data';
import { loadFixtureClients } from '../../support/fixture-clients';
import { parseHtml } from '../../support/page-document';
import { runCli, type CliRun } from '../../support/run-cli';
import { TempStudio } from '../../support/temp-studio';

let temp: TempStudio;
let trajectId: string;

/** The real `passie-studio` in its own process, as a coach's shell runs it. */
const cli = (args: string[]) => runCli(temp, args);

function pageData(html: string) {
  const document = parseHtml(html);
  return PacketPageDataSchema.parse(JSON.parse(document.getElementById('packet-data')!.textContent!));
}

beforeAll(async () => {
  temp = await TempStudio.open();
  await temp.call('settings.update', { coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: '' } });
  trajectId = (await loadFixtureClients(temp))[0]!.trajectId;
}, 60_000);

afterAll(() => temp.dispose());

describe('packet.create', () => {
  it('makes a page for this coach’s packet key, with catalogue and free questions', async () => {
    const file = await temp.call('packet.create', {
      trajectId,
      questions: [{ questionId: 'haven-1' }, { text: 'Wat neem je mee uit deze week?' }],
      note: 'Fijn dat je meedoet.',
    });
    // Whose packet it is, in the file name (the client is Daniëlle van Dijk-Ramdin).
    expect(file.fileName).toMatch(/^answer-packet-danielle-van-dijk-ramdin-\d{4}-\d{2}-\d{2}\.html$/);
    const data = pageData(Buffer.from(file.base64, 'base64').toString('utf8'));
    const key = await temp.call('packet.key', {});
    expect(data.coachKeyFingerprint).toBe(key.fingerprint);
    expect(data.trajectRef).toBe(trajectId);
    expect(data.coach).toEqual({ name: 'Marieke Jansen', practice: 'Praktijk Jansen' });
    expect(data.questions.map((question) => question.questionId)).toEqual(['haven-1', undefined]);
    expect(data.questions[1]!.question).toBe('Wat neem je mee uit deze week?');
  });

  it('refuses what it cannot make, with the coach’s own sentence', async () => {
    expect(await temp.codeOf('packet.create', { trajectId, questions: [] })).toBe('invalid_request');
    expect(await temp.codeOf('packet.create', { trajectId, questions: [{ questionId: 'unknown-9' }] })).toBe(
      'question_not_found',
    );
    expect(
      await temp.codeOf('packet.create', { trajectId: 'tr_00000000000000000000', questions: [{ text: 'Vraag?' }] }),
    ).toBe('traject_not_found');
  });
});

describe('passie-studio packet create', () => {
  it('writes the page where asked, in the language asked, with the questions by their catalogue ids', async () => {
    const out = join(temp.root, 'pakket.html');
    let run: CliRun | undefined;
    await temp.whileClosed(async () => {
      run = await cli([
        'packet',
        'create',
        '--traject',
        trajectId,
        '--questions',
        'haven-1, topjob-2',
        '--note',
        'Neem je tijd.',
        '--language',
        'nl',
        '--out',
        out,
      ]);
    });
    expect(run!.stderr).toBe('');
    expect(run!.code).toBe(0);
    expect(run!.stdout).toContain(out);
    const data = pageData(await readFile(out, 'utf8'));
    expect(data.language).toBe('nl');
    expect(data.note).toBe('Neem je tijd.');
    expect(data.questions.map((question) => question.questionId)).toEqual(['haven-1', 'topjob-2']);
    expect(data.questions[0]!.place).toBe('Veilige haven');
  }, 60_000);

  it('says what went wrong: an unknown question (exit 1), a language it does not speak (exit 2)', async () => {
    let unknown: CliRun | undefined;
    let language: CliRun | undefined;
    const out = join(temp.root, 'other.html');
    await temp.whileClosed(async () => {
      unknown = await cli(['packet', 'create', '--traject', trajectId, '--questions', 'nope-1', '--out', out]);
      language = await cli([
        'packet',
        'create',
        '--traject',
        trajectId,
        '--questions',
        'haven-1',
        '--language',
        'fr',
        '--out',
        out,
      ]);
    });
    expect(unknown!.code).toBe(1);
    expect(unknown!.stderr.trim()).toBe('That question is not in the question catalogue.');
    expect(language!.code).toBe(2);
  }, 60_000);
});
