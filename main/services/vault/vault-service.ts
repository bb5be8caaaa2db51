import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import type { VaultState } from '../../../shared/domain/app-status';
import { StudioError } from '../../../shared/api/studio-error';
import { removeAbandonedTempFiles } from '../../platform/atomic-write';
import { acquireInstanceLock } from './instance-lock';
import {
  newScryptParams,
  passphraseKek,
  recoveryKek,
  unwrapKey,
  wrapKey,
  WrongSecretError,
  type ScryptParams,
} from './key-wrapping';
import { formatRecoveryKey, newRecoveryKey, parseRecoveryKey } from './recovery-key';
import { KEY_BYTES } from './sealed-file';
import { UnlockThrottle } from './unlock-throttle';
import { readDescriptor, VAULT_FORMAT, writeDescriptor, type VaultDescriptor } from './vault-descriptor';
import { vaultPresence } from './vault-presence';

export interface VaultPorts {
  vaultDir: string;
  now?: () => number;
  /** Minutes of inactivity before the vault locks itself; 0 or less never. */
  autoLockMinutes?: () => number;
  /** How long a lock file left by a crashed studio is honoured (default 15 s). */
  instanceLockStaleMs?: number;
  /** KDF cost for new vaults; tests of other services may lower it, the vault's own tests never do. */
  newKdf?: () => ScryptParams;
}

const PASSPHRASE = 'passphrase';
const RECOVERY = 'recovery';
export const DEFAULT_AUTO_LOCK_MINUTES = 10;

/**
 * The vault's keys: creates the vault, unlocks it with the passphrase or the recovery key, re-wraps the data key
 * on a passphrase change, and holds the data key in memory only while unlocked (auto-lock drops it when idle).
 */
export class VaultService {
  private dataKey: Buffer | undefined;
  private releaseInstance: (() => Promise<void>) | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly throttle: UnlockThrottle;
  private readonly beforeLock: (() => Promise<void>)[] = [];
  private readonly afterLock: (() => void)[] = [];
  /** Changes on every unlock, so a cache built under one unlock is never served under the next. */
  private sessionId = '';

  constructor(private readonly ports: VaultPorts) {
    this.throttle = new UnlockThrottle(ports.now);
  }

  get vaultDir(): string {
    return this.ports.vaultDir;
  }

  async state(): Promise<VaultState> {
    const presence = await vaultPresence(this.ports.vaultDir);
    return presence === 'locked' && this.dataKey ? 'unlocked' : presence;
  }

  isUnlocked(): boolean {
    return this.dataKey !== undefined;
  }

  get session(): string {
    return this.sessionId;
  }

  /** The data key, for sealing and opening files; `vault_locked` when it is not held. */
  key(): Buffer {
    if (!this.dataKey) throw new StudioError('vault_locked');
    return this.dataKey;
  }

  /** Work to finish while the key is still held (pending saves), and what to forget once it is dropped. */
  onLock(hooks: { before?: () => Promise<void>; after?: () => void }): void {
    if (hooks.before) this.beforeLock.push(hooks.before);
    if (hooks.after) this.afterLock.push(hooks.after);
  }

  async create(passphrase: string): Promise<{ recoveryKey: string }> {
    await assertAcceptable(passphrase);
    if ((await vaultPresence(this.ports.vaultDir)) !== 'none') throw new StudioError('vault_exists');
    await mkdir(this.ports.vaultDir, { recursive: true, mode: 0o700 });
    if ((await readdir(this.ports.vaultDir)).some((name) => !name.startsWith('.') && name !== 'studio.lock')) {
      throw new StudioError('vault_folder_not_empty');
    }
    await this.holdInstance();

    const dataKey = randomBytes(KEY_BYTES);
    const recovery = newRecoveryKey();
    const kdf = this.ports.newKdf?.() ?? newScryptParams();
    const recoverySalt = randomBytes(16).toString('base64');
    const descriptor: VaultDescriptor = {
      format: VAULT_FORMAT,
      kdf,
      wrappedDataKey: {
        passphrase: wrapKey(await passphraseKek(passphrase, kdf), dataKey, PASSPHRASE),
        recovery: { salt: recoverySalt, ...wrapKey(recoveryKek(recovery, recoverySalt), dataKey, RECOVERY) },
      },
    };
    await writeDescriptor(this.ports.vaultDir, descriptor);
    this.hold(dataKey);
    const recoveryKey = formatRecoveryKey(recovery);
    recovery.fill(0);
    return { recoveryKey };
  }

  async unlock(passphrase: string): Promise<void> {
    const { dataKey } = await this.unwrapWithPassphrase(passphrase);
    await this.holdInstance();
    this.hold(dataKey);
  }

  /** Unlocks with the recovery key and sets a new passphrase in one step, as a coach who forgot it needs. */
  async recover(recoveryKeyText: string, newPassphrase: string): Promise<void> {
    this.throttle.check();
    await assertAcceptable(newPassphrase);
    const descriptor = await readDescriptor(this.ports.vaultDir);
    const recovery = parseRecoveryKey(recoveryKeyText);
    let dataKey: Buffer;
    try {
      if (!recovery) throw new WrongSecretError();
      dataKey = await unwrapDataKey(descriptor, { recoveryKey: recovery });
    } catch (error) {
      if (!(error instanceof WrongSecretError)) throw error;
      this.throttle.failed();
      throw new StudioError('wrong_recovery_key');
    } finally {
      recovery?.fill(0);
    }
    this.throttle.succeeded();
    await this.holdInstance();
    await this.rewrapPassphrase(descriptor, dataKey, newPassphrase);
    this.hold(dataKey);
  }

