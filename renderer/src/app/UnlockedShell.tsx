import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { AppStatus } from '../../../shared/domain/app-status';
import { AppFrame } from '../components/AppFrame';
import { LockButton } from '../components/LockButton';
import { useStudio } from './studio-context';
import { useKeepAlive } from './use-keep-alive';
import { useLockShortcut } from './use-lock-shortcut';
import { useStatusWatch } from './use-status-watch';

interface UnlockedShellProps {
  version: string | undefined;
  /** Every status the watch hears; the session decides whether it means the vault locked itself. */
  onStatus: (status: AppStatus) => void;
  /** The coach locked the vault (button or shortcut) and the studio has dropped the key. */
  onLocked: () => void;
  children: ReactNode;
}

/**
 * The frame of every unlocked screen: the lock button in the header and its shortcut, the watch that notices an
 * auto-lock, and the keep-alive that tells the studio the coach is still at work.
 */
export function UnlockedShell({ version, onStatus, onLocked, children }: UnlockedShellProps) {
  const studio = useStudio();
  const [locking, setLocking] = useState(false);
  const lockingNow = useRef(false);

  useStatusWatch(studio, onStatus);
  useKeepAlive(studio);

  const lock = useCallback(() => {
    if (lockingNow.current) return;
    lockingNow.current = true;
    setLocking(true);
    // Whatever the answer, the screen is hidden: that is what the coach asked for when walking away.
    void studio.vault
      .lock({})
      .catch(() => undefined)
      .then(() => onLocked());
  }, [studio, onLocked]);
  useLockShortcut(lock);

  return (
    <AppFrame version={version} actions={<LockButton onLock={lock} busy={locking} />}>
      {children}
    </AppFrame>
  );
}
