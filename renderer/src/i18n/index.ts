import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';
import type { Language } from './language';

export * from './language';

export const resources = {
  nl: { translation: nl },
  en: { translation: en },
} as const;

/**
 * A ready i18next instance in `language`. Resources are bundled, so initialisation is synchronous and the first
 * paint is already in the right language. `<html lang>` follows every change, for screen readers and hyphenation.
 */
export function createI18n(language: Language, root: HTMLElement = document.documentElement): I18n {
  const instance = createInstance();
  instance.on('languageChanged', (lng) => {
    root.lang = lng;
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['nl', 'en'],
    initAsync: false,
    // React escapes on render already.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}