  /** Only while unlocked: a vault that locked itself must be unlocked again first, not re-opened by this. */
  async changePassphrase(current: string, next: string): Promise<void> {
    if (!this.dataKey) throw new StudioError('vault_locked');
    await assertAcceptable(next);
    const { descriptor, dataKey } = await this.unwrapWithPassphrase(current);
    await this.holdInstance();
    await this.rewrapPassphrase(descriptor, dataKey, next);
    this.hold(dataKey);
  }

  /** Drops the data key from memory, after pending saves have been written with it. */
  async lock(): Promise<void> {
    if (!this.dataKey) return;
    for (const hook of this.beforeLock) await hook().catch(() => undefined);
    this.dataKey.fill(0);
    this.dataKey = undefined;
    this.sessionId = '';
    clearTimeout(this.idleTimer);
    for (const hook of this.afterLock) hook();
  }

  /** Any use of the studio postpones the auto-lock. */
  touch(): void {
    if (!this.dataKey) return;
    clearTimeout(this.idleTimer);
    const minutes = this.ports.autoLockMinutes?.() ?? DEFAULT_AUTO_LOCK_MINUTES;
    if (minutes <= 0) return;
    this.idleTimer = setTimeout(() => void this.lock(), minutes * 60_000);
    this.idleTimer.unref();
  }

  /** Locks and lets another studio open this vault. */
  async close(): Promise<void> {
    await this.lock();
    const release = this.releaseInstance;
    this.releaseInstance = undefined;
    await release?.().catch(() => undefined);
  }

  /** The data key behind a passphrase; wrong ones count towards the throttle. */
  private async unwrapWithPassphrase(passphrase: string): Promise<{ descriptor: VaultDescriptor; dataKey: Buffer }> {
    this.throttle.check();
    const descriptor = await readDescriptor(this.ports.vaultDir);
    try {
      const dataKey = await unwrapDataKey(descriptor, { passphrase });
      this.throttle.succeeded();
      return { descriptor, dataKey };
    } catch (error) {
      if (!(error instanceof WrongSecretError)) throw error;
      this.throttle.failed();
      throw new StudioError('wrong_passphrase');
    }
  }

  private async rewrapPassphrase(descriptor: VaultDescriptor, dataKey: Buffer, passphrase: string): Promise<void> {
    const kdf = this.ports.newKdf?.() ?? newScryptParams();
    await writeDescriptor(this.ports.vaultDir, {
      ...descriptor,
      kdf,
      wrappedDataKey: {
        ...descriptor.wrappedDataKey,
        passphrase: wrapKey(await passphraseKek(passphrase, kdf), dataKey, PASSPHRASE),
      },
    });
  }

  private async holdInstance(): Promise<void> {
    if (this.releaseInstance) return;
    this.releaseInstance = await acquireInstanceLock(this.ports.vaultDir, {
      staleMs: this.ports.instanceLockStaleMs,
      onCompromised: () => void this.lock(),
    });
    // Now that no other studio can be writing here, what crashed writes left behind can go.
    await removeAbandonedTempFiles(this.ports.vaultDir);
  }

  private hold(dataKey: Buffer): void {
    if (this.dataKey && this.dataKey !== dataKey) this.dataKey.fill(0);
    this.dataKey = dataKey;
    this.sessionId = randomUUID();
    this.touch();
  }
}

/**
 * The data key `descriptor` wraps, opened with the passphrase or the recovery key; WrongSecretError when the
 * secret does not open it. Also for a vault.json that is not the open vault's: a backup's, to check it.
 */
export async function unwrapDataKey(
  descriptor: VaultDescriptor,
  secret: { passphrase: string } | { recoveryKey: Uint8Array },
): Promise<Buffer> {
  if ('passphrase' in secret) {
    const kek = await passphraseKek(secret.passphrase, descriptor.kdf);
    return unwrapKey(kek, descriptor.wrappedDataKey.passphrase, PASSPHRASE);
  }
  const { salt, ...wrapped } = descriptor.wrappedDataKey.recovery;
  return unwrapKey(recoveryKek(secret.recoveryKey, salt), wrapped, RECOVERY);
}

/** The vault's passphrase rule (shared with the strength meter), as the coach's sentence when it is not met. */
async function assertAcceptable(passphrase: string): Promise<void> {
  // Loaded on use: the dictionaries cost a fifth of a second, and only choosing a passphrase needs them.
  const { assessPassphrase } = await import('../../../shared/domain/passphrase-policy');
  const assessment = assessPassphrase(passphrase);
  if (!assessment.acceptable) {
    throw new StudioError(assessment.weakness === 'too_short' ? 'passphrase_too_short' : 'passphrase_too_weak');
  }
}
