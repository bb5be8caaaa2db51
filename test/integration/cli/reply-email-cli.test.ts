import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyReplyBlocks } from '../../../shared/domain/passie';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { PacketPageDataSchema } from '../../../shared/packet/packet-page-data';
import { fixtureJson } from '../../support/fixtures';
import { parseHtml } from '../../support/page-document';
import { runCli, type CliRun } from '../../support/run-cli';
import { TempStudio } from '../../support/temp-studio';
import { pdfsig, saveExport } from '../export/support/pdf-tools';

let temp: TempStudio;
let out: string;
let trajectId: string;
let sentRound: string;
let unsentRound: string;

const cli = (args: string[]) => runCli(temp, args);

beforeAll(async () => {
  temp = await TempStudio.open();
  out = join(temp.root, 'out');
  await mkdir(out);
  await temp.call('settings.update', {
    coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: 'marieke@praktijk-jansen.example' },
  });
  // The coach works in English (the CLI speaks it once the vault is open); the client reads Dutch.
  await temp.call('catalogue.import', fixtureJson('questions.json'));
  const { id: clientId } = await temp.call('client.add', {
    name: 'Sanne de Wit',
    email: 'sanne@example.org',
    language: 'nl',
  });
  trajectId = (await temp.call('traject.add', { clientId, title: 'Loopbaan 2026' })).id;
  const answers = [{ question: 'haven-1', content: richTextFromPlain('Mijn antwoord.') }];
  sentRound = (await temp.call('round.add', { trajectId, answers })).id;
  unsentRound = (await temp.call('round.add', { trajectId, answers })).id;
  const blocks = {
    ...emptyReplyBlocks(),
    p_open: richTextFromPlain('Wat fijn dat je zo open schrijft.'),
    p_close: richTextFromPlain('Ik kijk uit naar je volgende antwoorden.'),
  };
  await temp.call('reply.saveDraft', { trajectId, roundId: sentRound, blocks });
  await temp.call('reply.send', { trajectId, roundId: sentRound, allowEmptyBlocks: true });
}, 60_000);

afterAll(() => temp.dispose());

describe('passie-studio reply email', { timeout: 120_000 }, () => {
  it('writes a draft e-mail with the signed PDF and the packet, and refuses to overwrite it', async () => {
    const target = join(out, 'reactie.eml');
    const runs: CliRun[] = [];
    await temp.whileClosed(async () => {
      const args = ['reply', 'email', '--traject', trajectId, '--round', sentRound, '--out', target];
      runs.push(await cli([...args, '--with-packet', 'haven-1, verlangen-1', '--packet-note', 'Neem je tijd.']));
      runs.push(await cli(args));
    });
    const [made, again] = runs;
    expect(made, made!.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(made!.stdout).toBe(
      `The draft e-mail has been saved to ${target}; open it in your mail program and send it from there.\n`,
    );
    const eml = await readFile(target);
    const mail = await simpleParser(eml);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.to).toMatchObject({ value: [{ address: 'sanne@example.org', name: 'Sanne de Wit' }] });
    expect(mail.subject).toBe('Mijn reactie op je antwoorden (ronde 1)');
    expect(mail.text).toContain('Beste Sanne,');
    expect(mail.html).toContain('<p>Wat fijn dat je zo open schrijft.</p>');
    expect(mail.attachments.map((attachment) => attachment.contentType)).toEqual(['application/pdf', 'text/html']);
    const pdf = mail.attachments[0]!;
    const verdict = await pdfsig(
      await saveExport(out, { fileName: 'bijlage.pdf', base64: pdf.content.toString('base64') }),
    );
    expect(verdict.validation, verdict.output).toBe('Signature is Valid.');
    const page = parseHtml(mail.attachments[1]!.content.toString('utf8'));
    const data = PacketPageDataSchema.parse(JSON.parse(page.getElementById('packet-data')!.textContent!));
    expect(data).toMatchObject({ trajectRef: trajectId, language: 'nl', note: 'Neem je tijd.' });
    expect(data.questions.map((question) => question.questionId)).toEqual(['haven-1', 'verlangen-1']);

    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again!.stderr.trim()).toBe(`There is already a file at ${target}; choose another name or remove it first.`);
    expect((await readFile(target)).equals(eml)).toBe(true);
    // Only the draft that was made is on record, not the one refused.
    const view = await temp.call('traject.show', { id: trajectId });
    const deliveries = view.rounds.find((round) => round.id === sentRound)!.reply!.deliveries ?? [];
    expect(deliveries.map((delivery) => delivery.method)).toEqual(['draft']);
  });

  it('says what is wrong: an unsent reply, a packet note without a packet; and writes nothing', async () => {
    const target = join(out, 'niet.eml');
    const runs: CliRun[] = [];
    await temp.whileClosed(async () => {
      runs.push(await cli(['reply', 'email', '--traject', trajectId, '--round', unsentRound, '--out', target]));
      runs.push(
        await cli([
          'reply',
          'email',
          '--traject',
          trajectId,
          '--round',
          sentRound,
          '--out',
          target,
          '--packet-note',
          'x',
        ]),
      );
    });
    expect(runs[0]).toMatchObject({ code: 1, stdout: '' });
    expect(runs[0]!.stderr.trim()).toBe(
      'This reply has not been finished yet; finish it first, then it can go to the client.',
    );
    expect(runs[1]).toMatchObject({ code: 1, stdout: '' });
    expect(runs[1]!.stderr.trim()).toBe('--packet-note belongs to an answer packet; give --with-packet as well.');
    expect((await readdir(out)).includes('niet.eml')).toBe(false);
  });
});
