import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliMessages } from '../../../main/cli/messages';
import { pdfStrings, formatDate } from '../../../main/services/pdf/strings';
import { importWarning } from '../../../main/services/import/warnings';
import { CatalogueSchema } from '../../../shared/domain/catalogue';
import { DEFAULT_EMAIL_SETTINGS } from '../../../shared/domain/email-settings';
import { DEFAULT_PASSIE_LABELS, PASSIE_KEYS, emptyReplyBlocks, type ReplyBlocks } from '../../../shared/domain/passie';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { errorMessage } from '../../../shared/i18n/error-messages';
import { LANGUAGES, type Language } from '../../../shared/i18n/language';
import { pageStrings } from '../../../shared/packet/page-strings';
import { fixtureJson } from '../../support/fixtures';
import { importWhole } from '../../support/import-whole';
import { mailWithAttachments } from '../../support/mail-with-attachments';
import { renderPage } from '../../support/page-document';
import { runCli } from '../../support/run-cli';
import { TempStudio } from '../../support/temp-studio';
import { pdfText, saveExport } from '../export/support/pdf-tools';

/*
 * Issue 15, "One language model": the coach's language (screens, CLI, import messages, error sentences) is one
 * stored setting; each client's language (their own, else the coach's) decides everything the client receives.
 * Both are switched here and every output the client gets is read back — the PDFs as poppler extracts their text,
 * the packet page as a browser renders it, the e-mail as a mail program parses it — for the other language's words.
 * The screens are the e2e's.
 */

const other = (language: Language): Language => (language === 'nl' ? 'en' : 'nl');
const catalogue = CatalogueSchema.parse(fixtureJson('questions.json'));
const QUESTION = 'haven-1';

/** Values to call a table's sentence functions with: both branches of "1 ronde"/"2 rondes", "je coach", "0 min". */
const SAMPLE_ARGUMENTS: unknown[][] = [
  [1, 1],
  [2, 2],
  [0, 5],
  ['', ''],
];

/** Every word of four letters or more a table says, lower-cased, its sentence functions called with samples. */
function wordsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    for (const word of value.toLowerCase().split(/[^\p{L}]+/u)) if (word.length >= 4) into.add(word);
  } else if (typeof value === 'function') {
    for (const args of SAMPLE_ARGUMENTS) wordsOf((value as (...args: unknown[]) => unknown)(...args), into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) wordsOf(item, into);
  }
  return into;
}

/**
 * What a client of this language may read: the PDF strings, the block labels, the packet page, the e-mail
 * templates, the catalogue's places and questions and the month names, all in that language.
 */
function vocabulary(language: Language): Set<string> {
  const months = Array.from({ length: 12 }, (_, month) =>
    new Intl.DateTimeFormat(pdfStrings[language].locale, { month: 'long' }).format(new Date(Date.UTC(2026, month, 15))),
  );
  const places = catalogue.places.map((place) => [
    place.name[language],
    place.description?.[language],
    place.questions.map((question) => question.text[language]),
  ]);
  return wordsOf([
    pdfStrings[language],
    DEFAULT_PASSIE_LABELS[language],
    pageStrings[language],
    DEFAULT_EMAIL_SETTINGS[language],
    places,
    months,
  ]);
}

/** The words only one language says (words both say, "Coach", "Traject", "PASSIE", are no evidence). */
const onlyIn = Object.fromEntries(
  LANGUAGES.map((language) => {
    const others = vocabulary(other(language));
    return [language, [...vocabulary(language)].filter((word) => !others.has(word))];
  }),
) as Record<Language, string[]>;

function containsWord(text: string, word: string): boolean {
  return new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(text);
}

/** The other language's words found in `text`: none, if it is all in `language`. */
function foreignWords(text: string, language: Language): string[] {
  return onlyIn[other(language)].filter((word) => containsWord(text, word));
}

