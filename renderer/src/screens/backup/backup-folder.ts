import { BackupFolderSchema, type BackupFolderPurpose } from '../../../../shared/domain/backup';

/**
 * The native folder dialog, where the window has one (the desktop app): the main process opens it and keeps the
 * folder, and the page calls backup.create / backup.restore without one. A browser page has no such dialog, so
 * there the coach pastes or types the folder's path. A capability of the window, like `onBeforeClose`; the API
 * stays the same in both.
 */
export function nativeFolderDialog(): ((purpose: BackupFolderPurpose) => Promise<{ chosen: boolean }>) | undefined {
  const choose = window.studioWindow?.chooseFolder;
  return choose ? (purpose) => choose(purpose) : undefined;
}

export type TypedFolder = { ok: true; folder: string } | { ok: false; problem: 'empty' | 'notAbsolute' };

/** A typed path as the API will take it (an absolute path), or what is wrong with it, said before any call. */
export function checkTypedFolder(text: string): TypedFolder {
  const folder = text.trim();
  if (folder === '') return { ok: false, problem: 'empty' };
  return BackupFolderSchema.safeParse(folder).success ? { ok: true, folder } : { ok: false, problem: 'notAbsolute' };
}
