import { useCallback, useState } from 'react';
import type { ApiResult, ErrorCode } from '../../../../shared/api/errors';

export type SectionStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'invalid' } | { kind: 'failed'; code: ErrorCode };

export interface SectionSave<T> {
  status: SectionStatus;
  /** Whether a save was tried: from then on field problems are shown as the coach types. */
  tried: boolean;
  /** Runs `request` unless `valid` is false (then says so); reports the outcome. */
  save: (valid: boolean, request: () => Promise<ApiResult<T>>) => Promise<T | undefined>;
  /** After an edit: a "saved" from before no longer describes what is on screen. */
  edited: () => void;
}

/** The save button's life in one settings card: validation first, then the studio, then a clear outcome. */
export function useSectionSave<T>(): SectionSave<T> {
  const [status, setStatus] = useState<SectionStatus>({ kind: 'idle' });
  const [tried, setTried] = useState(false);

  const save = useCallback(async (valid: boolean, request: () => Promise<ApiResult<T>>) => {
    setTried(true);
    if (!valid) {
      setStatus({ kind: 'invalid' });
      return undefined;
    }
    setStatus({ kind: 'saving' });
    const result = await request();
    if (!result.ok) {
      setStatus({ kind: 'failed', code: result.error.code });
      return undefined;
    }
    setTried(false);
    setStatus({ kind: 'saved' });
    return result.value;
  }, []);

  const edited = useCallback(() => {
    setStatus((current) => (current.kind === 'saved' ? { kind: 'idle' } : current));
  }, []);

  return { status, tried, save, edited };
}
