import { useEffect, useState } from 'react';

/**
 * True once `active` has stayed true for `delayMs`. Keeps a loading message from flashing (on screen and in
 * screen readers) when the answer comes quickly, which it nearly always does.
 */
export function useDelayedFlag(active: boolean, delayMs: number): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setTimeout(() => setElapsed(true), delayMs);
    return () => {
      clearTimeout(timer);
      setElapsed(false);
    };
  }, [active, delayMs]);
  return active && elapsed;
}
