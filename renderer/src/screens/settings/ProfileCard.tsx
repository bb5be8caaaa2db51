import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain/settings';
import { useStudio } from '../../app/studio-context';
import { SettingsCard } from './SettingsCard';
import { useSectionSave } from './use-section-save';
import { CoachFields, coachProblems } from './CoachFields';

/** The coach's name, practice and e-mail address. */
export function ProfileCard({ settings, onSaved }: { settings: Settings; onSaved: (next: Settings) => void }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const [coach, setCoach] = useState(settings.coach);
  const section = useSectionSave<Settings>();

  const problems = coachProblems(coach, { nameRequired: false });
  const edit = (field: keyof Settings['coach'], value: string) => {
    setCoach((current) => ({ ...current, [field]: value }));
    section.edited();
  };

  const save = async () => {
    const valid = Object.values(problems).every((problem) => problem === undefined);
    const trimmed = { name: coach.name.trim(), practice: coach.practice.trim(), email: coach.email.trim() };
    const next = await section.save(valid, () => studio.settings.update({ coach: trimmed }));
    if (next) {
      setCoach(next.coach);
      onSaved(next);
    }
  };

  return (
    <SettingsCard
      title={t('settings.profile.title')}
      intro={t('settings.profile.body')}
      status={section.status}
      onSave={() => void save()}
    >
      <div className="settings-grid">
        <CoachFields coach={coach} onChange={edit} problems={problems} tried={section.tried} />
      </div>
    </SettingsCard>
  );
}