function questionOf(language: Language) {
  const place = catalogue.places.find((candidate) => candidate.questions.some((question) => question.id === QUESTION))!;
  return { place: place.name[language], question: place.questions.find((q) => q.id === QUESTION)!.text[language] };
}

interface ClientCase {
  /** The client's own language, or none: then the coach's. */
  language: Language | undefined;
  clientId: string;
  name: string;
  firstName: string;
  trajectId: string;
  roundId: string;
  sentAt: string;
}

// Names, titles and texts in no language of the tables, so any word of one is the studio's own.
const clients: ClientCase[] = [
  { language: 'nl', name: 'Anouk Peeters', firstName: 'Anouk', clientId: '', trajectId: '', roundId: '', sentAt: '' },
  { language: 'en', name: 'Oliver Brent', firstName: 'Oliver', clientId: '', trajectId: '', roundId: '', sentAt: '' },
  { language: undefined, name: 'Sam Kowalski', firstName: 'Sam', clientId: '', trajectId: '', roundId: '', sentAt: '' },
];
const COACH = { name: 'Marieke Jansen', practice: 'Jansen & Co', email: 'marieke@jansen.example' };

function replyBlocks(): ReplyBlocks {
  const blocks = emptyReplyBlocks();
  for (const [index, key] of PASSIE_KEYS.entries()) blocks[key] = richTextFromPlain(`Lorem ipsum ${index + 1}.`);
  return blocks;
}

/** A client's e-mail that answers no catalogue question, with one text attachment named `attachmentName`. */
function mailWith(messageId: string, attachmentName: string): Buffer {
  return mailWithAttachments({
    subject: 'Lorem',
    messageId: `${messageId}@example.org`,
    date: new Date().toUTCString(),
    text: 'Lorem ipsum dolor sit amet.',
    attachments: [{ name: attachmentName, mediaType: 'text/plain', bytes: Buffer.from('Lorem ipsum.') }],
  });
}

let temp: TempStudio;
let out: string;
/** The language around the studio (the system's, the shell's): always the other one than the coach's, below. */
let surroundings: Language = 'en';

beforeAll(async () => {
  temp = await TempStudio.open({ language: () => surroundings, followCoachLanguage: true });
  out = join(temp.root, 'out');
  await mkdir(out);
  await temp.call('settings.update', { coach: COACH });
  await temp.call('catalogue.import', catalogue);
  await temp.call('signing.create', {});
  for (const [index, client] of clients.entries()) {
    client.clientId = (
      await temp.call('client.add', {
        name: client.name,
        email: `client${index}@example.org`,
        ...(client.language ? { language: client.language } : {}),
      })
    ).id;
    client.trajectId = (await temp.call('traject.add', { clientId: client.clientId, title: `Alfa ${index + 1}` })).id;
    // Received an hour before the e-mail below, so it is round 1 (rounds are numbered by when they came in).
    const round = await temp.call('round.add', {
      trajectId: client.trajectId,
      receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
      answers: [{ question: QUESTION, content: richTextFromPlain('Lorem ipsum dolor sit amet.') }],
    });
    client.roundId = round.id;
    await temp.call('reply.saveDraft', { trajectId: client.trajectId, roundId: round.id, blocks: replyBlocks() });
    client.sentAt = (await temp.call('reply.send', { trajectId: client.trajectId, roundId: round.id })).sentAt;
    // A second round by e-mail, with an attachment whose name has no letter a file name can keep.
    await importWhole(temp, client.trajectId, { name: 'lorem.eml', bytes: mailWith(`lorem-${index}`, '¿¡.txt') });
  }
}, 120_000);

afterAll(() => temp.dispose());

/** What the client reads of an e-mail: the subject, the plain body and the HTML body's text (not its tags). */
function bodies(mail: ParsedMail): string {
  const html = typeof mail.html === 'string' ? mail.html.replace(/<[^>]*>/g, ' ') : '';
  return `${mail.subject ?? ''}\n${mail.text ?? ''}\n${html}`;
}

