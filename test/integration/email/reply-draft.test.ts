import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EMAIL_SETTINGS } from '../../../shared/domain/email-settings';
import { emptyReplyBlocks, type ReplyBlocks } from '../../../shared/domain/passie';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import type { Language } from '../../../shared/i18n/language';
import { PacketPageDataSchema } from '../../../shared/packet/packet-page-data';
import { fixtureJson } from '../../support/fixtures';
import { parseHtml } from '../../support/page-document';
import { TempStudio } from '../../support/temp-studio';
import { pdfsig, saveExport } from '../export/support/pdf-tools';

interface ClientCase {
  language: Language;
  name: string;
  email: string;
  salutation?: string;
  reply: string;
  closing: string;
  trajectId: string;
  roundId: string;
}

const cases: Record<Language, ClientCase> = {
  nl: {
    language: 'nl',
    name: 'Anouk “Noek” van den Bërg',
    email: 'anouk@example.org',
    salutation: 'Noek',
    reply: 'Wat een moedige stap om dit op te schrijven.',
    closing: 'Tot de volgende ronde — 2026.',
    trajectId: '',
    roundId: '',
  },
  en: {
    language: 'en',
    name: 'Oliver Brontë',
    email: 'oliver@example.org',
    reply: 'What a brave step to put this into words.',
    closing: 'Until the next round — 2026.',
    trajectId: '',
    roundId: '',
  },
};

/** The words of a language's default templates (fields left out), none of which may appear in the other's mail. */
function templateWords(language: Language): string[] {
  const { subject, greeting, signOff } = DEFAULT_EMAIL_SETTINGS[language];
  return [subject, greeting, signOff]
    .join(' ')
    .replace(/\{[A-Za-z]+\}/g, ' ')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 4);
}

function containsWord(text: string, word: string): boolean {
  return new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(text);
}

function replyBlocks(client: ClientCase): ReplyBlocks {
  return {
    ...emptyReplyBlocks(),
    p_open: richTextFromPlain(client.reply),
    s1: richTextFromPlain('A & B <c>.'),
    p_close: richTextFromPlain(client.closing),
  };
}

let temp: TempStudio;
let out: string;

async function draft(client: ClientCase, packet?: { questions: { questionId: string }[]; note?: string }) {
  const file = await temp.call('reply.emailDraft', {
    trajectId: client.trajectId,
    roundId: client.roundId,
    ...(packet ? { packet } : {}),
  });
  return { file, mail: await simpleParser(Buffer.from(file.base64, 'base64')) };
}

function bodies(mail: ParsedMail): string {
  return `${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}`;
}

beforeAll(async () => {
  temp = await TempStudio.open();
  out = join(temp.root, 'out');
  await mkdir(out);
  await temp.call('settings.update', {
    coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: 'marieke@praktijk-jansen.example' },
    language: 'nl',
  });
  await temp.call('catalogue.import', fixtureJson('questions.json'));
  await temp.call('signing.create', {});
  for (const client of Object.values(cases)) {
    const { id: clientId } = await temp.call('client.add', {
      name: client.name,
      email: client.email,
      language: client.language,
      ...(client.salutation ? { salutation: client.salutation } : {}),
    });
    client.trajectId = (await temp.call('traject.add', { clientId, title: `Traject ${client.language}` })).id;
    const round = await temp.call('round.add', {
      trajectId: client.trajectId,
      answers: [{ question: 'haven-1', content: richTextFromPlain('Mijn antwoord.') }],
    });
    client.roundId = round.id;
    await temp.call('reply.saveDraft', {
      trajectId: client.trajectId,
      roundId: round.id,
      blocks: replyBlocks(client),
    });
    await temp.call('reply.send', { trajectId: client.trajectId, roundId: round.id, allowEmptyBlocks: true });
  }
}, 120_000);

afterAll(() => temp.dispose());

