import { withWorkProgress } from '../progress-line';
import { resolve } from 'node:path';
import type { ArchiveSummary } from '../../../shared/domain/archive';
import { idPattern } from '../../../shared/domain/id-pattern';
import { CliFailure } from '../cli-io';
import type { CliContext } from '../context';

const TRAJECT_ID = idPattern('tr');

/**
 * `archive list|verify|restore|extract|destroy`. FILE is a traject id or an archive file: the vault's own (used by
 * its id, through the API) or a copy elsewhere (a USB stick), opened by the archive service for the path its name
 * claims. `extract` is the one place where decrypted files are written, because the coach asks for exactly that.
 */
export function registerArchiveCommands(context: CliContext): void {
  const { program, text } = context;
  /** A traject id, or an archive file anywhere on the computer (the vault's own is opened by the API as any other). */
  const target = (fileOrId: string): { id: string } | { path: string } =>
    TRAJECT_ID.test(fileOrId) ? { id: fileOrId } : { path: resolve(fileOrId) };
  const day = (iso: string) =>
    new Intl.DateTimeFormat(context.language === 'nl' ? 'nl-NL' : 'en-GB', {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).format(new Date(iso));

  const archive = program.command('archive').description(text.archiveCommand);
  archive
    .command('list')
    .description(text.archiveListCommand)
    .action(async () => {
      const { archives } = await context.unlocked((call) => call('archive.list', {}));
      const line = (a: ArchiveSummary) =>
        `${a.id}  ${text.archiveLine(a.clientName, a.title, day(a.closedAt), day(a.retentionUntil), text.archiveDue[a.due])}`;
      context.print(archives.length > 0 ? archives.map(line).join('\n') : text.noArchives, archives);
    });

  archive
    .command('verify')
    .description(text.archiveVerifyCommand)
    .argument('<file>', text.archiveFileArgument)
    .action(async (file: string) => {
      const where = target(file);
      const verified = await context.unlocked((call) =>
        'id' in where ? call('archive.verify', where) : call('archive.verifyFile', where),
      );
      context.print(text.archiveOk(verified.entries, verified.chainHead), verified);
    });

  archive
    .command('restore')
    .description(text.archiveRestoreCommand)
    .argument('<file>', text.archiveFileArgument)
    .action(async (file: string) => {
      const where = target(file);
      const restored = await context.unlocked(async (call) => {
        const { id } = 'id' in where ? where : await call('archive.importFile', where);
        return call('archive.restore', { id });
      });
      context.print(text.archiveRestored(restored.id), restored);
    });

  archive
    .command('extract')
    .description(text.archiveExtractCommand)
    .argument('<file>', text.archiveFileArgument)
    .requiredOption('--out <dir>', text.archiveOutOption)
    .action(async (file: string, options: { out: string }) => {
      const where = target(file);
      context.io.err(`${text.extractWarning}\n`);
      const written = await context.exportToFolder(options.out, async (call) => {
        const { entries } = await call('archive.extract', where);
        return entries.map(({ name, base64 }) => ({ fileName: name, base64 }));
      });
      context.print(text.extractedTo(written.path, written.files.length), written);
    });

  archive
    .command('destroy')
    .description(text.archiveDestroyCommand)
    .argument('<id>', text.trajectOption)
    .requiredOption('--reason <reason>', text.reasonOption)
    .option('--force', text.archiveForceOption)
    .action(async (id: string, options: { reason: string; force?: boolean }) => {
      await context.unlocked((call) =>
        call('archive.destroy', { id, reason: options.reason, force: options.force === true }),
      );
      context.print(text.archiveDestroyed, { ok: true });
    });
}

/** `traject close ID [--retention-years N]`, registered on the existing `traject` command. */
export function registerTrajectClose(context: CliContext): void {
  const { program, text } = context;
  const traject = program.commands.find((command) => command.name() === 'traject');
  if (!traject) throw new Error('the traject command is registered first');
  traject
    .command('close <id>')
    .description(text.trajectCloseCommand)
    .option('--retention-years <n>', text.retentionYearsOption, (value) => {
      if (!/^\d{1,2}$/.test(value)) throw new CliFailure(text.usage);
      return Number(value);
    })
    .action(async (id: string, options: { retentionYears?: number }) => {
      const { path } = await context.withStudio(
        async (call, attempt) => {
          const closed = await withWorkProgress(context, attempt, () =>
            call('traject.close', { id, retentionYears: options.retentionYears }),
          );
          return call('archive.locate', { id: closed.id });
        },
        { unlock: true },
      );
      context.print(path, { path });
    });
}
