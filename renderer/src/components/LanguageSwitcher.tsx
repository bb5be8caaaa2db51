import { useTranslation } from 'react-i18next';
import { useChooseLanguage } from '../i18n/coach-language';
import { languages, type Language } from '../i18n/language';

/** Each language named in itself, so a coach who landed in the wrong one still recognises their own. */
const endonyms: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  const choose = useChooseLanguage();

  return (
    <div className="language-switcher" role="group" aria-label={t('language.switcherLabel')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switcher__option"
          aria-pressed={current === language}
          onClick={() => void choose(language)}
        >
          {language.toUpperCase()}
          <span className="visually-hidden"> – {endonyms[language]}</span>
        </button>
      ))}
    </div>
  );
}
