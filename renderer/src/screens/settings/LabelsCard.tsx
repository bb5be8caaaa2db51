import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PASSIE_LABELS, PASSIE_KEYS, PASSIE_LETTERS, type PassieKey } from '../../../../shared/domain/passie';
import type { Settings } from '../../../../shared/domain/settings';
import { useStudio } from '../../app/studio-context';
import { TextField } from '../../components/TextField';
import type { Language } from '../../i18n/language';
import { SettingsCard } from './SettingsCard';
import { useSectionSave } from './use-section-save';
import { checkText, problemText } from './validation';

type Labels = Settings['passieLabels'];
const LANGUAGES: readonly Language[] = ['nl', 'en'];
const MAX_LABEL = 60;

/** The seven block names, Dutch and English side by side, with a way back to the defaults. */
export function LabelsCard({ settings, onSaved }: { settings: Settings; onSaved: (next: Settings) => void }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const [labels, setLabels] = useState<Labels>(settings.passieLabels);
  const [reset, setReset] = useState(false);
  const section = useSectionSave<Settings>();

  const problem = (language: Language, key: PassieKey) =>
    checkText(labels[language][key], { required: true, max: MAX_LABEL });
  const valid = LANGUAGES.every((language) => PASSIE_KEYS.every((key) => problem(language, key) === undefined));

  const edit = (language: Language, key: PassieKey, value: string) => {
    setLabels((current) => ({ ...current, [language]: { ...current[language], [key]: value } }));
    setReset(false);
    section.edited();
  };

  const save = async () => {
    const trimmed = Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        Object.fromEntries(PASSIE_KEYS.map((key) => [key, labels[language][key].trim()])),
      ]),
    ) as Labels;
    const next = await section.save(valid, () => studio.settings.update({ passieLabels: trimmed }));
    if (next) {
      setLabels(next.passieLabels);
      setReset(false);
      onSaved(next);
    }
  };

  return (
    <SettingsCard
      title={t('settings.labels.title')}
      intro={t('settings.labels.body')}
      status={section.status}
      onSave={() => void save()}
    >
      <div className="labels-table" role="group" aria-label={t('settings.labels.title')}>
        <div className="labels-table__head" aria-hidden="true">
          <span />
          <span>{t('settings.labels.nl')}</span>
          <span>{t('settings.labels.en')}</span>
        </div>
        {PASSIE_KEYS.map((key, index) => (
          <div key={key} className="labels-table__row" data-passie-key={key}>
            <span className="labels-table__letter" aria-hidden="true">
              {PASSIE_LETTERS[key]}
            </span>
            {LANGUAGES.map((language) => (
              <TextField
                key={language}
                className="labels-table__field"
                label={t('settings.labels.fieldLabel', {
                  letter: PASSIE_LETTERS[key],
                  position: index + 1,
                  language: t(`settings.labels.${language}`),
                })}
                value={labels[language][key]}
                maxLength={MAX_LABEL + 20}
                onChange={(value) => edit(language, key, value)}
                error={section.tried ? problemText(t, problem(language, key)) : undefined}
              />
            ))}
          </div>
        ))}
      </div>
      <div className="settings-card__secondary">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setLabels(DEFAULT_PASSIE_LABELS);
            setReset(true);
            section.edited();
          }}
        >
          {t('settings.labels.reset')}
        </button>
        <p role="status" className="settings-card__note">
          {reset ? t('settings.labels.resetDone') : ''}
        </p>
      </div>
    </SettingsCard>
  );
}
