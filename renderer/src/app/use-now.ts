import { useEffect, useState } from 'react';

/** The response clock speaks in minutes at its finest, so once a minute is often enough to stay true. */
export const CLOCK_TICK_MS = 60_000;

/**
 * The current time, renewed every `intervalMs`: one timer for a whole list, rather than one per row, so the
 * clock's words stay right while the coach keeps the screen open.
 */
export function useNow(intervalMs: number = CLOCK_TICK_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
