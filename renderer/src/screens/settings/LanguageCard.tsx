import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceOutcome, type ChoiceOutcomeState } from './ChoiceOutcome';
import type { Settings } from '../../../../shared/domain/settings';
import { useChooseLanguage } from '../../i18n/coach-language';
import { languages, type Language } from '../../i18n/language';
import { useLanguage } from '../../i18n/use-language';

/** Each language named in itself, as the header's switch does. */
const endonyms: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

/**
 * The coach's language: a choice that takes effect at once (the screen changes language under the coach's eyes),
 * the same one the header's switch makes (see coach-language.tsx). Each client has a language of their own.
 */
export function LanguageCard({ onSaved }: { onSaved: (next: Settings) => void }) {
  const { t } = useTranslation();
  const chooseLanguage = useChooseLanguage();
  const titleId = useId();
  const current = useLanguage();
  // The choice shows at once, before the screens have changed language (a controlled radio would jump back).
  const [choosing, setChoosing] = useState<Language | null>(null);
  const [outcome, setOutcome] = useState<ChoiceOutcomeState>(null);

  const choose = async (language: Language) => {
    setOutcome(null);
    setChoosing(language);
    const result = await chooseLanguage(language).finally(() => setChoosing(null));
    if (!result) return;
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
              checked={(choosing ?? current) === language}
              onChange={() => void choose(language)}
            />
            <span>{endonyms[language]}</span>
          </label>
        ))}
      </fieldset>
      <ChoiceOutcome outcome={outcome} saved={t('settings.language.changed')} />
    </section>
  );
}
