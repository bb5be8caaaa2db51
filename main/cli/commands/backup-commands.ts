import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatSize } from '../../../shared/domain/import-limits';
import { StudioError } from '../../../shared/api/studio-error';
import type { CliContext } from '../context';

/**
 * `backup create|verify|restore`. Creating goes through the studio's API, like the desktop app's button. Verifying
 * and restoring work on folders the coach names (restoring makes a new vault beside the one in use), through the
 * command line's own methods; restoring asks for the passphrase, because the restored vault is unlocked to prove it
 * opens and to re-apply the current vault's deletions.
 */
export function registerBackupCommands(context: CliContext): void {
  const { program, text, language } = context;
  const size = (bytes: number) => (bytes === 0 ? '0 kB' : formatSize(bytes));
  const when = (iso: string) =>
    new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );

  const backup = program.command('backup').description(text.backupCommand);
  backup
    .command('create')
    .description(text.backupCreateCommand)
    .requiredOption('--out <dir>', text.backupOutOption)
    .action(async (options: { out: string }) => {
      const folder = resolve(options.out);
      // Naming a new folder on the command line is asking for it (the API itself refuses a folder that is not
      // there: a remembered folder on an unplugged USB stick must not be made on the local disk instead).
      await context.sayingErrors(() =>
        mkdir(folder, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
          throw new StudioError('backup_unwritable', { cause: error });
        }),
      );
      const report = await context.withStudio((call) => call('backup.create', { folder }), { unlock: true });
      context.print(
        text.backupCreated(folder, report.files, report.copied, size(report.bytes), size(report.bytesCopied)),
        report,
      );
    });

  backup
    .command('verify')
    .description(text.backupVerifyCommand)
    .argument('<dir>', text.backupDirArgument)
    .action(async (dir: string) => {
      const verified = await context.withStudio((call) => call('backup.verify', { folder: resolve(dir) }), {
        unlock: false,
      });
      context.print(text.backupVerified(verified.files, size(verified.bytes), when(verified.createdAt)), verified);
    });

  backup
    .command('restore')
    .description(text.backupRestoreCommand)
    .argument('<dir>', text.backupDirArgument)
    .requiredOption('--into <dir>', text.backupIntoOption)
    .action(async (dir: string, options: { into: string }) => {
      const into = resolve(options.into);
      const passphrase = await context.passphrase();
      const report = await context.withStudio(
        (call) => call('backup.restoreInto', { folder: resolve(dir), into, passphrase }),
        { unlock: false },
      );
      const lines = [text.backupRestored(into, report.files, when(report.createdAt))];
      if (report.newerPassphrase) lines.push(text.restoreNewerPassphrase);
      if (report.newerVault === 'applied' && report.tombstonesAdded > 0) {
        lines.push(text.restoreDeletions(report.tombstonesAdded, report.clientsRemoved));
      }
      if (report.newerVault === 'other_vault') lines.push(text.restoreOtherVault);
      if (report.newerVault === 'unreadable') lines.push(text.restoreNewerUnreadable);
      context.print(lines.join('\n'), { path: into, ...report });
    });
}
