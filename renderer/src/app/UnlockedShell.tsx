import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { AppStatus } from '../../../shared/domain/app-status';
import { themeOf, type Settings } from '../../../shared/domain/settings';
import { showTheme } from './theme';
import { AppFrame } from '../components/AppFrame';
import { CoachLanguageProvider, useFollowStoredLanguage } from '../i18n/coach-language';
import { LockButton } from '../components/LockButton';
import { BeforeLockProvider, runBeforeLock, type BeforeLockTask } from './before-lock';
import { VaultHealthBanner } from './health/VaultHealthBanner';
import { VaultHealthProvider, useVaultHealthState } from './health/vault-health';
import { HeaderNav } from './nav/HeaderNav';
import { forgetSearchQuery } from './search-query';
import { useStudio } from './studio-context';
import { useKeepAlive } from './use-keep-alive';
import { useLockShortcut } from './use-lock-shortcut';
import { useReminders } from './reminders/use-reminders';
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
 * The frame of every unlocked screen: the navigation and the lock button in the header (and the lock's shortcut),
 * the watch that notices an auto-lock and hears the vault's health (shown above every screen while something is
 * wrong), the keep-alive that tells the studio the coach is still at work, and the reminders of the response clock.
 */
export function UnlockedShell({ version, onStatus, onLocked, children }: UnlockedShellProps) {
  const studio = useStudio();
  const [locking, setLocking] = useState(false);
  const lockingNow = useRef(false);
  const [beforeLock] = useState(() => new Set<BeforeLockTask>());

  const health = useVaultHealthState(studio, onStatus);
  useStatusWatch(studio, health.hear);
  const followLanguage = useFollowStoredLanguage();
  useKeepAlive(
    studio,
    useCallback(
      (settings: Settings) => {
        followLanguage(settings);
        showTheme(themeOf(settings));
      },
      [followLanguage],
    ),
  );
  useReminders(studio);

  const lock = useCallback(() => {
    if (lockingNow.current) return;
    lockingNow.current = true;
    setLocking(true);
    // Screens first finish what must not be lost (a draft's last words); then, whatever the answer, the screen is
    // hidden: that is what the coach asked for when walking away.
    void runBeforeLock(beforeLock)
      .then(() => studio.vault.lock({}))
      .catch(() => undefined)
      .then(() => onLocked());
  }, [studio, onLocked, beforeLock]);
  useLockShortcut(lock);
  // Closing the Electron window waits for the same tasks as locking (the browser host saves on pagehide).
  useEffect(() => window.studioWindow?.onBeforeClose(() => runBeforeLock(beforeLock)), [beforeLock]);
  // A locked studio shows no client's words, and after the unlock the search starts afresh.
  useEffect(() => forgetSearchQuery, []);

  return (
    <CoachLanguageProvider>
      <AppFrame version={version} nav={<HeaderNav />} actions={<LockButton onLock={lock} busy={locking} />}>
        <VaultHealthProvider state={health}>
          <VaultHealthBanner />
          <BeforeLockProvider tasks={beforeLock}>{children}</BeforeLockProvider>
        </VaultHealthProvider>
      </AppFrame>
    </CoachLanguageProvider>
  );
}
