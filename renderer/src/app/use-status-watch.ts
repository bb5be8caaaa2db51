import { useEffect, useRef } from 'react';
import type { StudioApi } from '../../../shared/api/studio-api';
import type { AppStatus } from '../../../shared/domain/app-status';

/** How often an unlocked screen asks whether the vault is still unlocked (`app.status` is not activity). */
export const STATUS_POLL_MS = 30_000;

/**
 * While mounted, asks `app.status` at once (it brings the vault's health, which the unlock found), then every 30 s,
 * and whenever the window comes back into view, so a screen left alone notices that the vault locked itself without
 * waiting for the coach to click something.
 */
export function useStatusWatch(studio: StudioApi, onStatus: (status: AppStatus) => void): void {
  // The latest listener, read when a check answers: a re-render must not restart the 30 s clock.
  const listener = useRef(onStatus);
  useEffect(() => {
    listener.current = onStatus;
  }, [onStatus]);
  useEffect(() => {
    let live = true;
    const check = () => {
      void studio.app
        .status({})
        .catch(() => undefined)
        .then((result) => {
          // A failed check (a host that is gone for a moment) says nothing about the lock; the next one will.
          if (live && result?.ok) listener.current(result.value);
        });
    };
    const checkWhenVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    check();
    const timer = setInterval(check, STATUS_POLL_MS);
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', checkWhenVisible);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', checkWhenVisible);
    };
  }, [studio]);
}
