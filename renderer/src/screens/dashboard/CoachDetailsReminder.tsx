import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, paths } from '../../app/router';
import { useStudio } from '../../app/studio-context';
import { UserIcon } from '../../components/icons';

/**
 * On the dashboard while the coach's name is missing (the first start's "Later invullen"): the name goes into the
 * signature of every PDF, so the way to fill it in is right here.
 */
export function CoachDetailsReminder() {
  const { t } = useTranslation();
  const studio = useStudio();
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let current = true;
    void studio.settings.get({}).then((result) => {
      if (current && result.ok) setMissing(result.value.coach.name.trim() === '');
    });
    return () => {
      current = false;
    };
  }, [studio]);

  if (!missing) return null;
  return (
    <div className="notice archive-reminder" role="status">
      <UserIcon />
      <div>
        <p className="archive-reminder__title">{t('coachDetails.reminder')}</p>
        <p className="archive-reminder__actions">
          <Link to={paths.settings()}>{t('coachDetails.reminderLink')}</Link>
        </p>
      </div>
    </div>
  );
}
