import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REMINDER_HOURS } from '../../../../shared/domain/reminders';
import { notificationsOn, type Settings } from '../../../../shared/domain/settings';
import { useStudio } from '../../app/studio-context';
import { SettingsCard } from './SettingsCard';
import { useSectionSave } from './use-section-save';

type Permission = NotificationPermission | 'unsupported';

/** What the browser allows; undefined in the desktop app, where the system's own settings decide. */
function browserPermission(): Permission | undefined {
  if (window.studioWindow?.notify) return undefined;
  return typeof window.Notification === 'function' ? window.Notification.permission : 'unsupported';
}

/**
 * The reminders of the response clock: on or off (on unless switched off), in the browser whether the coach has
 * allowed notifications, and what a notification will never say.
 */
export function NotificationsCard({ settings, onSaved }: { settings: Settings; onSaved: (next: Settings) => void }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const [on, setOn] = useState(notificationsOn(settings));
  const [permission, setPermission] = useState(browserPermission);
  const section = useSectionSave<Settings>();

  const save = async () => {
    const next = await section.save(true, () => studio.settings.update({ notifications: on }));
    if (next) onSaved(next);
  };
  // Browsers ask only in answer to a click.
  const allow = () => {
    void window.Notification.requestPermission().then(setPermission, () => setPermission(browserPermission()));
  };

  return (
    <SettingsCard
      title={t('reminders.card.title')}
      intro={t('reminders.card.intro', { hours: REMINDER_HOURS })}
      status={section.status}
      onSave={() => void save()}
    >
      <label className="checkbox">
        <input
          type="checkbox"
          checked={on}
          onChange={(event) => {
            setOn(event.target.checked);
            section.edited();
          }}
        />
        <span>{t('reminders.card.switch')}</span>
      </label>
      {permission && (
        <div>
          <p className="muted">{t(`reminders.card.permission.${permission}`)}</p>
          {permission === 'default' && (
            <button type="button" className="button button--secondary" onClick={allow}>
              {t('reminders.card.permission.allow')}
            </button>
          )}
        </div>
      )}
      <p className="muted">{t('reminders.card.privacy')}</p>
    </SettingsCard>
  );
}