describe.each(LANGUAGES)('a coach who works in %s', { timeout: 120_000 }, (coach) => {
  const headings = coach === 'en';

  beforeAll(async () => {
    surroundings = other(coach);
    await temp.call('settings.update', { language: coach, email: { ...DEFAULT_EMAIL_SETTINGS, headings } });
  });

  describe.each(clients.map((client) => [client.language ?? 'no', client] as const))(
    'and a client with %s language of their own',
    (_, client) => {
      const language = client.language ?? coach;
      const text = pdfStrings[language];
      const labels = DEFAULT_PASSIE_LABELS[language];
      const { place, question } = questionOf(language);

      it(`gets the dossier PDF in ${language}`, async () => {
        const file = await temp.call('export.dossierPdf', { trajectId: client.trajectId });
        const pdf = await pdfText(await saveExport(out, file));
        for (const expected of [
          text.dossierTitle,
          text.overview,
          text.answers,
          text.reply,
          text.verification,
          text.howToCheck,
          place,
          question,
          formatDate(client.sentAt, text),
          ...Object.values(labels),
        ]) {
          expect(pdf).toContain(expected);
        }
        expect(foreignWords(pdf, language)).toEqual([]);
      });

      it(`gets the reply PDF in ${language}, named in ${language}`, async () => {
        const file = await temp.call('export.replyPdf', { trajectId: client.trajectId, roundId: client.roundId });
        expect(file.fileName).toMatch(
          language === 'nl' ? /^reactie-ronde-1-alfa-\d\.pdf$/ : /^reply-round-1-alfa-\d\.pdf$/,
        );
        const pdf = await pdfText(await saveExport(out, file));
        for (const expected of [text.replyTitle(1), text.verification, ...Object.values(labels)]) {
          expect(pdf).toContain(expected);
        }
        expect(foreignWords(pdf, language)).toEqual([]);
      });

      it(`gets the files of an access request named in ${language}`, async () => {
        const { files } = await temp.call('export.accessBundle', { clientId: client.clientId });
        const attachmentName = language === 'nl' ? 'ronde-2-bijlage.txt' : 'round-2-attachment.txt';
        expect(files.map((file) => file.fileName)).toEqual([
          expect.stringMatching(/^01-alfa-\d\.pdf$/),
          expect.stringMatching(new RegExp(`^01-alfa-\\d-${attachmentName}$`)),
        ]);
        const pdf = await pdfText(await saveExport(out, files[0]!));
        expect(pdf).toContain(text.dossierTitle);
        expect(foreignWords(pdf, language)).toEqual([]);
      });

      it(`gets an answer packet that speaks ${language}`, async () => {
        const file = await temp.call('packet.create', {
          trajectId: client.trajectId,
          questions: [{ questionId: QUESTION }],
        });
        expect(file.fileName).toMatch(language === 'nl' ? /^antwoordpakket-/ : /^answer-packet-/);
        const page = await renderPage(Buffer.from(file.base64, 'base64').toString('utf8'));
        const words = pageStrings[language];
        expect(page.documentElement.lang).toBe(language);
        expect(page.title).toBe(words.heading(COACH.name));
        const shown = page.getElementById('app')!.textContent ?? '';
        for (const expected of [
          words.heading(COACH.name),
          words.intro,
          words.questionsLabel,
          words.questionNumber(1),
          words.toReview,
          place,
          question,
        ]) {
          expect(shown).toContain(expected);
        }
        expect(foreignWords(`${page.title}\n${shown}`, language)).toEqual([]);
      });

      it(`gets the e-mail in ${language}${headings ? ', with its block headings' : ''}`, async () => {
        const file = await temp.call('reply.emailDraft', {
          trajectId: client.trajectId,
          roundId: client.roundId,
          packet: { questions: [{ questionId: QUESTION }] },
        });
        expect(file.fileName).toMatch(language === 'nl' ? /-ronde-1\.eml$/ : /-round-1\.eml$/);
        expect(file.fileName.startsWith(language === 'nl' ? 'reactie-' : 'reply-')).toBe(true);
        const mail = await simpleParser(Buffer.from(file.base64, 'base64'));
        expect(mail.subject).toBe(
          language === 'nl' ? 'Mijn reactie op je antwoorden (ronde 1)' : 'My reply to your answers (round 1)',
        );
        expect(mail.text).toContain(language === 'nl' ? `Beste ${client.firstName},` : `Dear ${client.firstName},`);
        expect(mail.text).toContain(language === 'nl' ? 'Hartelijke groet,' : 'Warm regards,');
        expect(mail.html).toContain(`lang="${language}"`);
        for (const label of Object.values(labels)) {
          if (headings) expect(mail.text).toContain(label);
          else expect(mail.text).not.toContain(label);
        }
        expect(foreignWords(bodies(mail), language)).toEqual([]);
        expect(mail.attachments.map((attachment) => attachment.filename)).toEqual([
          expect.stringMatching(language === 'nl' ? /^reactie-ronde-1-/ : /^reply-round-1-/),
          expect.stringMatching(language === 'nl' ? /^antwoordpakket-/ : /^answer-packet-/),
        ]);
      });

      it(`tells the coach about an import in ${coach}, and names what had no name in ${coach}`, async () => {
        // An attachment whose name is nothing but dots, and a file of that name.
        const mail = mailWith(`preview-${coach}`, '...');
        const { results } = await temp.call('import.preview', {
          trajectId: client.trajectId,
          files: [
            { name: 'lorem.eml', base64: mail.toString('base64') },
            { name: '...', base64: '' },
          ],
        });
        const [preview, refused] = results;
        if (!preview?.ok || !preview.preview) throw new Error('expected a preview');
        const attachment = `${coach === 'nl' ? 'bijlage' : 'attachment'}-1`;
        expect(preview.preview.attachments.map((candidate) => candidate.name)).toEqual([attachment]);
        expect(preview.preview.warnings).toEqual(
          expect.arrayContaining([
            importWarning('no_questions_found', coach),
            importWarning('attachment_renamed', coach, { name: attachment }),
          ]),
        );
        const file = coach === 'nl' ? 'bestand' : 'file';
        expect(refused).toMatchObject({
          ok: false,
          file,
          error: { code: 'import_empty', message: errorMessage('import_empty', coach, { file }) },
        });
      });

      it(`says what went wrong in ${coach}`, async () => {
        const result = await temp.dispatch('export.replyPdf', {
          trajectId: client.trajectId,
          roundId: 'rd_00000000000000000000',
        });
        expect(result).toMatchObject({
          ok: false,
          error: { code: 'round_not_found', message: errorMessage('round_not_found', coach) },
        });
      });
    },
  );

  it(`runs the CLI in ${coach} after unlock, even in a shell that speaks ${other(coach)}`, async () => {
    const client = clients.find((candidate) => candidate.language === other(coach))!;
    const path = join(out, `cli-${coach}.eml`);
    let run: Awaited<ReturnType<typeof runCli>> | undefined;
    await temp.whileClosed(async () => {
      run = await runCli(
        temp,
        ['reply', 'email', '--traject', client.trajectId, '--round', client.roundId, '--out', path],
        {
          LANG: other(coach) === 'nl' ? 'nl_NL.UTF-8' : 'en_GB.UTF-8',
        },
      );
    });
    expect(run).toEqual({ code: 0, stderr: '', stdout: `${cliMessages[coach].emailDraftSaved(path)}\n` });
    // What the CLI made is the client's, in the client's language.
    const mail = await simpleParser(await readFile(path));
    expect(mail.text).toContain(other(coach) === 'nl' ? 'Hartelijke groet,' : 'Warm regards,');
    expect(foreignWords(bodies(mail), other(coach))).toEqual([]);
  });
});
