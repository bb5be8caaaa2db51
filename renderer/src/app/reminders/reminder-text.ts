import type { TFunction } from 'i18next';
import { REMINDER_HOURS, type ReminderNotice, type ReminderNotification } from '../../../../shared/domain/reminders';
import type { DateFormat } from '../format-date';

/**
 * The words of a notification. Only counts, dates and times: a notification can show on a lock screen, so it never
 * names a client or a traject, and never quotes a dossier.
 */
export function reminderNotification(notice: ReminderNotice, t: TFunction, format: DateFormat): ReminderNotification {
  const hours = REMINDER_HOURS;
  if (notice.kind === 'round') {
    const { trajectId, roundId, receivedAt, dueAt } = notice.round;
    return {
      title: t(`reminders.round.${notice.threshold}`, { hours }),
      body: t('reminders.round.body', { received: format.dateTime(receivedAt), due: format.dateTime(dueAt) }),
      target: { trajectId, roundId },
    };
  }
  const { overdue, lastHours } = notice;
  const n = overdue + lastHours;
  if (overdue > 0 && lastHours > 0) {
    return {
      title: t('reminders.count.mixed', { n }),
      body: t('reminders.count.mixedBody', { overdue, lastHours, hours }),
    };
  }
  return {
    title: t(overdue > 0 ? 'reminders.count.overdue' : 'reminders.count.lastHours', { n, hours }),
    body: t('reminders.count.body'),
  };
}
