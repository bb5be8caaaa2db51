import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/api/contract';
import { createStudio, type Studio, type StudioOptions } from '../../main/api/studio';

export const TEST_PASSPHRASE = 'de zee is vandaag opvallend groen';

/**
 * A real studio on a fresh temp vault, created and unlocked. The KDF is cheaper than a coach's vault (N=2^14)
 * because these tests are about what is stored, not about scrypt; the vault's own tests use the real cost.
 */
/** How the studio is made: by default English surroundings, and the studio keeps to them. */
type StudioChoices = Partial<Pick<StudioOptions, 'now' | 'language' | 'followCoachLanguage'>>;

export class TempStudio {
  private constructor(
    readonly root: string,
    readonly vaultDir: string,
    public studio: Studio,
    private readonly choices: StudioChoices,
  ) {}

  /**
   * `in`: the folder to make the temp folder in (a small tmpfs, say); the system's temp folder otherwise. `existing`:
   * a temp folder that already holds a vault (a copy of one seeded earlier), unlocked instead of created.
   * `language` and `followCoachLanguage`: the surroundings' language and whether the studio speaks the coach's stored
   * one once unlocked, as the desktop app and the CLI do.
   */
  static async open(options: StudioChoices & { in?: string; existing?: string } = {}): Promise<TempStudio> {
    const root = options.existing ?? (await mkdtemp(join(options.in ?? tmpdir(), 'passie-studio-test-')));
    const vaultDir = join(root, 'vault');
    const choices: StudioChoices = {
      now: options.now,
      language: options.language,
      followCoachLanguage: options.followCoachLanguage,
    };
    const temp = new TempStudio(root, vaultDir, TempStudio.build(vaultDir, choices), choices);
    if (options.existing) await temp.call('vault.unlock', { passphrase: TEST_PASSPHRASE });
    else await temp.call('vault.create', { passphrase: TEST_PASSPHRASE });
    return temp;
  }

  private static build(vaultDir: string, choices: StudioChoices): Studio {
    return createStudio({
      vaultDir,
      language: choices.language ?? (() => 'en'),
      now: choices.now,
      followCoachLanguage: choices.followCoachLanguage,
      newKdf: () => ({ name: 'scrypt', N: 2 ** 14, r: 8, p: 1, salt: randomBytes(16).toString('base64') }),
    });
  }

  async call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
    const result = await this.studio.dispatch(method, request);
    if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.code}`), { code: result.error.code });
    return result.value as ResponseOf<M>;
  }

  /** The error code a call fails with, or 'ok'. */
  async codeOf<M extends MethodName>(method: M, request: RequestOf<M>): Promise<string> {
    const result = await this.studio.dispatch(method, request);
    return result.ok ? 'ok' : result.error.code;
  }

  /** The whole result, for tests that read the error sentence. */
  dispatch<M extends MethodName>(method: M, request: RequestOf<M>) {
    return this.studio.dispatch(method, request);
  }

  /** Closes this studio and unlocks a new one on the same vault, as a restart of the app would. */
  async reopen(): Promise<void> {
    await this.whileClosed(async () => undefined);
  }

  /**
   * Runs `change` on the vault's files while no studio has them open (the studio caches what it has decrypted,
   * and warms its search by opening every dossier right after unlock), then unlocks a fresh studio.
   */
  async whileClosed(change: () => Promise<void>): Promise<void> {
    await this.studio.close();
    await change();
    this.studio = TempStudio.build(this.vaultDir, this.choices);
    await this.call('vault.unlock', { passphrase: TEST_PASSPHRASE });
  }

  async dispose(): Promise<void> {
    await this.studio.close();
    await rm(this.root, { recursive: true, force: true });
  }
}
