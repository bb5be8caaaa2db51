import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudioApi } from '../../../../shared/api/studio-api';
import { checkReminders, dueToday, reminderNotice } from '../../../../shared/domain/reminders';
import { localStorageOrNone } from '../browser-storage';
import { useDateFormat } from '../format-date';
import { navigate, paths } from '../router';
import { platformNotifier, type Notifier } from './notifier';
import { readTold, saveTold } from './reminder-memory';
import { reminderNotification } from './reminder-text';

/** The response clock counts in minutes at its finest, so a check a minute is soon enough. */
export const REMINDER_CHECK_MS = 60_000;

export interface RemindersOptions {
  /** Where notifications appear; the platform's own by default. */
  notifier?: Notifier;
  storage?: Storage;
  /** For "due today"; the computer's own by default. */
  timeZone?: string;
}

/** The window's title: the count of replies due today in front of the studio's name, as mail programs do. */
export function titleWithCount(name: string, count: number): string {
  return count > 0 ? `(${count}) ${name}` : name;
}

/**
 * While the vault is unlocked: every minute, when the window comes back into view and after every navigation (which
 * follows most changes to the dossiers), asks `app.reminders` (passive: it does not keep the vault unlocked), shows
 * a notification for rounds that entered their last hours or became overdue, and puts the count of replies due
 * today in the window's title. The title goes back to the plain name when the vault locks (this unmounts).
 */
export function useReminders(studio: StudioApi, options: RemindersOptions = {}): void {
  const { t } = useTranslation();
  const format = useDateFormat();
  const name = t('app.name');
  const { notifier: givenNotifier, storage: givenStorage, timeZone: givenTimeZone } = options;
  const notifier = useMemo(() => givenNotifier ?? platformNotifier(), [givenNotifier]);
  // The words of the latest render, read when a check answers: a language switch must not restart the clock.
  const words = useRef({ t, format, name });
  useEffect(() => {
    words.current = { t, format, name };
  }, [t, format, name]);

  useEffect(() => {
    let live = true;
    const storage = givenStorage ?? localStorageOrNone();
    const timeZone = givenTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const check = async () => {
      const result = await studio.app.reminders({}).catch(() => undefined);
      // A failed check (locked meanwhile, a host gone for a moment) changes nothing; the next one will tell.
      if (!live || !result?.ok) return;
      const { on, awaiting } = result.value;
      const now = Date.now();
      document.title = titleWithCount(words.current.name, dueToday(awaiting, now, timeZone));
      if (!on || !notifier.ready()) return;
      // Read afresh each time: another tab of the studio may have told some rounds already.
      const { due, told } = checkReminders(awaiting, readTold(storage), now);
      saveTold(told, storage);
      const notice = reminderNotice(due);
      if (notice) notifier.show(reminderNotification(notice, words.current.t, words.current.format));
    };
    // One check at a time, so a focus during a tick cannot announce the same round twice.
    let queue = Promise.resolve();
    const checkSoon = () => {
      queue = queue.then(check);
    };
    const checkWhenVisible = () => {
      if (document.visibilityState === 'visible') checkSoon();
    };

    checkSoon();
    const timer = setInterval(checkSoon, REMINDER_CHECK_MS);
    window.addEventListener('focus', checkSoon);
    window.addEventListener('hashchange', checkSoon);
    document.addEventListener('visibilitychange', checkWhenVisible);
    const stopClicks = notifier.onClick(({ trajectId, roundId }) => navigate(paths.round(trajectId, roundId)));
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener('focus', checkSoon);
      window.removeEventListener('hashchange', checkSoon);
      document.removeEventListener('visibilitychange', checkWhenVisible);
      stopClicks();
      document.title = words.current.name;
    };
  }, [studio, notifier, givenStorage, givenTimeZone]);
}
