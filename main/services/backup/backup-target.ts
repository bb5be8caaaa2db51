import { mkdir, readdir, realpath } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { StudioError } from '../../../shared/api/studio-error';
import { BACKUP_MANIFEST, readManifest, type BackupManifest } from './backup-manifest';
import { PACKS } from './backup-packs';

/**
 * What a volume or a desktop puts in any folder by itself: a folder holding only these (and hidden files) counts
 * as empty, so the root of a USB stick can be chosen.
 */
const SYSTEM_ENTRIES = new Set(['System Volume Information', '$RECYCLE.BIN', 'Thumbs.db', 'desktop.ini']);

/** Whether `inner` is `outer` or lies inside it. */
function within(outer: string, inner: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

async function real(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

/**
 * A backup inside the vault would be copied into itself on the next run, and a vault inside its own backup folder
 * would be mistaken for stray files: both are refused, by path and again after symbolic links are resolved.
 */
export async function assertApart(vaultDir: string, folder: string): Promise<void> {
  for (const [vault, target] of [
    [resolve(vaultDir), resolve(folder)],
    [await real(vaultDir), await real(folder)],
  ] as const) {
    if (within(vault, target) || within(target, vault)) throw new StudioError('backup_inside_vault');
  }
}

/**
 * Makes sure `folder` may receive a backup of the vault with id `vaultId`, creating it when needed, and returns
 * the manifest of the backup already in it. Refused: a folder holding other files (the coach chose the wrong
 * one; nothing of theirs is ever overwritten or removed), and the backup of another vault (an incremental run
 * would delete its files). A folder with packs but no manifest is a first backup that was interrupted: resumed.
 */
export async function prepareBackupFolder(
  vaultDir: string,
  folder: string,
  vaultId: string | undefined,
): Promise<{ folder: string; previous: BackupManifest | undefined }> {
  const target = resolve(folder);
  await assertApart(vaultDir, target);
  let entries: string[];
  try {
    await mkdir(target, { recursive: true, mode: 0o700 });
    entries = await readdir(target);
  } catch (error) {
    throw new StudioError('backup_unwritable', { cause: error });
  }
  await assertApart(vaultDir, target);

  let previous: BackupManifest | undefined;
  try {
    previous = await readManifest(target);
  } catch (error) {
    // A damaged manifest, or one whose seal was taken off, describes no usable backup: the new one replaces it.
    // A newer format is left alone.
    if (!(error instanceof StudioError && ['backup_damaged', 'backup_manifest_altered'].includes(error.code))) {
      throw error instanceof StudioError ? error : new StudioError('backup_unwritable', { cause: error });
    }
  }
  const foreign = entries.filter(
    (name) => name !== BACKUP_MANIFEST && name !== PACKS && !name.startsWith('.') && !SYSTEM_ENTRIES.has(name),
  );
  if (!previous && !entries.includes(BACKUP_MANIFEST) && foreign.length > 0) {
    throw new StudioError('backup_folder_not_empty', { params: { folder: basename(target) } });
  }
  if (previous?.vaultId && vaultId && previous.vaultId !== vaultId) throw new StudioError('backup_other_vault');
  return { folder: target, previous };
}
