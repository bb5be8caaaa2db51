import { Command, CommanderError } from 'commander';
import { errorMessage } from '../../shared/i18n/error-messages';
import { appVersion } from '../platform/app-version';
import { CliFailure, processIo, type CliIo } from './cli-io';
import { registerAppCommands } from './commands/app-commands';
import { registerArchiveCommands, registerTrajectClose } from './commands/archive-commands';
import { registerBackupCommands } from './commands/backup-commands';
import { registerDossierCommands } from './commands/dossier-commands';
import { registerExportCommands } from './commands/export-commands';
import { registerImportCommands } from './commands/import-commands';
import { registerPacketCommands } from './commands/packet-commands';
import { registerSettingsCommands } from './commands/settings-commands';
import { registerVaultCommands } from './commands/vault-commands';
import { CliContext } from './context';
import { cliLanguage, cliMessages } from './messages';

/** Runs the `passie-studio` command and resolves to its exit code: 0 done, 1 failed, 2 wrong usage. */
/** Registers commands on the program; the launcher adds `serve` and `start` this way (see main/passie-studio.ts). */
export type RegisterCommands = (context: CliContext) => void;

export async function runCli(argv: string[], io: CliIo = processIo, more: RegisterCommands[] = []): Promise<number> {
  const language = cliLanguage(io.env);
  const text = cliMessages[language];
  const program = new Command('passie-studio')
    .description(text.description)
    .version(appVersion, '-v, --version')
    .option('--vault <dir>', text.vaultOption)
    .option('--json', text.jsonOption)
    .exitOverride()
    .showSuggestionAfterError(false)
    .configureOutput({
      writeOut: (line) => io.out(line),
      // Commander's own error line names the problem precisely; our sentence and exit code 2 follow it.
      writeErr: (line) => io.err(line),
    });
  const context = new CliContext(program, language, io);
  registerAppCommands(context);
  registerVaultCommands(context);
  registerDossierCommands(context);
  registerSettingsCommands(context);
  registerImportCommands(context);
  registerExportCommands(context);
  registerPacketCommands(context);
  registerBackupCommands(context);
  registerTrajectClose(context);
  registerArchiveCommands(context);
  for (const register of more) register(context);
  // Subcommands inherit the exit override and output, so their usage errors also exit 2.
  for (const command of program.commands) {
    command.exitOverride().configureOutput(program.configureOutput());
    for (const sub of command.commands) sub.exitOverride().configureOutput(program.configureOutput());
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      io.err(`${text.usage}\n`);
      return 2;
    }
    if (error instanceof CliFailure) {
      io.err(`${error.message}\n`);
      return 1;
    }
    io.err(`${errorMessage('internal', language)}\n`);
    return 1;
  }
}
