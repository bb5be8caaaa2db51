import { StudioError } from '../../../shared/api/studio-error';
import {
  legacyVaultId,
  parseDescriptor,
  readDescriptor,
  type LegacyVaultDescriptor,
  type VaultDescriptor,
} from '../vault/vault-descriptor';

/**
 * A vault's id, for telling its backups apart from another vault's: vault.json's own (format 2), or for a vault from
 * before it the id derived from what never changed in its life, the data key as wrapped by the recovery key. It
 * reveals nothing, and two vaults never share it.
 */
export function vaultIdOf(descriptor: VaultDescriptor | LegacyVaultDescriptor): string {
  return descriptor.format === 2 ? descriptor.vaultId : legacyVaultId(descriptor);
}

/** The id in vault.json's bytes, or undefined when they are not a vault.json this studio understands. */
export function vaultIdFromBytes(bytes: Buffer): string | undefined {
  try {
    return vaultIdOf(parseDescriptor(bytes));
  } catch {
    return undefined;
  }
}

/** The descriptor and id of the vault in `vaultDir`; undefined when there is none or it cannot be read. */
export async function readVaultIdentity(
  vaultDir: string,
): Promise<{ descriptor: VaultDescriptor | LegacyVaultDescriptor; vaultId: string } | undefined> {
  try {
    const descriptor = await readDescriptor(vaultDir);
    return { descriptor, vaultId: vaultIdOf(descriptor) };
  } catch (error) {
    if (error instanceof StudioError) return undefined;
    throw error;
  }
}
