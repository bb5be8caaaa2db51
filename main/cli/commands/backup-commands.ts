import { withWorkProgress } from '../progress-line';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatSize } from '../../../shared/domain/import-limits';
import { StudioError } from '../../../shared/api/studio-error';
import { CliFailure } from '../cli-io';
import type { CliContext } from '../context';

/**
 * `backup create|verify|restore`. Creating goes through the studio's API, like the desktop app's button. Verifying
 * and restoring work on folders the coach names (restoring makes a new vault beside the one in use), through the
 * command line's own methods; restoring asks for the passphrase, because the restored vault is unlocked to prove it
 * opens and to re-apply the current vault's deletions.
 */
export function registerBackupCommands(context: CliContext): void {
  const { program, text } = context;
  const size = (bytes: number) => (bytes === 0 ? '0 kB' : formatSize(bytes));
  const when = (iso: string) =>
    new Intl.DateTimeFormat(context.language === 'nl' ? 'nl-NL' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));

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
      const report = await context.withStudio(
        (call, attempt) => withWorkProgress(context, attempt, () => call('backup.create', { folder })),
        { unlock: true },
      );
      const lines = [
        text.backupCreated(folder, report.files, report.copied, size(report.bytes), size(report.bytesCopied)),
      ];
      const unreadable = (olderKept: boolean) =>
        report.unreadable
          .filter((file) => file.olderKept === olderKept)
          .map((file) => file.path)
          .join(', ');
      if (unreadable(true)) lines.push(text.backupUnreadableKept(unreadable(true)));
      if (unreadable(false)) lines.push(text.backupUnreadableLeftOut(unreadable(false)));
      context.print(lines.join('\n'), report);
    });

  backup
    .command('verify')
    .description(text.backupVerifyCommand)
    .argument('<dir>', text.backupDirArgument)
    .option('--with-passphrase', text.backupWithPassphraseOption)
    .action(async (dir: string, options: { withPassphrase?: boolean }) => {
      const passphrase = options.withPassphrase ? await context.passphrase() : undefined;
      const verified = await context.withStudio(
        (call) => call('backup.verify', { folder: resolve(dir), ...(passphrase === undefined ? {} : { passphrase }) }),
        { unlock: false },
      );
      const lines = [text.backupVerified(verified.files, size(verified.bytes), when(verified.createdAt))];
      if (verified.seal === 'checked') lines.push(text.verifySealChecked);
      if (verified.seal === 'unchecked') lines.push(text.verifySealUnchecked);
      if (verified.seal === 'none') lines.push(text.verifySealNone, ...(verified.opened ? [text.verifyOpened] : []));
      context.print(lines.join('\n'), verified);
    });

  backup
    .command('restore')
    .description(text.backupRestoreCommand)
    .argument('<dir>', text.backupDirArgument)
    .requiredOption('--into <dir>', text.backupIntoOption)
    .option('--accept-unsealed', text.backupAcceptUnsealedOption)
    .action(async (dir: string, options: { into: string; acceptUnsealed?: boolean }) => {
      const into = resolve(options.into);
      const passphrase = await context.passphrase();
      const request = { folder: resolve(dir), into, passphrase, acceptUnsealed: options.acceptUnsealed === true };
      const report = await context.withStudio(
        async (_call, attempt) => {
          const result = await attempt('backup.restoreInto', request);
          if (result.ok) return result.value;
          const hint = result.error.code === 'backup_unsealed' ? `\n${text.restoreUnsealedHint}` : '';
          throw new CliFailure(`${result.error.message}${hint}`);
        },
        { unlock: false },
      );
      const lines = [text.backupRestored(into, report.files, when(report.createdAt))];
      if (report.seal === 'none') lines.push(text.restoreUnsealed);
      if (report.newerPassphrase) lines.push(text.restoreNewerPassphrase);
      if (report.newerVault === 'applied' && report.tombstonesAdded > 0) {
        lines.push(text.restoreDeletions(report.tombstonesAdded, report.clientsRemoved));
      }
      if (report.newerVault === 'other_vault') lines.push(text.restoreOtherVault);
      if (report.newerVault === 'unreadable') lines.push(text.restoreNewerUnreadable);
      context.print(lines.join('\n'), { path: into, ...report });
    });
}
