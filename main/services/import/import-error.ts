import type { ErrorCode } from '../../../shared/api/errors';
import type { MessageParams } from '../../../shared/i18n/error-messages';
import { StudioError } from '../../api/studio-error';

/** Why a file could not be imported: always one of the import codes, and the sentence names the file. */
export type ImportErrorCode = Extract<ErrorCode, `import_${string}`>;

export class ImportError extends StudioError {
  constructor(code: ImportErrorCode, params: MessageParams = {}, cause?: unknown) {
    super(code, { params, cause });
    this.name = 'ImportError';
  }
}

/** "1.5 MB": sizes in the messages the coach reads. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
