import { withWorkProgress } from '../progress-line';
import { readFile, stat } from 'node:fs/promises';
import { TimestampUrlSchema } from '../../../shared/domain/settings';
import { errorMessage } from '../../../shared/i18n/error-messages';
import { CliFailure } from '../cli-io';
import type { Attempt, Call, CliContext } from '../context';
import { askSecret } from '../secrets';
import { SECRET_ENV } from '../../platform/child-env';

/** A PKCS#12 file holds a key and a few certificates: anything this large is not one. */
const MAX_P12_BYTES = 512 * 1024;

/**
 * `export pdf|reply|access` and `signing show|create|import|export-cert|timestamp`. The bytes come from the same API the
 * screens use; only here, at the coach's request, are they written to the path given.
 */
export function registerExportCommands(context: CliContext): void {
  const { program, text } = context;
  const saveFile = async (out: string, make: (call: Call, attempt: Attempt) => Promise<{ base64: string }>) => {
    const path = await context.exportToFile(out, make);
    context.print(text.exportedTo(path), { path });
  };

  const exportCommand = program.command('export').description(text.exportCommand);
  exportCommand
    .command('pdf')
    .description(text.exportPdfCommand)
    .requiredOption('--traject <id>', text.trajectOption)
    .requiredOption('--out <file>', text.outOption)
    .option('--notes', text.notesOption)
    .action(async (options: { traject: string; out: string; notes?: boolean }) => {
      await saveFile(options.out, (call, attempt) =>
        withWorkProgress(context, attempt, () =>
          call('export.dossierPdf', { trajectId: options.traject, includeNotes: options.notes === true }),
        ),
      );
    });
  exportCommand
    .command('reply')
    .description(text.exportReplyCommand)
    .requiredOption('--traject <id>', text.trajectOption)
    .requiredOption('--round <id>', text.roundOption)
    .requiredOption('--out <file>', text.outOption)
    .action(async (options: { traject: string; round: string; out: string }) => {
      await saveFile(options.out, (call) =>
        call('export.replyPdf', { trajectId: options.traject, roundId: options.round }),
      );
    });
  exportCommand
    .command('access')
    .description(text.exportAccessCommand)
    .requiredOption('--client <id>', text.clientOption)
    .requiredOption('--out <dir>', text.outOption)
    .action(async (options: { client: string; out: string }) => {
      const written = await context.exportToFolder(options.out, async (call) => {
        return (await call('export.accessBundle', { clientId: options.client })).files;
      });
      context.print(text.exportedFolder(written.path, written.files.length), written);
    });

  const signing = program.command('signing').description(text.signingCommand);
  signing
    .command('show')
    .description(text.signingShowCommand)
    .action(async () => {
      const shown = await context.unlocked((call) => call('signing.show', {}));
      context.print(shown.identity ? text.identity(shown.identity) : text.noIdentity, shown);
    });
  signing
    .command('create')
    .description(text.signingCreateCommand)
    .option('--replace', text.replaceOption)
    .action(async (options: { replace?: boolean }) => {
      const identity = await context.unlocked((call) => call('signing.create', { replace: options.replace === true }));
      context.print(text.identity(identity), identity);
    });
  signing
    .command('import')
    .description(text.signingImportCommand)
    .requiredOption('--p12 <file>', text.p12Option)
    .option('--replace', text.replaceOption)
    .action(async (options: { p12: string; replace?: boolean }) => {
      const bytes = await readP12(options.p12);
      const identity = await context.unlocked(async (call) => {
        // Asked for after the vault passphrase, so the two prompts come in the order the coach expects.
        const password = await askSecret(context.io, {
          env: SECRET_ENV.p12Password,
          prompt: text.p12PasswordPrompt,
          mismatch: text.passphraseMismatch,
          noTerminal: text.noTerminal(SECRET_ENV.p12Password),
        });
        return call('signing.importP12', {
          base64: bytes.toString('base64'),
          password,
          replace: options.replace === true,
        });
      });
      context.print(text.identity(identity), identity);
    });
  signing
    .command('export-cert')
    .description(text.signingExportCertCommand)
    .requiredOption('--out <file>', text.outOption)
    .action(async (options: { out: string }) => {
      await saveFile(options.out, (call) => call('signing.exportCert', {}));
    });

  signing
    .command('timestamp')
    .description(text.signingTimestampCommand)
    .argument('[url]', text.timestampUrlArgument)
    .option('--off', text.timestampOffOption)
    .action(async (url: string | undefined, options: { off?: boolean }) => {
      if (options.off && url !== undefined) throw new CliFailure(text.timestampUrlInvalid);
      const wanted = options.off ? '' : url?.trim();
      if (wanted && !TimestampUrlSchema.safeParse(wanted).success) throw new CliFailure(text.timestampUrlInvalid);
      const settings = await context.unlocked((call) =>
        wanted === undefined ? call('settings.get', {}) : call('settings.update', { timestampUrl: wanted }),
      );
      const timestampUrl = settings.timestampUrl ?? '';
      context.print(timestampUrl ? text.timestampOn(timestampUrl) : text.timestampOff, { timestampUrl });
    });

  async function readP12(path: string): Promise<Buffer> {
    try {
      const info = await stat(path);
      if (info.isFile() && info.size <= MAX_P12_BYTES) return await readFile(path);
    } catch {
      throw new CliFailure(text.fileUnreadable(path));
    }
    throw new CliFailure(errorMessage('signing_p12_invalid', context.language));
  }
}
