import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

export interface Needle {
  /** What the bytes are, for messages (never the text itself, so a failure does not copy it into logs). */
  label: string;
  bytes: Buffer;
}

export interface Hit {
  path: string;
  label: string;
}

export interface ScanOptions {
  /** Only files modified at or after this time (ms since the epoch). */
  since?: number;
  /** Folders not to enter (absolute paths). */
  skip?: readonly string[];
  /** Larger files are skipped. */
  maxBytes?: number;
}

export const MAX_SCAN_BYTES = 50 * 1024 * 1024;

/** Needles for a text: its UTF-8 bytes, and those of its decomposed form when that differs (ë as e + U+0308). */
export function needlesFor(label: string, text: string): Needle[] {
  const forms = [...new Set([text.normalize('NFC'), text.normalize('NFD')])];
  return forms.map((form, index) => ({
    label: index === 0 ? label : `${label} (NFD)`,
    bytes: Buffer.from(form, 'utf8'),
  }));
}

/**
 * Searches every byte of every regular file under `dir` for the needles. Symbolic links are not followed;
 * folders and files that cannot be read (other users' private temp folders) are skipped, as are files larger
 * than `maxBytes`. Returns one hit per file and needle found.
 */
export async function scanForNeedles(
  dir: string,
  needles: readonly Needle[],
  options: ScanOptions = {},
): Promise<Hit[]> {
  const maxBytes = options.maxBytes ?? MAX_SCAN_BYTES;
  const skip = (options.skip ?? []).map((path) => resolve(path));
  const hits: Hit[] = [];
  const visit = async (folder: string): Promise<void> => {
    if (skip.some((skipped) => folder === skipped || folder.startsWith(`${skipped}${sep}`))) return;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        // Installed packages are nobody's output during a test run, and there can be hundreds of megabytes of them.
        if (entry.name !== 'node_modules') await visit(path);
        continue;
      }
      if (!entry.isFile()) continue;
      let bytes: Buffer;
      try {
        const info = await lstat(path);
        if (info.size > maxBytes || (options.since !== undefined && info.mtimeMs < options.since)) continue;
        bytes = await readFile(path);
      } catch {
        continue;
      }
      for (const needle of needles) if (bytes.includes(needle.bytes)) hits.push({ path, label: needle.label });
    }
  };
  await visit(resolve(dir));
  return hits;
}
