import { Option } from 'commander';
import type { CliContext } from '../context';
import type { Language } from '../../../shared/i18n/language';

/**
 * `packet create`: the answer packet (one HTML page) for a client of a traject, with catalogue questions by the
 * ids `catalogue list` prints. The page holds the coach's public key, never anything secret; it is written only
 * to the path given.
 */
export function registerPacketCommands(context: CliContext): void {
  const { program, text } = context;
  program
    .command('packet')
    .description(text.packetCommand)
    .command('create')
    .description(text.packetCreateCommand)
    .requiredOption('--traject <id>', text.trajectOption)
    .requiredOption('--questions <ids>', text.packetQuestionsOption)
    .option('--note <text>', text.packetNoteOption)
    .addOption(new Option('--language <language>', text.packetLanguageOption).choices(['nl', 'en']))
    .requiredOption('--out <file>', text.outOption)
    .action(
      async (options: { traject: string; questions: string; note?: string; language?: Language; out: string }) => {
        const path = await context.exportToFile(options.out, (call) =>
          call('packet.create', {
            trajectId: options.traject,
            questions: catalogueQuestions(options.questions),
            ...(options.note !== undefined ? { note: options.note } : {}),
            ...(options.language ? { language: options.language } : {}),
          }),
        );
        context.print(text.packetCreated(path), { path });
      },
    );
}

/** `haven-1, topjob-2` (as `catalogue list` prints the ids) as the packet's catalogue questions. */
export function catalogueQuestions(ids: string): { questionId: string }[] {
  return ids
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
    .map((questionId) => ({ questionId }));
}
