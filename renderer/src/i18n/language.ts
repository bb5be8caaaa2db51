import { languageFromLocale, type Language } from '../../../shared/i18n/language';

export type { Language };
export const languages: readonly Language[] = ['nl', 'en'];

/** The renderer keeps only UI preferences in localStorage (this one, and when a reminder was put off), never client data. */
export const LANGUAGE_STORAGE_KEY = 'passie.language';

export interface LanguageSources {
  /** `location.search`, e.g. `?lang=en`. */
  search: string;
  /** What `passie.language` holds, if anything. */
  saved: string | null | undefined;
  /** `navigator.languages`, most preferred first. */
  preferred: readonly string[];
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * `?lang=` beats the coach's saved choice, which beats the system: Dutch as soon as the system lists any Dutch
 * locale (most of our coaches read Dutch even on an English system), else English.
 */
export function chooseLanguage({ search, saved, preferred }: LanguageSources): Language {
  const fromQuery = new URLSearchParams(search).get('lang');
  if (isLanguage(fromQuery)) return fromQuery;
  if (isLanguage(saved)) return saved;
  return preferred.some((locale) => languageFromLocale(locale) === 'nl') ? 'nl' : 'en';
}

export function readSavedLanguage(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  try {
    return storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function saveLanguage(language: Language, storage: Pick<Storage, 'setItem'> | undefined): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // A browser with storage switched off forgets the choice at the next start; the switch itself still works.
  }
}
