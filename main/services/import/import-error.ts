import type { ErrorCode } from '../../../shared/api/errors';
import type { MessageParams } from '../../../shared/i18n/error-messages';
import { StudioError } from '../../../shared/api/studio-error';

/** Why a file could not be imported: always one of the import codes, and the sentence names the file. */
export type ImportErrorCode = Extract<ErrorCode, `import_${string}`>;

export class ImportError extends StudioError {
  constructor(code: ImportErrorCode, params: MessageParams = {}, cause?: unknown) {
    super(code, { params, cause });
    this.name = 'ImportError';
  }
}
