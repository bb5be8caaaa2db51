import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localStorageOrNone } from '../../app/browser-storage';
import { Link, paths } from '../../app/router';
import { useStudio } from '../../app/studio-context';
import { ArchiveIcon } from '../../components/icons';

/** A UI preference, not client data: when the coach last put the reminder off. */
export const REMINDER_STORAGE_KEY = 'passie.archiveReminderSnoozedAt';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

function snoozed(now: number): boolean {
  try {
    const at = Number(localStorageOrNone()?.getItem(REMINDER_STORAGE_KEY));
    return Number.isFinite(at) && now - at < WEEK_MS;
  } catch {
    return false;
  }
}

/**
 * On the dashboard, once a week at most: archives past their retention date should not be kept longer than
 * agreed (AVG/GDPR storage limitation), so the coach is pointed to the archive.
 */
export function ArchiveReminder() {
  const { t } = useTranslation();
  const studio = useStudio();
  const [due, setDue] = useState(0);

  useEffect(() => {
    if (snoozed(Date.now())) return;
    void studio.archive.list({}).then((result) => {
      if (result.ok) setDue(result.value.archives.filter((archive) => archive.due === 'due').length);
    });
  }, [studio]);

  if (due === 0) return null;
  return (
    <div className="notice archive-reminder" role="status">
      <ArchiveIcon />
      <div>
        <p className="archive-reminder__title">{t('archive.reminder.title', { count: due })}</p>
        <p>{t('archive.reminder.body')}</p>
        <p className="archive-reminder__actions">
          <Link to={paths.archive()}>{t('archive.reminder.open')}</Link>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              try {
                localStorageOrNone()?.setItem(REMINDER_STORAGE_KEY, String(Date.now()));
              } catch {
                // Without storage the reminder simply comes back next time.
              }
              setDue(0);
            }}
          >
            {t('archive.reminder.later')}
          </button>
        </p>
      </div>
    </div>
  );
}
