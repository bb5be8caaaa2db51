import type { ErrorCode } from './errors';
import type { MessageParams } from '../i18n/error-messages';

/** A failure a service expects and can explain to the coach; the dispatcher turns it into `{ code, message }`. */
export class StudioError extends Error {
  constructor(
    readonly code: ErrorCode,
    options?: { cause?: unknown; params?: MessageParams },
  ) {
    super(code, options);
    this.name = 'StudioError';
    this.params = options?.params;
  }

  /** Values for the sentence's placeholders, such as the title of the traject whose dossier is damaged. */
  readonly params: MessageParams | undefined;
}
