import { InvalidArgumentError, Option } from 'commander';
import * as z from 'zod';
import type { CliContext } from '../cli/context';

const PortSchema = z.coerce.number().int().min(0).max(65535);

function parsePort(value: string): number {
  const parsed = PortSchema.safeParse(value);
  if (!parsed.success || !/^\d+$/.test(value)) throw new InvalidArgumentError('0–65535');
  return parsed.data;
}

/**
 * `serve` and `start`: the commands that open the studio's screens. They live with the launcher, which uses the
 * CLI's context to register them; the CLI itself never reaches into the launcher (main/passie-studio.ts joins them).
 */
export function registerLaunchCommands(context: CliContext): void {
  const { program, text, language, io } = context;

  program
    .command('serve')
    .description(text.serveCommand)
    .addOption(new Option('--port <n>', text.portOption).argParser(parsePort))
    .option('--no-open', text.noOpenOption)
    .action(async (options: { port?: number; open: boolean }) => {
      // The browser host (node:http, child processes) loads only for the commands that run it.
      const { serveStudio } = await import('./serve');
      await serveStudio({
        vaultDir: context.vaultDir,
        port: options.port ?? 0,
        open: options.open,
        json: context.json,
        language,
        text,
        io,
      });
    });

  program
    .command('start')
    .description(text.startCommand)
    .action(async () => {
      const { startStudio } = await import('./start');
      await startStudio({ vaultDir: context.vaultDir, language, text, io });
    });
}
