import { askSecret } from '../secrets';
import { printStatus } from './app-commands';
import type { CliContext } from '../context';
import { SECRET_ENV } from '../../platform/child-env';

/** vault init · status · change-passphrase · recover · rotate-key · new-recovery-key · check · rebuild-index */
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

  // Both ask the passphrase again, as the screens do: a new key is shown only to whoever knows the current one.
  const newKeyCommand = (name: string, description: string, method: 'vault.rotateKey' | 'vault.newRecoveryKey') =>
    vault
      .command(name)
      .description(description)
      .action(async () => {
        const passphrase = await context.passphrase();
        const { recoveryKey } = await context.withStudio(
          async (call) => {
            await call('vault.unlock', { passphrase });
            return call(method, { passphrase, language: context.language });
          },
          { unlock: false },
        );
        const shown = method === 'vault.rotateKey' ? text.keyRotated(recoveryKey) : text.newRecoveryKey(recoveryKey);
        context.print(shown, { recoveryKey });
      });
  newKeyCommand('rotate-key', text.rotateKeyCommand, 'vault.rotateKey');
  newKeyCommand('new-recovery-key', text.newRecoveryKeyCommand, 'vault.newRecoveryKey');

  vault
    .command('check')
    .description(text.checkCommand)
    .action(async () => {
      const health = await context.unlocked((call) => call('vault.check', {}));
      const lines = health.damage.map(({ file, problem }) => `${file}: ${text.damageProblem[problem]}`);
      const human = [lines.length === 0 ? text.vaultHealthy : text.vaultDamaged(lines)];
      if (health.recoveryKeyNeeded) human.push(text.recoveryKeyNeeded);
      context.print(human.join('\n'), health);
      if (lines.length > 0) process.exitCode = 1;
    });

  vault
    .command('rebuild-index')
    .description(text.rebuildIndexCommand)
    .action(async () => {
      const rebuilt = await context.unlocked((call) => call('vault.rebuildIndex', {}));
      const human = [text.indexRebuilt(rebuilt.clients, rebuilt.trajects)];
      if (rebuilt.unnamed > 0) human.push(text.indexUnnamed(rebuilt.unnamed));
      if (rebuilt.unreadable.length > 0) human.push(text.indexUnreadable(rebuilt.unreadable));
      context.print(human.join('\n'), rebuilt);
    });
}
