import { useTranslation } from 'react-i18next';
import type { Language } from './language';

/** The language the screens are shown in right now. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
}
