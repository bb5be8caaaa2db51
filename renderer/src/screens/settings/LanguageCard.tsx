import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/api/errors';
import type { Settings } from '../../../../shared/domain/settings';
import { localStorageOrNone } from '../../app/browser-storage';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckIcon } from '../../components/icons';
import { languages, saveLanguage, type Language } from '../../i18n/language';
import { useLanguage } from '../../i18n/use-language';

/** Each language named in itself, as the header's switch does. */
const endonyms: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

/**
 * The studio's language: a choice that takes effect at once (the screen changes language under the coach's eyes),
 * kept both as this computer's preference and in the vault's settings.
 */
export function LanguageCard({ onSaved }: { onSaved: (next: Settings) => void }) {
  const { t, i18n } = useTranslation();
  const studio = useStudio();
  const titleId = useId();
  const current = useLanguage();
  const [outcome, setOutcome] = useState<{ kind: 'saved' } | { kind: 'failed'; code: ErrorCode } | null>(null);

  const choose = async (language: Language) => {
    setOutcome(null);
    saveLanguage(language, localStorageOrNone());
    await i18n.changeLanguage(language);
    const result = await studio.settings.update({ language });
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
        {t('settings.language.title')}
      </h3>
      <p className="section-intro settings-card__intro">{t('settings.language.body')}</p>
      <fieldset className="choice-group">
        <legend className="visually-hidden">{t('settings.language.legend')}</legend>
        {languages.map((language) => (
          <label key={language} className="choice" lang={language}>
            <input
              type="radio"
              name="studio-language"
              value={language}
              checked={current === language}
              onChange={() => void choose(language)}
            />
            <span>{endonyms[language]}</span>
          </label>
        ))}
      </fieldset>
      <div role="status" className="settings-card__outcome">
        {outcome?.kind === 'saved' && (
          <span className="settings-card__saved">
            <CheckIcon />
            {t('settings.language.changed')}
          </span>
        )}
      </div>
      {outcome?.kind === 'failed' && <ErrorAlert code={outcome.code} />}
    </section>
  );
}