describe('reply.emailDraft', () => {
  it.each(['nl', 'en'] as const)(
    'makes an unsent e-mail to the %s client in their language, with the signed reply PDF',
    async (language) => {
      const client = cases[language];
      const other: Language = language === 'nl' ? 'en' : 'nl';
      const { file, mail } = await draft(client);
      const slug = language === 'nl' ? 'anouk-noek-van-den-berg' : 'oliver-bronte';
      expect(file.fileName).toBe(language === 'nl' ? `reactie-${slug}-ronde-1.eml` : `reply-${slug}-round-1.eml`);

      expect(mail.headers.get('x-unsent')).toBe('1');
      expect(mail.to).toMatchObject({ value: [{ address: client.email, name: client.name }] });
      expect(mail.from).toMatchObject({
        value: [{ address: 'marieke@praktijk-jansen.example', name: 'Marieke Jansen' }],
      });
      expect(mail.subject).toBe(
        language === 'nl' ? 'Mijn reactie op je antwoorden (ronde 1)' : 'My reply to your answers (round 1)',
      );
      const greeting = language === 'nl' ? 'Beste Noek,' : 'Dear Oliver,';
      const signOff = language === 'nl' ? 'Hartelijke groet,' : 'Warm regards,';
      for (const body of [mail.text ?? '', typeof mail.html === 'string' ? mail.html : '']) {
        expect(body).toContain(greeting);
        expect(body).toContain(client.reply);
        expect(body).toContain(signOff);
      }
      expect(mail.text).toContain(`A & B <c>.\n\n${client.closing}`);
      expect(mail.html).toContain('<p>A &amp; B &lt;c&gt;.</p>');
      expect(mail.html).toContain(`<html lang="${language}">`);
      const foreign = templateWords(other).filter((word) => containsWord(`${mail.subject} ${bodies(mail)}`, word));
      expect(foreign).toEqual([]);

      expect(mail.attachments).toHaveLength(1);
      const [pdf] = mail.attachments;
      expect(pdf!.contentType).toBe('application/pdf');
      expect(pdf!.filename).toMatch(/\.pdf$/);
      const path = await saveExport(out, { fileName: pdf!.filename!, base64: pdf!.content.toString('base64') });
      const verdict = await pdfsig(path);
      expect(verdict.validation, verdict.output).toBe('Signature is Valid.');
      expect(verdict.wholeDocument).toBe(true);
    },
    60_000,
  );

  it('attaches a new answer packet in the client language when asked', async () => {
    const client = cases.en;
    const { mail } = await draft(client, {
      questions: [{ questionId: 'haven-1' }, { questionId: 'verlangen-1' }],
      note: 'Take your time.',
    });
    expect(mail.attachments.map((attachment) => attachment.contentType)).toEqual(['application/pdf', 'text/html']);
    const page = mail.attachments[1]!;
    expect(page.filename).toMatch(/\.html$/);
    const document = parseHtml(page.content.toString('utf8'));
    const data = PacketPageDataSchema.parse(JSON.parse(document.getElementById('packet-data')!.textContent!));
    expect(data).toMatchObject({ trajectRef: client.trajectId, language: 'en', note: 'Take your time.' });
    expect(data.questions.map((question) => question.questionId)).toEqual(['haven-1', 'verlangen-1']);
    expect(data.questions[1]!.question).toBe(
      'If tomorrow nothing were required of you any more, what would you still want to do?',
    );
  }, 60_000);

  it('follows the client’s language, not the coach’s, when the coach changes theirs', async () => {
    await temp.call('settings.update', { language: 'en' });
    try {
      const { file, mail } = await draft(cases.nl);
      expect(file.fileName).toMatch(/^reactie-.*-ronde-1\.eml$/);
      expect(mail.subject).toBe('Mijn reactie op je antwoorden (ronde 1)');
      expect(mail.text).toContain('Beste Noek,');
      expect(templateWords('en').filter((word) => containsWord(bodies(mail), word))).toEqual([]);
    } finally {
      await temp.call('settings.update', { language: 'nl' });
    }
  }, 60_000);

  it('records each draft, and the clipboard and mailto: ways out, in the traject’s timeline', async () => {
    const client = cases.en;
    await temp.call('reply.recordDelivery', { trajectId: client.trajectId, roundId: client.roundId, method: 'copied' });
    await temp.call('reply.recordDelivery', { trajectId: client.trajectId, roundId: client.roundId, method: 'mailto' });
    const view = await temp.call('traject.show', { id: client.trajectId });
    const deliveries = view.rounds.find((round) => round.id === client.roundId)!.reply!.deliveries ?? [];
    // The draft of the first test and the one with the packet, then the two recorded here.
    expect(deliveries.map((delivery) => delivery.method)).toEqual(['draft', 'draft', 'copied', 'mailto']);
    expect((await temp.call('traject.verify', { id: client.trajectId })).ok).toBe(true);
  });

  it('refuses a reply that has not been sent, and a round that does not exist, recording nothing', async () => {
    const client = cases.nl;
    const unsent = await temp.call('round.add', {
      trajectId: client.trajectId,
      answers: [{ question: 'haven-1', content: richTextFromPlain('Nog een antwoord.') }],
    });
    await temp.call('reply.saveDraft', {
      trajectId: client.trajectId,
      roundId: unsent.id,
      blocks: replyBlocks(client),
    });
    expect(await temp.codeOf('reply.emailDraft', { trajectId: client.trajectId, roundId: unsent.id })).toBe(
      'reply_not_sent',
    );
    const refused = await temp.dispatch('reply.emailDraft', { trajectId: client.trajectId, roundId: unsent.id });
    expect(refused.ok ? '' : refused.error.message).toBe(
      'This reply has not been finished yet; finish it first, then it can go to the client.',
    );
    expect(
      await temp.codeOf('reply.emailDraft', { trajectId: client.trajectId, roundId: 'rd_00000000000000000000' }),
    ).toBe('round_not_found');
    const view = await temp.call('traject.show', { id: client.trajectId });
    expect(view.rounds.find((round) => round.id === unsent.id)!.reply).toBeUndefined();
  });
});
