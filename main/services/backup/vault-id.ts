import { createHash } from 'node:crypto';
import { StudioError } from '../../../shared/api/studio-error';
import { readDescriptor, VaultDescriptorSchema, type VaultDescriptor } from '../vault/vault-descriptor';

/**
 * A vault's id, for telling its backups apart from another vault's. vault.json names no id, so it is derived from
 * what never changes in a vault's life: the data key as wrapped by the recovery key (a passphrase change or a
 * recovery re-wraps only the passphrase's copy). A hash of bytes that are in clear in vault.json anyway: it
 * reveals nothing, and two vaults never share it.
 */
export function vaultIdOf(descriptor: VaultDescriptor): string {
  const { salt, ciphertext } = descriptor.wrappedDataKey.recovery;
  return createHash('sha256').update(`passie-studio/vault-id/${salt}/${ciphertext}`).digest('hex').slice(0, 32);
}

/** The id in vault.json's bytes, or undefined when they are not a vault.json this studio understands. */
export function vaultIdFromBytes(bytes: Buffer): string | undefined {
  try {
    const parsed = VaultDescriptorSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? vaultIdOf(parsed.data) : undefined;
  } catch {
    return undefined;
  }
}

/** The descriptor and id of the vault in `vaultDir`; undefined when there is none or it cannot be read. */
export async function readVaultIdentity(
  vaultDir: string,
): Promise<{ descriptor: VaultDescriptor; vaultId: string } | undefined> {
  try {
    const descriptor = await readDescriptor(vaultDir);
    return { descriptor, vaultId: vaultIdOf(descriptor) };
  } catch (error) {
    if (error instanceof StudioError) return undefined;
    throw error;
  }
}
