import { hostname } from 'node:os';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StudioError } from '../../../shared/api/studio-error';
import { INSTANCE_LOCK } from './vault-layout';

/**
 * Beside the lock folder (proper-lockfile removes the folder with rmdir, so nothing may be put inside it): which
 * process on which computer holds the lock, so a dead holder is known at once.
 */
const ownerFile = (lockPath: string) => join(dirname(lockPath), `.${basename(lockPath)}.owner`);

/**
 * One running studio per vault. proper-lockfile refreshes the lock's mtime while we live, so a lock left by a
 * crashed studio goes stale after `staleMs` and the next studio takes it over; and the holder writes its process id
 * into the lock, so a lock whose holder on this computer has died is taken over at once rather than after `staleMs`.
 */
export async function acquireInstanceLock(
  vaultDir: string,
  options: { staleMs?: number; onCompromised?: () => void } = {},
): Promise<() => Promise<void>> {
  await mkdir(vaultDir, { recursive: true, mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EROFS' && error.code !== 'EACCES') throw error;
  });
  // Loaded when a vault is opened, not for a command that only looks (status).
  const { default: lockfile } = await import('proper-lockfile');
  const lockPath = join(vaultDir, INSTANCE_LOCK);
  const take = () =>
    // Locked by the lock's own path, not the folder's: proper-lockfile keeps one lock per path in a process, and a
    // restore holds its staging folder (the vault opened there) by another lock file in the same folder.
    lockfile.lock(lockPath, {
      lockfilePath: lockPath,
      stale: options.staleMs ?? 15_000,
      realpath: false,
      retries: 0,
      onCompromised: () => options.onCompromised?.(),
    });
  try {
    let release: () => Promise<void>;
    try {
      release = await take();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED' || !(await holderIsGone(lockPath))) throw error;
      await rm(lockPath, { recursive: true, force: true });
      release = await take();
    }
    await writeFile(ownerFile(lockPath), JSON.stringify({ pid: process.pid, host: hostname() })).catch(() => undefined);
    return async () => {
      await rm(ownerFile(lockPath), { force: true });
      await release();
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') throw new StudioError('vault_in_use');
    // A vault on a read-only disk or folder can still be read (and verified), by any number of studios.
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
      throw new StudioError('vault_read_only', { cause: error });
    }
    throw new StudioError('vault_unreadable', { cause: error });
  }
}

/** Whether the lock's holder was a process on this computer that no longer runs. */
async function holderIsGone(lockPath: string): Promise<boolean> {
  let owner: { pid?: unknown; host?: unknown };
  try {
    owner = JSON.parse(await readFile(ownerFile(lockPath), 'utf8')) as typeof owner;
  } catch {
    return false;
  }
  if (owner.host !== hostname() || typeof owner.pid !== 'number' || !Number.isInteger(owner.pid)) return false;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
