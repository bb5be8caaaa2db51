import { useEffect, useRef } from 'react';

/** Ctrl+L or ⌘L, without Alt or Shift, whatever has the focus. */
export function isLockShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>) {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l';
}

/** While mounted, Ctrl+L / ⌘L calls `onLock` (and not the browser's own "go to the address bar"). */
export function useLockShortcut(onLock: () => void): void {
  const latest = useRef(onLock);
  useEffect(() => {
    latest.current = onLock;
  }, [onLock]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || !isLockShortcut(event)) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
