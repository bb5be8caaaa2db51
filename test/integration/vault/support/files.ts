import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Every regular file under `dir`, as paths relative to it with forward slashes. Symbolic links are not followed
 * and folders that cannot be read are skipped (a shared temp folder holds other users' private folders).
 */
export async function listFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile()) found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  const top = await lstat(dir);
  if (top.isDirectory()) await visit(dir);
  return found.sort();
}
