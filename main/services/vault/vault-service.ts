import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import type { VaultState } from '../../../shared/domain/app-status';
import { StudioError } from '../../../shared/api/studio-error';
import { removeAbandonedTempFiles } from '../../platform/atomic-write';
import { acquireInstanceLock } from './instance-lock';
import { INSTANCE_LOCK } from './vault-layout';
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
import { KEY_BYTES, SealError } from './sealed-file';
import { UnlockThrottle } from './unlock-throttle';
import {
  legacyVaultId,
  newVaultId,
  readDescriptor,
  writeDescriptor,
  writeDescriptorAsRead,
  type LegacyVaultDescriptor,
  type VaultDescriptor,
} from './vault-descriptor';
import type { KeyRing } from './sealed-store';
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
/** The purpose under which a rotation's next data key is wrapped by the current one. */
const NEXT_KEY = 'next-data-key';
export const DEFAULT_AUTO_LOCK_MINUTES = 10;

/** The data keys held while unlocked: the one of the vault's key epoch, and the next one while a rotation runs. */
interface HeldKeys {
  epoch: number;
  key: Buffer;
  next?: { epoch: number; key: Buffer };
}

/**
 * The vault's keys: creates the vault, unlocks it with the passphrase or the recovery key, re-wraps the data key
 * on a passphrase change, rotates it on request, and holds the data keys in memory only while unlocked (auto-lock
 * drops them when idle). Key-encryption keys are wiped as soon as they have done their work.
 */
