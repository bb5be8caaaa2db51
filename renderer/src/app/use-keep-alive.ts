import { useEffect } from 'react';
import type { StudioApi } from '../../../shared/api/studio-api';
import type { Settings } from '../../../shared/domain/settings';

/** The coach's own activity reaches the studio at most this often. */
export const KEEP_ALIVE_MAX_INTERVAL_MS = 60_000;

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * A quarter of the auto-lock time, and never more than a minute: with the shortest auto-lock (1 minute) a coach who
 * keeps working still reaches the studio well before it would lock.
 */
export function keepAliveInterval(autoLockMinutes: number): number {
  return Math.min(KEEP_ALIVE_MAX_INTERVAL_MS, (autoLockMinutes * 60_000) / 4);
}

/**
 * Typing and clicking happen in the renderer, out of the studio's sight; while mounted, they are passed on as a
 * cheap `settings.get` (which the studio counts as activity), at most once per interval. The first answer, read
 * just after the unlock, goes to `onFirstSettings` too (the screens follow the coach's stored language with it).
 */
export function useKeepAlive(studio: StudioApi, onFirstSettings?: (settings: Settings) => void): void {
  useEffect(() => {
    let interval = KEEP_ALIVE_MAX_INTERVAL_MS;
    // Mounting follows an unlock or another call, which the studio counted already.
    let lastSent = Date.now();
    let first = true;

    const send = () => {
      lastSent = Date.now();
      void studio.settings.get({}).then((result) => {
        if (!result.ok) return;
        interval = keepAliveInterval(result.value.autoLockMinutes);
        if (first) onFirstSettings?.(result.value);
        first = false;
      });
    };
    const onActivity = () => {
      if (Date.now() - lastSent >= interval) send();
    };

    // Learn the auto-lock time once; with the shortest one the first minute would otherwise be too long.
    send();
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [studio, onFirstSettings]);
}
