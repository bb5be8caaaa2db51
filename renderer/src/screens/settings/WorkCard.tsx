import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain/settings';
import { useStudio } from '../../app/studio-context';
import { TextField } from '../../components/TextField';
import { SettingsCard } from './SettingsCard';
import { useSectionSave } from './use-section-save';
import { parseWhole, problemText } from './validation';

/** The limits of the shared schema (shared/domain/settings.ts). */
const LIMITS = {
  responseHours: { min: 1, max: 24 * 14 },
  autoLockMinutes: { min: 1, max: 240 },
  retentionYears: { min: 1, max: 20 },
} as const;

type Field = keyof typeof LIMITS;
const FIELDS: readonly Field[] = ['responseHours', 'autoLockMinutes', 'retentionYears'];

/** Response time, auto-lock and retention: three whole numbers with their limits. */
export function WorkCard({ settings, onSaved }: { settings: Settings; onSaved: (next: Settings) => void }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    responseHours: String(settings.responseHours),
    autoLockMinutes: String(settings.autoLockMinutes),
    retentionYears: String(settings.retentionYears),
  }));
  const section = useSectionSave<Settings>();
  const parsed = Object.fromEntries(
    FIELDS.map((field) => [field, parseWhole(values[field], LIMITS[field].min, LIMITS[field].max)]),
  ) as Record<Field, ReturnType<typeof parseWhole>>;

  const save = async () => {
    const numbers: Partial<Record<Field, number>> = {};
    for (const field of FIELDS) {
      const result = parsed[field];
      if ('value' in result) numbers[field] = result.value;
    }
    const valid = FIELDS.every((field) => numbers[field] !== undefined);
    const next = await section.save(valid, () => studio.settings.update(numbers));
    if (next) onSaved(next);
  };

  const field = (name: Field) => {
    const result = parsed[name];
    return (
      <TextField
        label={t(`settings.work.${name}`)}
        hint={t(`settings.work.${name}Hint`)}
        value={values[name]}
        inputMode="numeric"
        className="field--number"
        onChange={(value) => {
          setValues((current) => ({ ...current, [name]: value }));
          section.edited();
        }}
        error={section.tried && 'problem' in result ? problemText(t, result.problem) : undefined}
      />
    );
  };

  return (
    <SettingsCard title={t('settings.work.title')} status={section.status} onSave={() => void save()}>
      {field('responseHours')}
      {field('autoLockMinutes')}
      {field('retentionYears')}
    </SettingsCard>
  );
}
