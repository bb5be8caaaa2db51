import { base64 } from '@scure/base';
import type { ApiError } from '../../../../shared/api/errors';
import { apiError } from '../../../../shared/i18n/error-messages';
import { type Language } from '../../../../shared/i18n/language';
import { formatSize, IMPORT_LIMITS } from '../../../../shared/domain/import-limits';

export interface ImportFile {
  name: string;
  base64: string;
}

/** What one `import.preview` call may carry: the contract's 20 files, and well under the host's 72 MB body. */
const MAX_FILES_PER_CALL = 20;
const MAX_BASE64_PER_CALL = 60 * 1024 * 1024;

/** What the coach gave, ready to send, or refused here already (a file over the limit is never even read). */
export async function readImportFiles(
  files: readonly File[],
  language: Language,
): Promise<({ ok: true; file: ImportFile } | { ok: false; fileName: string; error: ApiError })[]> {
  return Promise.all(
    files.map(async (file) => {
      const name = file.name.trim() || 'bestand';
      if (file.size > IMPORT_LIMITS.maxFileBytes) {
        const params = { file: name, size: formatSize(file.size), max: formatSize(IMPORT_LIMITS.maxFileBytes) };
        return { ok: false as const, fileName: name, error: apiError('import_too_large', language, params) };
      }
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        return { ok: true as const, file: { name, base64: base64.encode(bytes) } };
      } catch {
        // A file moved or deleted between the drop and the read.
        return { ok: false as const, fileName: name, error: apiError('import_unreadable', language, { file: name }) };
      }
    }),
  );
}

/** Pasted text or HTML as a file for the same preview: the studio sanitises it like any imported HTML. */
export function pastedFile(data: Pick<DataTransfer, 'getData'>, names: { html: string; text: string }) {
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  const [name, content] = html.trim() ? [names.html, html] : [names.text, text];
  if (!content.trim()) return undefined;
  return { name, base64: base64.encode(new TextEncoder().encode(content)) } satisfies ImportFile;
}

/** The files in calls the host accepts, in the order given. */
export function batches(files: readonly ImportFile[]): ImportFile[][] {
  const calls: ImportFile[][] = [];
  let current: ImportFile[] = [];
  let size = 0;
  for (const file of files) {
    if (
      current.length > 0 &&
      (current.length >= MAX_FILES_PER_CALL || size + file.base64.length > MAX_BASE64_PER_CALL)
    ) {
      calls.push(current);
      current = [];
      size = 0;
    }
    current.push(file);
    size += file.base64.length;
  }
  if (current.length > 0) calls.push(current);
  return calls;
}
