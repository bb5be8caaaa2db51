import type { Command } from 'commander';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/api/contract';
import type { Language } from '../../shared/i18n/error-messages';
import type { Studio } from '../composition';
import { resolveVaultDir } from '../config/vault-location';
import { CliFailure, type CliIo } from './cli-io';
import type { CliMessages } from './messages';
import { askSecret } from './secrets';

export type Call = <M extends MethodName>(method: M, request: RequestOf<M>) => Promise<ResponseOf<M>>;

/** What every command needs: the chosen vault, output in the chosen form, and the studio's one API. */
export class CliContext {
  constructor(
    readonly program: Command,
    readonly text: CliMessages,
    readonly language: Language,
    readonly io: CliIo,
  ) {}

  get json(): boolean {
    return this.program.opts<{ json?: boolean }>().json === true;
  }

  get vaultDir(): string {
    return resolveVaultDir(this.program.opts<{ vault?: string }>().vault, this.io.env);
  }

  /** Prints a result: the human line, or with --json the JSON value alone on stdout. */
  print(human: string, json: unknown): void {
    this.io.out(this.json ? `${JSON.stringify(json)}\n` : `${human}\n`);
  }

  passphrase(): Promise<string> {
    return askSecret(this.io, {
      env: 'PASSIE_PASSPHRASE',
      prompt: this.text.passphrasePrompt,
      mismatch: this.text.passphraseMismatch,
      noTerminal: this.text.noTerminal('PASSIE_PASSPHRASE'),
    });
  }

  newPassphrase(env = 'PASSIE_NEW_PASSPHRASE'): Promise<string> {
    return askSecret(this.io, {
      env,
      prompt: this.text.newPassphrasePrompt,
      confirmPrompt: this.text.repeatPassphrasePrompt,
      mismatch: this.text.passphraseMismatch,
      noTerminal: this.text.noTerminal(env),
    });
  }

  /**
   * Runs `work` against the studio for this vault, unlocked first when asked, and always closes it afterwards so
   * the vault is locked and free for the desktop app again.
   */
  async withStudio<T>(work: (call: Call, studio: Studio) => Promise<T>, options: { unlock: boolean }): Promise<T> {
    // The services load with the first command that uses them: `--version` and `--help` never do.
    const { createStudio } = await import('../composition');
    const studio = createStudio({ vaultDir: this.vaultDir, language: () => this.language });
    const call: Call = async (method, request) => {
      const result = await studio.dispatch(method, request);
      if (!result.ok) throw new CliFailure(result.error.message);
      return result.value as ResponseOf<typeof method>;
    };
    try {
      if (options.unlock) await call('vault.unlock', { passphrase: await this.passphrase() });
      return await work(call, studio);
    } finally {
      await studio.close();
    }
  }
}
