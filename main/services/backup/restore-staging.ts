import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { isAtomicWriteTemp } from '../../platform/atomic-write';
import { isBackedUpPath } from './backup-manifest';

/**
 * The folder a restore builds the vault in, beside its target: `<into>.restoring-<12 hex>`, renamed to `<into>`
 * once complete. A restore holds a lock in it while it works (`.restoring.lock`, refreshed by proper-lockfile),
 * so a later restore can tell one that a crash abandoned from one still running, and clear the abandoned one.
 */
const STAGING_LOCK = '.restoring.lock';
/** A lock not refreshed for this long, or a staging folder without one this old, belongs to no running restore. */
const STALE_MS = 15_000;

const stagingName = (intoDir: string) => new RegExp(`^${escaped(basename(intoDir))}\\.restoring-[0-9a-f]{12}$`);
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Makes a new staging folder for `intoDir` and locks it; `release` before it is renamed into place. */
export async function holdStagingFolder(intoDir: string): Promise<{ staging: string; release: () => Promise<void> }> {
  const staging = `${intoDir}.restoring-${randomBytes(6).toString('hex')}`;
  await mkdir(staging, { mode: 0o700 });
  const { default: lockfile } = await import('proper-lockfile');
  const release = await lockfile.lock(staging, {
    lockfilePath: join(staging, STAGING_LOCK),
    stale: STALE_MS,
    realpath: false,
    retries: 0,
    // A restore stalled past the stale time may find its folder cleared by another: it then fails on its own.
    onCompromised: () => undefined,
  });
  return { staging, release: () => release().catch(() => undefined) };
}

/**
 * Removes what crashed restores into `intoDir` left beside it: only folders named exactly as holdStagingFolder
 * names them, that no restore holds (no fresh lock, nothing changed in them for a while), and that hold nothing
 * but what a restore writes there — vault files, hidden temp files and locks. Anything else is left alone.
 */
export async function removeAbandonedStaging(intoDir: string): Promise<void> {
  const parent = dirname(intoDir);
  const pattern = stagingName(intoDir);
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names.filter((entry) => pattern.test(entry))) {
    const folder = join(parent, name);
    if (await abandonedStaging(folder)) await rm(folder, { recursive: true, force: true });
  }
}

async function abandonedStaging(folder: string): Promise<boolean> {
  try {
    const found = await lstat(folder);
    if (!found.isDirectory() || Date.now() - found.mtimeMs < STALE_MS) return false;
    const { default: lockfile } = await import('proper-lockfile');
    const held = await lockfile.check(folder, {
      lockfilePath: join(folder, STAGING_LOCK),
      stale: STALE_MS,
      realpath: false,
    });
    if (held) return false;
    const entries = await readdir(folder, { withFileTypes: true, recursive: true });
    return entries.every((entry) => {
      if (entry.isDirectory()) return true;
      if (!entry.isFile()) return false;
      const path = relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/');
      return isAtomicWriteTemp(entry.name) || isBackedUpPath(path);
    });
  } catch {
    return false;
  }
}
