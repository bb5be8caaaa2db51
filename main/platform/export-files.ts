import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { StudioError } from '../../shared/api/studio-error';
import { fsyncFolder, writeNewFileDurably } from './atomic-write';

/**
 * Writes exports where the coach asked, and nowhere else: first beside the target as `<target>.tmp-<random>`,
 * then renamed into place, so a target is either the complete new export or untouched, and a failure removes
 * the temp file or folder again. Nothing is written to a temp folder elsewhere. Each temp is recorded (`temps`)
 * before it is made and forgotten once it is gone, so that what a crash leaves is removed later.
 */

const TEMP_SUFFIX = /\.tmp-[0-9a-f]{12}$/;
const tempName = (target: string) => `${target}.tmp-${randomBytes(6).toString('hex')}`;

type ExportedFile = { fileName: string; bytes: Uint8Array };

/** Whether a path has the name an export gives its temp file or folder. */
export const isExportTemp = (path: string): boolean => TEMP_SUFFIX.test(path);

/** Where an export records its temp while it exists (PendingExports, sealed in the vault). */
export interface ExportTemps {
  add(temp: string): Promise<void>;
  remove(temp: string): Promise<void>;
}

function unwritable(error: unknown): StudioError {
  if (error instanceof StudioError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // A full disk is no reason to choose another folder: it says so, and that nothing was saved.
  if (code === 'ENOSPC' || code === 'EDQUOT') return new StudioError('disk_full', { cause: error });
  return new StudioError('export_target_unwritable', { cause: error });
}

/** Runs `write` with its temp recorded in `temps` for as long as the temp may exist. */
async function withRecordedTemp<T>(temps: ExportTemps, temp: string, write: () => Promise<T>): Promise<T> {
  await temps.add(temp);
  try {
    return await write();
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw unwritable(error);
  } finally {
    // Once gone (renamed or removed) the record may go; if forgetting fails, the next sweep finds nothing there.
    await temps.remove(temp).catch(() => undefined);
  }
}

/** Writes one file, replacing what was there. */
export async function writeExportFile(target: string, bytes: Uint8Array, temps: ExportTemps): Promise<string> {
  const path = resolve(target);
  const temp = tempName(path);
  return withRecordedTemp(temps, temp, async () => {
    await writeNewFileDurably(temp, bytes);
    await rename(temp, path);
    await fsyncFolder(dirname(path));
    return path;
  });
}

/** One segment of a file name in an export folder: no separators, no `.` or `..`. */
function isPlainName(segment: string): boolean {
  return (
    segment !== '' && segment !== '.' && segment !== '..' && segment === basename(segment) && !segment.includes('\\')
  );
}

/**
 * Writes a folder of files (names may hold one `/`-separated subfolder or more, as an archive's `attachments/`): built whole as a temp folder beside the target, then renamed to it. A target that
 * exists must be an empty folder (which it then replaces); one with files in it is refused, never merged into.
 */
export async function writeExportFolder(
  target: string,
  files: Iterable<ExportedFile> | AsyncIterable<ExportedFile>,
  temps: ExportTemps,
): Promise<{ path: string; files: string[] }> {
  const path = resolve(target);
  const existing = await readdir(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw unwritable(error);
  });
  if (existing && existing.length > 0) {
    throw new StudioError('export_folder_not_empty', { params: { folder: basename(path) } });
  }
  const temp = tempName(path);
  const written: string[] = [];
  const folders = new Set([temp]);
  return withRecordedTemp(temps, temp, async () => {
    await mkdir(temp, { mode: 0o700 });
    for await (const file of files) {
      const segments = file.fileName.split('/');
      if (!segments.every(isPlainName)) throw new RangeError('a bundle file name is not a plain name');
      const folder = join(temp, ...segments.slice(0, -1));
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true, mode: 0o700 });
        folders.add(folder);
      }
      await writeNewFileDurably(join(temp, ...segments), file.bytes);
      written.push(file.fileName);
    }
    // Deepest first, so each folder's entries are durable before its parent's entry for it.
    for (const folder of [...folders].reverse()) await fsyncFolder(folder);
    if (existing) await rmdir(path);
    await rename(temp, path);
    await fsyncFolder(dirname(path));
    return { path, files: written };
  });
}
