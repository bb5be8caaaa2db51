import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { z } from 'zod';
import type { StudioContract } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import type { LocalContract } from '../../shared/api/local-contract';
import { StudioError } from '../../shared/api/studio-error';
import { errorMessage } from '../../shared/i18n/error-messages';
import type { Language } from '../../shared/i18n/language';
import { resolveVaultDir } from '../platform/vault-location';
import { CliFailure, type CliIo } from './cli-io';
import { cliMessages, type CliMessages } from './messages';
import { askSecret } from './secrets';
import { SECRET_ENV } from '../platform/child-env';

/** Every method the CLI may call: the studio's contract and the command line's own (shared/api/local-contract.ts). */
type CliContract = StudioContract & LocalContract;
type CliMethod = keyof CliContract;
type RequestOf<M extends CliMethod> = z.input<CliContract[M]['request']>;
type ResponseOf<M extends CliMethod> = z.output<CliContract[M]['response']>;

/** Calls a method; a failure ends the command with its sentence (exit 1). */
export type Call = <M extends CliMethod>(method: M, request: RequestOf<M>) => Promise<ResponseOf<M>>;
/** Calls a method and hands back its result, failure included, for commands that carry on past one (import). */
export type Attempt = <M extends CliMethod>(method: M, request: RequestOf<M>) => Promise<ApiResult<ResponseOf<M>>>;

/** What every command needs: the chosen vault, output in the chosen form, and the studio's one API. */
export class CliContext {
  private spoken: Language;
  /**
   * What the CLI says, in the language it speaks now: the terminal's until the vault is open, the coach's own
   * (settings) from then on, as the studio's screens do. A view, so commands that took `text` early still follow.
   */
  readonly text: CliMessages;

  constructor(
    readonly program: Command,
    language: Language,
    readonly io: CliIo,
  ) {
    this.spoken = language;
    this.text = new Proxy(cliMessages.nl, {
      get: (_target, key) => cliMessages[this.spoken][key as keyof CliMessages],
    });
  }

  get language(): Language {
    return this.spoken;
  }

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

  /** Runs `work` against the unlocked vault (see withStudio). */
  unlocked<T>(work: (call: Call, attempt: Attempt) => Promise<T>): Promise<T> {
    return this.withStudio(work, { unlock: true });
  }

  /**
   * Makes an export in the unlocked vault and writes it to the file the coach named, in the same session: the vault
   * records the temp file while it exists (export.toFile). The path written.
   */
  async exportToFile(
    out: string,
    make: (call: Call, attempt: Attempt) => Promise<{ base64: string }>,
  ): Promise<string> {
    const written = await this.unlocked(async (call, attempt) =>
      call('export.toFile', { path: resolve(out), base64: (await make(call, attempt)).base64 }),
    );
    return written.path;
  }

  /** The same for a folder of files (export.toFolder). */
  exportToFolder(
    out: string,
    make: (call: Call) => Promise<{ fileName: string; base64: string }[]>,
  ): Promise<{ path: string; files: string[] }> {
    return this.unlocked(async (call) => call('export.toFolder', { path: resolve(out), files: await make(call) }));
  }

  /**
   * Runs work the CLI does itself (writing an export where the coach asked): a StudioError from it is said as the
   * coach's sentence, exactly as the API would say it.
   */
  async sayingErrors<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof StudioError) throw new CliFailure(errorMessage(error.code, this.language, error.params));
      throw error;
    }
  }

  passphrase(): Promise<string> {
    return askSecret(this.io, {
      env: SECRET_ENV.passphrase,
      prompt: this.text.passphrasePrompt,
      mismatch: this.text.passphraseMismatch,
      noTerminal: this.text.noTerminal(SECRET_ENV.passphrase),
    });
  }

  newPassphrase(env: string = SECRET_ENV.newPassphrase): Promise<string> {
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
  async withStudio<T>(work: (call: Call, attempt: Attempt) => Promise<T>, options: { unlock: boolean }): Promise<T> {
    // The services load with the first command that uses them: `--version` and `--help` never do.
    const { createStudio } = await import('../api/studio');
    const studio = createStudio({ vaultDir: this.vaultDir, language: () => this.language, followCoachLanguage: true });
    const attempt: Attempt = (method, request) =>
      studio.dispatchLocal(method, request) as Promise<ApiResult<ResponseOf<typeof method>>>;
    const call: Call = async (method, request) => {
      const result = await attempt(method, request);
      if (!result.ok) throw new CliFailure(result.error.message);
      return result.value;
    };
    try {
      if (options.unlock) {
        await call('vault.unlock', { passphrase: await this.passphrase() });
        this.spoken = (await call('settings.get', {})).language;
      }
      return await work(call, attempt);
    } finally {
      await studio.close();
    }
  }
}
