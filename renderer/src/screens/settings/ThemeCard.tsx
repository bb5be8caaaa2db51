import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceOutcome, type ChoiceOutcomeState } from './ChoiceOutcome';
import { ThemeSchema, themeOf, type Settings, type Theme } from '../../../../shared/domain/settings';
import { useStudio } from '../../app/studio-context';
import { showTheme } from '../../app/theme';

/**
 * Light, dark or as the computer: a choice that takes effect at once, like the language, stored with the settings
 * (and remembered on this computer for the screens before the unlock).
 */
export function ThemeCard({ settings, onSaved }: { settings: Settings; onSaved: (next: Settings) => void }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const titleId = useId();
  const [chosen, setChosen] = useState<Theme>(themeOf(settings));
  const [outcome, setOutcome] = useState<ChoiceOutcomeState>(null);

  const choose = async (theme: Theme) => {
    setChosen(theme);
    setOutcome(null);
    showTheme(theme);
    const result = await studio.settings.update({ theme });
    if (result.ok) {
      onSaved(result.value);
      setOutcome({ kind: 'saved' });
    } else {
      setOutcome({ kind: 'failed', code: result.error.code });
    }
  };

  return (
    <section className="card page-section settings-card" aria-labelledby={titleId}>
      <h3 className="section-title" id={titleId}>
        {t('settings.theme.title')}
      </h3>
      <p className="section-intro settings-card__intro">{t('settings.theme.body')}</p>
      <fieldset className="choice-group">
        <legend className="visually-hidden">{t('settings.theme.legend')}</legend>
        {ThemeSchema.options.map((theme) => (
          <label key={theme} className="choice">
            <input
              type="radio"
              name="studio-theme"
              value={theme}
              checked={chosen === theme}
              onChange={() => void choose(theme)}
            />
            <span>{t(`settings.theme.${theme}`)}</span>
          </label>
        ))}
      </fieldset>
      <ChoiceOutcome outcome={outcome} saved={t('settings.theme.changed')} />
    </section>
  );
}