export class VaultService {
  private held: HeldKeys | undefined;
  /** vault.json as the unlock read it (format 1 until the first unlock of such a vault upgrades it). */
  private descriptor: VaultDescriptor | LegacyVaultDescriptor | undefined;
  private releaseInstance: (() => Promise<void>) | undefined;
  private readOnly = false;
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
    return presence === 'locked' && this.held ? 'unlocked' : presence;
  }

  isUnlocked(): boolean {
    return this.held !== undefined;
  }

  get session(): string {
    return this.sessionId;
  }

  /** The data key new files are sealed with; `vault_locked` when it is not held. */
  key(): Buffer {
    const held = this.heldKeys();
    return held.next?.key ?? held.key;
  }

  /** Every data key held, by epoch, for the sealed store. */
  keyRing(): KeyRing {
    const held = this.heldKeys();
    return {
      writeEpoch: held.next?.epoch ?? held.epoch,
      keyOf: (epoch) => {
        if (epoch === held.epoch) return held.key;
        if (held.next && epoch === held.next.epoch) return held.next.key;
        throw new SealError('failed_authentication');
      },
    };
  }

  /** Whether vault.json is still of format 1 (a vault from before the ledger); upgradeDescriptor makes it 2. */
  isLegacy(): boolean {
    return this.descriptor?.format === 1;
  }

  /** Whether a key rotation is under way (started, and not every file re-sealed yet). */
  rotationPending(): boolean {
    return this.heldKeys().next !== undefined;
  }

  /** Whether the recovery key wraps no usable key any more, so the coach must make a new one. */
  recoveryKeyNeeded(): boolean {
    return this.descriptor?.format === 2 && this.descriptor.recoveryKeyNeeded === true;
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
    if ((await readdir(this.ports.vaultDir)).some((name) => !name.startsWith('.') && name !== INSTANCE_LOCK)) {
      throw new StudioError('vault_folder_not_empty');
    }
    await this.holdInstance();

    const dataKey = randomBytes(KEY_BYTES);
    const kdf = this.ports.newKdf?.() ?? newScryptParams();
    const { wrapped, recoveryKey } = await this.wrapNew(dataKey, passphrase, kdf);
    const descriptor: VaultDescriptor = { format: 2, vaultId: newVaultId(), kdf, keyEpoch: 0, wrappedDataKey: wrapped };
    await writeDescriptor(this.ports.vaultDir, descriptor);
    this.hold(descriptor, { epoch: 0, key: dataKey });
    return { recoveryKey };
  }

  async unlock(passphrase: string): Promise<void> {
    const { descriptor, keys } = await this.unwrapWithPassphrase(passphrase);
    await this.holdInstance();
    this.hold(descriptor, keys);
  }

  /** Unlocks with the recovery key and sets a new passphrase in one step, as a coach who forgot it needs. */
  async recover(recoveryKeyText: string, newPassphrase: string): Promise<void> {
    this.throttle.check();
    await assertAcceptable(newPassphrase);
    const descriptor = await readDescriptor(this.ports.vaultDir);
    const recovery = parseRecoveryKey(recoveryKeyText);
    let keys: HeldKeys;
    try {
      if (!recovery) throw new WrongSecretError();
      const { salt, ...wrapped } = descriptor.wrappedDataKey.recovery;
      keys = this.withNext(descriptor, unwrapWithKek(recoveryKek(recovery, salt), wrapped, RECOVERY));
    } catch (error) {
      if (!(error instanceof WrongSecretError)) throw error;
      this.throttle.failed();
      throw new StudioError('wrong_recovery_key');
    } finally {
      recovery?.fill(0);
    }
    this.throttle.succeeded();
    await this.holdInstance();
    this.hold(await this.rewrapPassphrase(descriptor, keys, newPassphrase), keys);
  }

  /** Only while unlocked: a vault that locked itself must be unlocked again first, not re-opened by this. */
  async changePassphrase(current: string, next: string): Promise<void> {
    if (!this.held) throw new StudioError('vault_locked');
    await assertAcceptable(next);
    const { descriptor, keys } = await this.unwrapWithPassphrase(current);
    await this.holdInstance();
    this.hold(await this.rewrapPassphrase(descriptor, keys, next), keys);
  }

  /**
   * Turns a format 1 vault.json into format 2 (its id kept as it was derived before), once the vault's ledger exists:
   * from then on a missing ledger is damage, never a vault from before the ledger.
   */
  async upgradeDescriptor(): Promise<void> {
    const legacy = this.descriptor;
    if (legacy?.format !== 1 || this.readOnly) return;
    const upgraded: VaultDescriptor = {
      format: 2,
      vaultId: legacyVaultId(legacy),
      kdf: legacy.kdf,
      keyEpoch: 0,
      wrappedDataKey: legacy.wrappedDataKey,
    };
    await writeDescriptor(this.ports.vaultDir, upgraded);
    this.descriptor = upgraded;
  }

  /**
   * Starts a key rotation: a new data key (the next epoch) and a new recovery key, written into vault.json beside the
   * current ones; new writes are sealed with the new key from here on. The caller re-seals every older file, then
   * calls finishRotation. Returns the new recovery key, to be shown once.
   */
  async startRotation(passphrase: string): Promise<string> {
    const { descriptor, keys } = await this.unwrapWithPassphrase(passphrase);
    if (descriptor.format !== 2) throw new StudioError('vault_locked');
    if (keys.next) throw new StudioError('vault_rotation_pending');
    const nextKey = randomBytes(KEY_BYTES);
    const kek = await passphraseKek(passphrase, descriptor.kdf);
    const recovery = newRecoveryKey();
    const recoverySalt = randomBytes(16).toString('base64');
    try {
      const rotating: VaultDescriptor = {
        ...descriptor,
        rotation: {
          keyEpoch: descriptor.keyEpoch + 1,
          wrappedDataKey: {
            passphrase: wrapKey(kek, nextKey, PASSPHRASE),
            recovery: { salt: recoverySalt, ...wrapKey(recoveryKek(recovery, recoverySalt), nextKey, RECOVERY) },
          },
          byCurrentKey: wrapKey(keys.key, nextKey, NEXT_KEY),
        },
      };
      await writeDescriptor(this.ports.vaultDir, rotating);
      this.hold(rotating, { ...keys, next: { epoch: descriptor.keyEpoch + 1, key: nextKey } });
      return formatRecoveryKey(recovery);
    } finally {
      kek.fill(0);
      recovery.fill(0);
    }
  }

  /**
   * Ends a rotation once no file is sealed with the old key: vault.json keeps only the new key, and the old one is
   * wiped from memory. `recoveryKeyShown`: false when the rotation was finished after a crash, so the coach never saw
   * its recovery key and must make a new one.
   */
  async finishRotation(recoveryKeyShown: boolean): Promise<void> {
    const held = this.heldKeys();
    const descriptor = this.descriptor;
    if (!held.next || descriptor?.format !== 2 || !descriptor.rotation) return;
    const { rotation, ...rest } = descriptor;
    const finished: VaultDescriptor = {
      ...withoutRecoveryKeyNeeded(rest),
      keyEpoch: rotation.keyEpoch,
      wrappedDataKey: rotation.wrappedDataKey,
      ...(recoveryKeyShown ? {} : { recoveryKeyNeeded: true as const }),
    };
    await writeDescriptor(this.ports.vaultDir, finished);
    held.key.fill(0);
    this.held = { epoch: held.next.epoch, key: held.next.key };
    this.descriptor = finished;
  }

  /** A new recovery key for the data key (the old one stops working); refused while a rotation is under way. */
  async newRecoveryKey(passphrase: string): Promise<string> {
    const { descriptor, keys } = await this.unwrapWithPassphrase(passphrase);
    if (descriptor.format !== 2) throw new StudioError('vault_locked');
    if (keys.next) throw new StudioError('vault_rotation_pending');
    const recovery = newRecoveryKey();
    const salt = randomBytes(16).toString('base64');
    try {
      const renewed: VaultDescriptor = {
        ...withoutRecoveryKeyNeeded(descriptor),
        wrappedDataKey: {
          ...descriptor.wrappedDataKey,
          recovery: { salt, ...wrapKey(recoveryKek(recovery, salt), keys.key, RECOVERY) },
        },
      };
      await writeDescriptor(this.ports.vaultDir, renewed);
      this.descriptor = renewed;
      return formatRecoveryKey(recovery);
    } finally {
      recovery.fill(0);
    }
  }

  /** Drops the data keys from memory, after pending saves have been written with them. */
  async lock(): Promise<void> {
    if (!this.held) return;
    for (const hook of this.beforeLock) await hook().catch(() => undefined);
    this.held.key.fill(0);
    this.held.next?.key.fill(0);
    this.held = undefined;
    this.descriptor = undefined;
    this.sessionId = '';
    clearTimeout(this.idleTimer);
    for (const hook of this.afterLock) hook();
  }

  /** Any use of the studio postpones the auto-lock. */
  touch(): void {
    if (!this.held) return;
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
    this.readOnly = false;
    await release?.().catch(() => undefined);
  }

  private heldKeys(): HeldKeys {
    if (!this.held) throw new StudioError('vault_locked');
    return this.held;
  }

  /** The data keys behind a passphrase; wrong ones count towards the throttle. */
  private async unwrapWithPassphrase(
    passphrase: string,
  ): Promise<{ descriptor: VaultDescriptor | LegacyVaultDescriptor; keys: HeldKeys }> {
    this.throttle.check();
    const descriptor = await readDescriptor(this.ports.vaultDir);
    try {
      const kek = await passphraseKek(passphrase, descriptor.kdf);
      const keys = this.withNext(descriptor, unwrapWithKek(kek, descriptor.wrappedDataKey.passphrase, PASSPHRASE));
      this.throttle.succeeded();
      return { descriptor, keys };
    } catch (error) {
      if (!(error instanceof WrongSecretError)) throw error;
      this.throttle.failed();
      throw new StudioError('wrong_passphrase');
    }
  }

  /** The current data key with, while a rotation is under way, the next one it wraps. */
  private withNext(descriptor: VaultDescriptor | LegacyVaultDescriptor, key: Buffer): HeldKeys {
    if (descriptor.format === 1) return { epoch: 0, key };
    const keys: HeldKeys = { epoch: descriptor.keyEpoch, key };
    if (descriptor.rotation) {
      try {
        keys.next = {
          epoch: descriptor.rotation.keyEpoch,
          key: unwrapKey(key, descriptor.rotation.byCurrentKey, NEXT_KEY),
        };
      } catch {
        // The passphrase opened the current key, so this wrap is what is damaged: vault.json itself.
        throw new StudioError('vault_descriptor_damaged');
      }
    }
    return keys;
  }

  /** vault.json with the passphrase's wraps made anew for every key held (the next one too, during a rotation). */
  private async rewrapPassphrase(
    descriptor: VaultDescriptor | LegacyVaultDescriptor,
    keys: HeldKeys,
    passphrase: string,
  ): Promise<VaultDescriptor | LegacyVaultDescriptor> {
    const kdf = this.ports.newKdf?.() ?? newScryptParams();
    const kek = await passphraseKek(passphrase, kdf);
    try {
      const passphraseWrap = (key: Buffer) => wrapKey(kek, key, PASSPHRASE);
      const rewrapped =
        descriptor.format === 1
          ? {
              ...descriptor,
              kdf,
              wrappedDataKey: { ...descriptor.wrappedDataKey, passphrase: passphraseWrap(keys.key) },
            }
          : {
              ...descriptor,
              kdf,
              wrappedDataKey: { ...descriptor.wrappedDataKey, passphrase: passphraseWrap(keys.key) },
              ...(descriptor.rotation && keys.next
                ? {
                    rotation: {
                      ...descriptor.rotation,
                      wrappedDataKey: {
                        ...descriptor.rotation.wrappedDataKey,
                        passphrase: passphraseWrap(keys.next.key),
                      },
                    },
                  }
                : {}),
            };
      if (rewrapped.format === 2) await writeDescriptor(this.ports.vaultDir, rewrapped);
      else await writeDescriptorAsRead(this.ports.vaultDir, rewrapped);
      return rewrapped;
    } finally {
      kek.fill(0);
    }
  }

  /** A new data key's wraps: by the passphrase and by a new recovery key (returned once, as text). */
  private async wrapNew(
    dataKey: Buffer,
    passphrase: string,
    kdf: ScryptParams,
  ): Promise<{ wrapped: VaultDescriptor['wrappedDataKey']; recoveryKey: string }> {
    const recovery = newRecoveryKey();
    const recoverySalt = randomBytes(16).toString('base64');
    const kek = await passphraseKek(passphrase, kdf);
    try {
      return {
        wrapped: {
          passphrase: wrapKey(kek, dataKey, PASSPHRASE),
          recovery: { salt: recoverySalt, ...wrapKey(recoveryKek(recovery, recoverySalt), dataKey, RECOVERY) },
        },
        recoveryKey: formatRecoveryKey(recovery),
      };
    } finally {
      kek.fill(0);
      recovery.fill(0);
    }
  }

  private async holdInstance(): Promise<void> {
    if (this.releaseInstance || this.readOnly) return;
    try {
      this.releaseInstance = await acquireInstanceLock(this.ports.vaultDir, {
        staleMs: this.ports.instanceLockStaleMs,
        onCompromised: () => void this.lock(),
      });
    } catch (error) {
      if (!(error instanceof StudioError && error.code === 'vault_read_only')) throw error;
      // Opened to look only: every write is refused with that sentence (see SealedStore).
      this.readOnly = true;
      return;
    }
    // Now that no other studio can be writing here, what crashed writes left behind can go.
    await removeAbandonedTempFiles(this.ports.vaultDir);
  }

  /** Whether the vault was opened where the studio may not write: it can be read, never changed. */
  isReadOnly(): boolean {
    return this.readOnly;
  }

  private hold(descriptor: VaultDescriptor | LegacyVaultDescriptor, keys: HeldKeys): void {
    const previous = this.held;
    for (const old of [previous?.key, previous?.next?.key]) {
      if (old && old !== keys.key && old !== keys.next?.key) old.fill(0);
    }
    this.held = keys;
    this.descriptor = descriptor;
    this.sessionId = randomUUID();
    this.touch();
  }
}

