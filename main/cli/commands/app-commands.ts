import type { CliContext } from '../context';

export async function printStatus(context: CliContext): Promise<void> {
  const status = await context.withStudio((call) => call('app.status', {}), { unlock: false });
  context.print(context.text.status(status.version, context.text.vaultStates[status.vault]), status);
}

/** `status`: the version and whether the vault is absent, locked or unlocked. */
export function registerAppCommands(context: CliContext): void {
  context.program
    .command('status')
    .description(context.text.statusCommand)
    .action(() => printStatus(context));
}
