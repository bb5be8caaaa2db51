import { useLayoutEffect, type RefObject } from 'react';

/**
 * Moves the focus to `ref` when a step appears, so keyboard and screen-reader users start reading at its heading
 * instead of at the top of the window (or on a button that no longer exists).
 */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>, enabled = true): void {
  useLayoutEffect(() => {
    if (enabled) ref.current?.focus();
  }, [ref, enabled]);
}
