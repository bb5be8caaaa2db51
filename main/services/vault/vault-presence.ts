import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { VaultState } from '../../../shared/domain/app-status';
import { StudioError } from '../../../shared/api/studio-error';
import { VAULT_DESCRIPTOR } from './vault-layout';

/**
 * Whether a vault exists in `vaultDir`. A missing folder is simply "no vault yet"; a folder that exists but
 * cannot be read (permissions, a file where the folder should be) is an error the coach must hear about.
 */
export async function vaultPresence(vaultDir: string): Promise<Exclude<VaultState, 'unlocked'>> {
  try {
    const folder = await stat(vaultDir);
    if (!folder.isDirectory()) throw new StudioError('vault_unreadable');
  } catch (error) {
    if (isMissing(error)) return 'none';
    if (error instanceof StudioError) throw error;
    throw new StudioError('vault_unreadable', { cause: error });
  }
  try {
    const descriptor = await stat(join(vaultDir, VAULT_DESCRIPTOR));
    return descriptor.isFile() ? 'locked' : 'none';
  } catch (error) {
    if (isMissing(error)) return 'none';
    throw new StudioError('vault_unreadable', { cause: error });
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
