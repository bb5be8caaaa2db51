import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { StudioError } from '../../../shared/api/studio-error';
import { INSTANCE_LOCK } from './vault-layout';

/**
 * One running studio per vault. proper-lockfile refreshes the lock's mtime while we live, so a lock left by a
 * crashed studio goes stale after `staleMs` and the next studio takes it over.
 */
export async function acquireInstanceLock(
  vaultDir: string,
  options: { staleMs?: number; onCompromised?: () => void } = {},
): Promise<() => Promise<void>> {
  await mkdir(vaultDir, { recursive: true, mode: 0o700 });
  // Loaded when a vault is opened, not for a command that only looks (status).
  const { default: lockfile } = await import('proper-lockfile');
  try {
    return await lockfile.lock(vaultDir, {
      lockfilePath: join(vaultDir, INSTANCE_LOCK),
      stale: options.staleMs ?? 15_000,
      realpath: false,
      retries: 0,
      onCompromised: () => options.onCompromised?.(),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new StudioError('vault_in_use');
    throw new StudioError('vault_unreadable', { cause: error });
  }
}