/** Unwraps with a key-encryption key and wipes it, whatever the outcome. */
function unwrapWithKek(kek: Buffer, wrapped: Parameters<typeof unwrapKey>[1], purpose: string): Buffer {
  try {
    return unwrapKey(kek, wrapped, purpose);
  } finally {
    kek.fill(0);
  }
}

/**
 * The data key that seals new files (the next one while a rotation is under way) behind `descriptor`, opened with
 * the passphrase or the recovery key; WrongSecretError when the secret does not open it. Also for a vault.json that
 * is not the open vault's: a backup's, to check its manifest's seal.
 */
export async function unwrapDataKey(
  descriptor: VaultDescriptor | LegacyVaultDescriptor,
  secret: { passphrase: string } | { recoveryKey: Uint8Array },
): Promise<Buffer> {
  const current =
    'passphrase' in secret
      ? unwrapWithKek(
          await passphraseKek(secret.passphrase, descriptor.kdf),
          descriptor.wrappedDataKey.passphrase,
          PASSPHRASE,
        )
      : unwrapWithKek(
          recoveryKek(secret.recoveryKey, descriptor.wrappedDataKey.recovery.salt),
          descriptor.wrappedDataKey.recovery,
          RECOVERY,
        );
  if (descriptor.format === 1 || !descriptor.rotation) return current;
  try {
    return unwrapKey(current, descriptor.rotation.byCurrentKey, NEXT_KEY);
  } finally {
    current.fill(0);
  }
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

/** A descriptor as it is once the coach has a recovery key that works again. */
function withoutRecoveryKeyNeeded<T extends { recoveryKeyNeeded?: true }>(descriptor: T): Omit<T, 'recoveryKeyNeeded'> {
  const copy = { ...descriptor };
  delete copy.recoveryKeyNeeded;
  return copy;
}
