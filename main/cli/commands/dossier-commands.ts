import { lstat } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as z from 'zod';
import { CatalogueSchema } from '../../../shared/domain/catalogue';
import { CatalogueIdSchema, IsoDateTimeSchema } from '../../../shared/domain/ids';
import { PASSIE_KEYS, type PassieKey, type ReplyBlocks } from '../../../shared/domain/passie';
import { MAX_TEXT_LENGTH, richTextFromPlain } from '../../../shared/domain/rich-text';
import { CliFailure } from '../cli-io';
import { localDayStart } from '../../../shared/domain/local-day';
import type { CliContext } from '../context';
import { catalogueQuestions } from './packet-commands';
import { readJsonFile } from '../read-json-file';

/** One answer's or block's text at most: the rich-text limit (MAX_TEXT_LENGTH), said in the sentence past it. */
const TEXT_LIMIT = MAX_TEXT_LENGTH;

/** `round add --from FILE.json`: plain text per answer, each under a catalogue question id or a free title. */
export const RoundFileSchema = z
  .object({
    receivedAt: IsoDateTimeSchema.optional(),
    answers: z
      .array(
        z
          .object({
            question: CatalogueIdSchema.optional(),
            title: z.string().trim().min(1).max(500).optional(),
            text: z.string().max(TEXT_LIMIT),
          })
          .strict()
          .refine((answer) => answer.question !== undefined || answer.title !== undefined),
      )
      .min(1)
      .max(200),
  })
  .strict();

/** `reply draft --from FILE.json`: plain text per PASSIE block; a missing block stays empty. */
export const ReplyFileSchema = z
  .object(
    Object.fromEntries(PASSIE_KEYS.map((key) => [key, z.string().max(TEXT_LIMIT).optional()])) as Record<
      PassieKey,
      z.ZodOptional<z.ZodString>
    >,
  )
  .strict();

