import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain/settings';
import { TextField } from '../../components/TextField';
import { checkEmail, checkText, problemText } from './validation';

type Coach = Settings['coach'];

/** What is wrong with the coach's details, field by field; the name required where a step asks for it. */
export function coachProblems(coach: Coach, { nameRequired }: { nameRequired: boolean }) {
  return {
    name: checkText(coach.name, { required: nameRequired, max: 200 }),
    practice: checkText(coach.practice, { required: false, max: 200 }),
    email: checkEmail(coach.email),
  };
}

interface CoachFieldsProps {
  coach: Coach;
  onChange: (field: keyof Coach, value: string) => void;
  problems: ReturnType<typeof coachProblems>;
  /** Problems are said once the coach has tried to save; each goes as soon as its field is right. */
  tried: boolean;
  hints?: Partial<Record<keyof Coach, string>>;
}

/** Name, practice and e-mail address: in Settings → Uw gegevens and in the first start's last step. */
export function CoachFields({ coach, onChange, problems, tried, hints }: CoachFieldsProps) {
  const { t } = useTranslation();
  const shown = (field: keyof Coach) => (tried ? problemText(t, problems[field]) : undefined);
  return (
    <>
      <TextField
        label={t('settings.profile.name')}
        hint={hints?.name}
        value={coach.name}
        onChange={(value) => onChange('name', value)}
        autoComplete="name"
        error={shown('name')}
      />
      <TextField
        label={t('settings.profile.practice')}
        hint={hints?.practice}
        value={coach.practice}
        onChange={(value) => onChange('practice', value)}
        autoComplete="organization"
        error={shown('practice')}
      />
      <TextField
        label={t('settings.profile.email')}
        hint={hints?.email}
        value={coach.email}
        onChange={(value) => onChange('email', value)}
        type="email"
        autoComplete="email"
        error={shown('email')}
      />
    </>
  );
}
