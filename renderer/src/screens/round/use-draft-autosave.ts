import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiResult, ErrorCode } from '../../../../shared/api/errors';
import type { ReplyBlocks } from '../../../../shared/domain/passie';

/** How long typing must pause before the draft is saved: a reload or a crash loses at most this much. */
export const AUTOSAVE_DELAY_MS = 700;

export type SaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; code: ErrorCode };

export interface DraftAutosave {
  status: SaveStatus;
  /** Every change of the reply; cheap enough for each keystroke (no re-render, one timer). */
  change: (blocks: ReplyBlocks) => void;
  /** Saves what is pending now, after any save under way; true when nothing unsaved is left. */
  flush: () => Promise<boolean>;
}

/**
 * Keeps the draft saved in the vault (`reply.saveDraft`): shortly after typing pauses, and at once whenever the
 * screen calls `flush` (blur, hidden window, lock, leaving). Saves run one at a time, in order, so an older version
 * can never overwrite a newer one. A failed save keeps the text pending, and the next change or flush tries again.
 */
export function useDraftAutosave(
  save: (blocks: ReplyBlocks) => Promise<ApiResult<{ updatedAt: string }>>,
  savedAt: string | undefined,
): DraftAutosave {
  const [status, setStatus] = useState<SaveStatus>(() => (savedAt ? { kind: 'saved', at: savedAt } : { kind: 'idle' }));
  const pending = useRef<ReplyBlocks | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  const mounted = useRef(true);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const report = useCallback((next: SaveStatus) => {
    if (mounted.current) setStatus(next);
  }, []);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    for (;;) {
      if (inFlight.current) {
        await inFlight.current;
        continue;
      }
      const blocks = pending.current;
      if (!blocks) return true;
      pending.current = null;
      report({ kind: 'saving' });
      const saving = saveRef.current(blocks).then(
        (result) => {
          if (result.ok) {
            report({ kind: 'saved', at: result.value.updatedAt });
            return true;
          }
          // Newer text typed meanwhile is newer than this; otherwise keep this to try again.
          pending.current ??= blocks;
          report({ kind: 'failed', code: result.error.code });
          return false;
        },
        () => {
          pending.current ??= blocks;
          report({ kind: 'failed', code: 'internal' });
          return false;
        },
      );
      inFlight.current = saving;
      const saved = await saving;
      inFlight.current = null;
      if (!saved) return false;
    }
  }, [report]);

  const change = useCallback(
    (blocks: ReplyBlocks) => {
      pending.current = blocks;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void flush();
      }, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Leaving the screen (another route, a lock) takes the last words along.
      void flush();
    };
  }, [flush]);

  return { status, change, flush };
}