/** client · traject · catalogue · round · note · reply: everything that needs the unlocked vault. */
export function registerDossierCommands(context: CliContext): void {
  const { program, text } = context;
  const fileSentences = { unreadable: text.fileUnreadable, invalid: text.fileInvalid, tooLong: text.textTooLong };

  const client = program.command('client').description(text.clientCommand);
  client
    .command('add')
    .description(text.clientAddCommand)
    .requiredOption('--name <name>', text.nameOption)
    .option('--email <email>', text.emailOption)
    .option('--phone <phone>', text.phoneOption)
    .action(async (options: { name: string; email?: string; phone?: string }) => {
      const { id } = await context.unlocked((call) => call('client.add', options));
      context.print(id, { id });
    });
  client
    .command('list')
    .description(text.clientListCommand)
    .action(async () => {
      const { clients } = await context.unlocked((call) => call('client.list', {}));
      context.print(clients.map((c) => `${c.id}  ${c.name}${c.email ? `  <${c.email}>` : ''}`).join('\n'), clients);
    });
  client
    .command('delete <id>')
    .description(text.clientDeleteCommand)
    .requiredOption('--reason <reason>', text.reasonOption)
    .action(async (id: string, options: { reason: string }) => {
      await context.unlocked((call) => call('client.delete', { id, reason: options.reason }));
      context.print(text.clientDeleted, { ok: true });
    });

  const traject = program.command('traject').description(text.trajectCommand);
  traject
    .command('add')
    .description(text.trajectAddCommand)
    .requiredOption('--client <id>', text.clientOption)
    .requiredOption('--title <title>', text.titleOption)
    .option('--goal <goal>', text.goalOption)
    .action(async (options: { client: string; title: string; goal?: string }) => {
      const { id } = await context.unlocked((call) =>
        call('traject.add', { clientId: options.client, title: options.title, goal: options.goal }),
      );
      context.print(id, { id });
    });
  traject
    .command('list')
    .description(text.trajectListCommand)
    .option('--client <id>', text.clientOption)
    .action(async (options: { client?: string }) => {
      const { trajects } = await context.unlocked((call) => call('traject.list', { clientId: options.client }));
      context.print(trajects.map((t) => `${t.id}  ${t.status}  ${t.title}`).join('\n'), trajects);
    });
  traject
    .command('update <id>')
    .description(text.trajectUpdateCommand)
    .option('--title <title>', text.titleOption)
    .option('--goal <goal>', text.goalOption)
    .option('--started <date>', text.startedOption)
    .action(async (id: string, options: { title?: string; goal?: string; started?: string }) => {
      const startedAt = options.started === undefined ? undefined : localDayStart(options.started);
      if (options.started !== undefined && !startedAt) throw new CliFailure(text.dateInvalid(options.started));
      const summary = await context.unlocked((call) =>
        call('traject.update', { id, fields: { title: options.title, goal: options.goal, startedAt } }),
      );
      context.print(text.trajectUpdated, summary);
    });
  traject
    .command('show <id>')
    .description(text.trajectShowCommand)
    .action(async (id: string) => {
      const dossier = await context.unlocked((call) => call('traject.show', { id }));
      context.io.out(`${JSON.stringify(dossier, null, context.json ? undefined : 2)}\n`);
    });
  traject
    .command('verify <id>')
    .description(text.trajectVerifyCommand)
    .action(async (id: string) => {
      const result = await context.unlocked((call) => call('traject.verify', { id }));
      const { chain, damagedAttachments } = result;
      const lines = [chain.ok ? text.chainOk(chain.events, chain.head) : text.chainBroken(chain.firstBrokenEvent)];
      lines.push(
        damagedAttachments.length === 0
          ? text.attachmentsOk(result.attachments)
          : text.attachmentsDamaged(damagedAttachments.map((attachment) => attachment.name)),
      );
      context.print(lines.join('\n'), result);
      if (!result.ok) process.exitCode = 1;
    });

  const catalogue = program.command('catalogue').description(text.catalogueCommand);
  catalogue
    .command('list')
    .description(text.catalogueListCommand)
    .action(async () => {
      const { places } = await context.unlocked((call) => call('catalogue.list', {}));
      const lines = places.flatMap((place) => [
        `${place.id}  ${place.name[context.language]}`,
        ...place.questions.map((question) => `  ${question.id}  ${question.text[context.language]}`),
      ]);
      context.print(lines.join('\n'), { places });
    });
  catalogue
    .command('import <file>')
    .description(text.catalogueImportCommand)
    .action(async (file: string) => {
      const imported = await readJsonFile(file, CatalogueSchema, fileSentences);
      const counts = await context.unlocked((call) => call('catalogue.import', imported));
      context.print(text.catalogueImported(counts.places, counts.questions), counts);
    });
  catalogue
    .command('replace <file>')
    .description(text.catalogueReplaceCommand)
    .action(async (file: string) => {
      const replacing = await readJsonFile(file, CatalogueSchema, fileSentences);
      const { places } = await context.unlocked((call) => call('catalogue.save', replacing));
      const questions = places.reduce((sum, place) => sum + place.questions.length, 0);
      context.print(text.catalogueReplaced(places.length, questions), { places });
    });

  const round = program.command('round').description(text.roundCommand);
  round
    .command('add')
    .description(text.roundAddCommand)
    .requiredOption('--traject <id>', text.trajectOption)
    .requiredOption('--from <file>', text.fromOption)
    .action(async (options: { traject: string; from: string }) => {
      const file = await readJsonFile(options.from, RoundFileSchema, fileSentences);
      const { id } = await context.unlocked((call) =>
        call('round.add', {
          trajectId: options.traject,
          receivedAt: file.receivedAt,
          source: 'cli',
          answers: file.answers.map(({ question, title, text: answer }) => ({
            question,
            title,
            content: richTextFromPlain(answer),
          })),
        }),
      );
      context.print(id, { id });
    });

  round
    .command('answered-outside')
    .description(text.roundAnsweredOutsideCommand)
    .requiredOption('--traject <id>', text.trajectOption)
    .requiredOption('--round <id>', text.roundOption)
    .option('--undo', text.undoOption)
    .action(async (options: { traject: string; round: string; undo?: boolean }) => {
      const answeredOutside = options.undo !== true;
      await context.unlocked((call) =>
        call('round.markAnsweredOutside', { trajectId: options.traject, roundId: options.round, answeredOutside }),
      );
      context.print(answeredOutside ? text.roundAnsweredOutside : text.roundAwaitsAgain, { answeredOutside });
    });

  const note = program.command('note').description(text.noteCommand);
  note
    .command('add')
    .description(text.noteAddCommand)
    .requiredOption('--traject <id>', text.trajectOption)
    .requiredOption('--text <text>', text.noteTextOption)
    .action(async (options: { traject: string; text: string }) => {
      await context.unlocked((call) =>
        call('traject.addNote', { trajectId: options.traject, content: richTextFromPlain(options.text) }),
      );
      context.print(text.noteSaved, {});
    });
  note
    .command('edit')
    .description(text.noteEditCommand)
    .requiredOption('--traject <id>', text.trajectOption)
    .requiredOption('--note <seq>', text.noteOption)
    .requiredOption('--text <text>', text.noteTextOption)
    .action(async (options: { traject: string; note: string; text: string }) => {
      if (!/^\d{1,9}$/.test(options.note)) throw new CliFailure(text.usage);
      await context.unlocked((call) =>
        call('traject.editNote', {
          trajectId: options.traject,
          noteSeq: Number(options.note),
          content: richTextFromPlain(options.text),
        }),
      );
      context.print(text.noteSaved, {});
    });

  const reply = program.command('reply').description(text.replyCommand);
  reply
    .command('draft')
    .description(text.replyDraftCommand)
    .requiredOption('--traject <id>', text.trajectOption)
    .requiredOption('--round <id>', text.roundOption)
    .requiredOption('--from <file>', text.fromOption)
    .action(async (options: { traject: string; round: string; from: string }) => {
      const blocksText = await readJsonFile(options.from, ReplyFileSchema, fileSentences);
      const blocks = Object.fromEntries(
        PASSIE_KEYS.map((key) => [key, richTextFromPlain(blocksText[key] ?? '')]),
      ) as ReplyBlocks;
      const saved = await context.unlocked((call) =>
        call('reply.saveDraft', { trajectId: options.traject, roundId: options.round, blocks }),
      );
      context.print(text.draftSaved, saved);
    });
  reply
    .command('send')
    .description(text.replySendCommand)
    .requiredOption('--traject <id>', text.trajectOption)
    .requiredOption('--round <id>', text.roundOption)
    .option('--allow-empty', text.allowEmptyOption)
    .action(async (options: { traject: string; round: string; allowEmpty?: boolean }) => {
      const sent = await context.unlocked((call) =>
        call('reply.send', {
          trajectId: options.traject,
          roundId: options.round,
          allowEmptyBlocks: options.allowEmpty === true,
        }),
      );
      context.print(text.replySent, sent);
    });
  reply
    .command('email')
    .description(text.replyEmailCommand)
    .requiredOption('--traject <id>', text.trajectOption)
    .requiredOption('--round <id>', text.roundOption)
    .requiredOption('--out <file>', text.emlOutOption)
    .option('--with-packet <ids>', text.withPacketOption)
    .option('--packet-note <text>', text.packetNoteOption)
    .action(
      async (options: { traject: string; round: string; out: string; withPacket?: string; packetNote?: string }) => {
        if (options.packetNote !== undefined && options.withPacket === undefined) {
          throw new CliFailure(text.packetNoteNeedsPacket);
        }
        // Checked before the draft is made: making it records in the dossier that the reply left as a draft.
        if (
          await lstat(resolve(options.out)).then(
            () => true,
            () => false,
          )
        ) {
          throw new CliFailure(text.fileExists(resolve(options.out)));
        }
        const packet =
          options.withPacket === undefined
            ? undefined
            : {
                questions: catalogueQuestions(options.withPacket),
                ...(options.packetNote !== undefined ? { note: options.packetNote } : {}),
              };
        const path = await context.exportToFile(options.out, (call) =>
          call('reply.emailDraft', {
            trajectId: options.traject,
            roundId: options.round,
            ...(packet ? { packet } : {}),
          }),
        );
        context.print(text.emailDraftSaved(path), { path });
      },
    );
}
