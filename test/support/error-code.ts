import { StudioError } from '../../shared/api/studio-error';

/** What a call ends in: 'ok', the StudioError's code, or any other error as text (so a test says what it got). */
export function errorCodeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof StudioError ? error.code : String(error)),
  );
}
