import { askSecret } from '../secrets';
import { printStatus } from './app-commands';
import type { CliContext } from '../context';
import { SECRET_ENV } from '../../platform/child-env';

/** vault init · status · change-passphrase · recover */
export function registerVaultCommands(context: CliContext): void {
  const { program, text } = context;
  const vault = program.command('vault').description(text.vaultCommand);

  vault
    .command('init')
    .description(text.vaultInitCommand)
    .action(async () => {
      const passphrase = await context.newPassphrase(SECRET_ENV.passphrase);
      const created = await context.withStudio((call) => call('vault.create', { passphrase }), { unlock: false });
      context.print(text.vaultCreated(created.recoveryKey), { recoveryKey: created.recoveryKey });
    });

  vault
    .command('status')
    .description(text.statusCommand)
    .action(() => printStatus(context));

  vault
    .command('change-passphrase')
    .description(text.changePassphraseCommand)
    .action(async () => {
      const currentPassphrase = await context.passphrase();
      const newPassphrase = await context.newPassphrase();
      await context.withStudio(
        async (call) => {
          await call('vault.unlock', { passphrase: currentPassphrase });
          await call('vault.changePassphrase', { currentPassphrase, newPassphrase });
        },
        { unlock: false },
      );
      context.print(text.passphraseChanged, { ok: true });
    });

  vault
    .command('recover')
    .description(text.recoverCommand)
    .action(async () => {
      const recoveryKey = await askSecret(context.io, {
        env: SECRET_ENV.recoveryKey,
        prompt: text.recoveryKeyPrompt,
        mismatch: text.passphraseMismatch,
        noTerminal: text.noTerminal(SECRET_ENV.recoveryKey),
      });
      const newPassphrase = await context.newPassphrase();
      await context.withStudio((call) => call('vault.recover', { recoveryKey, newPassphrase }), { unlock: false });
      context.print(text.recovered, { ok: true });
    });
}
