import type { ManifestSeal } from '../../../shared/domain/backup';
import { StudioError } from '../../../shared/api/studio-error';
import { WrongSecretError } from '../vault/key-wrapping';
import { parseRecoveryKey } from '../vault/recovery-key';
import { SealError, unseal } from '../vault/sealed-file';
import { VaultDescriptorSchema, type VaultDescriptor } from '../vault/vault-descriptor';
import { VAULT_DESCRIPTOR } from '../vault/vault-layout';
import { unwrapDataKey } from '../vault/vault-service';
import type { BackupEntry, BackupManifest } from './backup-manifest';
import type { BackupReader } from './backup-reader';
import { sealHolds } from './manifest-seal';

/**
 * What a passphrase adds to checking a backup: the backed-up vault's key, which checks the manifest's seal and
 * opens every file. Nothing decrypted leaves memory.
 */

/** The backup's vault.json, read and checked like any file; `backup_file_damaged` when the studio cannot read it. */
export async function readBackedUpDescriptor(reader: BackupReader, manifest: BackupManifest): Promise<VaultDescriptor> {
  const entry = manifest.files.find((file) => file.path === VAULT_DESCRIPTOR)!;
  const bytes = await reader.read(entry);
  try {
    return VaultDescriptorSchema.parse(JSON.parse(bytes.toString('utf8')));
  } catch (error) {
    throw new StudioError('backup_file_damaged', { cause: error, params: { file: VAULT_DESCRIPTOR } });
  }
}

/**
 * The data key of a backed-up vault, unwrapped from the backup's own vault.json, else from a newer vault.json of
 * the same vault (a passphrase changed since the backup re-wraps the same key). `secret` is the passphrase or, for
 * a coach who has forgotten it, the recovery key. `wrong_passphrase` (`wrong_recovery_key` for what reads as one)
 * when it opens none of them.
 */
export async function backupDataKey(descriptors: readonly VaultDescriptor[], secret: string): Promise<Buffer> {
  const recoveryKey = parseRecoveryKey(secret);
  try {
    for (const descriptor of descriptors) {
      const key =
        (recoveryKey && (await unwrapped(() => unwrapDataKey(descriptor, { recoveryKey })))) ||
        (await unwrapped(() => unwrapDataKey(descriptor, { passphrase: secret })));
      if (key) return key;
    }
  } finally {
    recoveryKey?.fill(0);
  }
  throw new StudioError(recoveryKey ? 'wrong_recovery_key' : 'wrong_passphrase');
}

async function unwrapped(unwrap: () => Promise<Buffer>): Promise<Buffer | undefined> {
  try {
    return await unwrap();
  } catch (error) {
    if (error instanceof WrongSecretError) return undefined;
    throw error;
  }
}

/**
 * The manifest's seal, checked with the key: `checked` when it holds, `none` for a format that had no seal yet;
 * `backup_manifest_altered` when it does not hold — a file left out, an entry changed, even one byte.
 */
export function requireSeal(manifest: BackupManifest, dataKey: Uint8Array): Exclude<ManifestSeal, 'unchecked'> {
  if (manifest.mac === undefined) return 'none';
  if (!sealHolds(manifest, dataKey)) throw new StudioError('backup_manifest_altered');
  return 'checked';
}

/**
 * Whether sealed bytes open with the data key at their path (AES-GCM: the studio's own, whole, and for this
 * path). The plaintext is dropped at once.
 */
export function opensWithKey(dataKey: Uint8Array, vaultPath: string, sealed: Uint8Array): boolean {
  try {
    unseal(dataKey, vaultPath, sealed);
    return true;
  } catch (error) {
    if (error instanceof SealError) return false;
    throw error;
  }
}

/** A backed-up file that does not open with the key is `backup_file_damaged`, named (vault.json is read apart). */
export function sealedFileOpens(dataKey: Uint8Array, entry: BackupEntry, bytes: Buffer): void {
  if (entry.path === VAULT_DESCRIPTOR || opensWithKey(dataKey, entry.path, bytes)) return;
  throw new StudioError('backup_file_damaged', { params: { file: entry.path } });
}
