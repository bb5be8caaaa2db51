import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain/settings';
import { useStudio } from '../../app/studio-context';
import { TextField } from '../../components/TextField';
import { SettingsCard } from './SettingsCard';
import { useSectionSave } from './use-section-save';
import { checkEmail, checkText, problemText } from './validation';

/** The coach's name, practice and e-mail address. */
export function ProfileCard({ settings, onSaved }: { settings: Settings; onSaved: (next: Settings) => void }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const [coach, setCoach] = useState(settings.coach);
  const section = useSectionSave<Settings>();

  const problems = {
    name: checkText(coach.name, { required: false, max: 200 }),
    practice: checkText(coach.practice, { required: false, max: 200 }),
    email: checkEmail(coach.email),
  };
  const shown = (field: keyof typeof problems) => (section.tried ? problemText(t, problems[field]) : undefined);
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
        <TextField
          label={t('settings.profile.name')}
          value={coach.name}
          onChange={(value) => edit('name', value)}
          autoComplete="name"
          error={shown('name')}
        />
        <TextField
          label={t('settings.profile.practice')}
          value={coach.practice}
          onChange={(value) => edit('practice', value)}
          autoComplete="organization"
          error={shown('practice')}
        />
        <TextField
          label={t('settings.profile.email')}
          value={coach.email}
          onChange={(value) => edit('email', value)}
          type="email"
          autoComplete="email"
          error={shown('email')}
        />
      </div>
    </SettingsCard>
  );
}
