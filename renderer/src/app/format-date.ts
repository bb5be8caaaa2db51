import { useMemo } from 'react';
import type { Language } from '../i18n/language';
import { useLanguage } from '../i18n/use-language';

/** Dates as a coach reads them: "9 jan. 2025, 22:41" or "9 Jan 2025, 22:41", in the computer's own time zone. */
const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withTime}`;
  let format = formats.get(key);
  if (!format) {
    // Built once per language: constructing a DateTimeFormat costs far more than using one, in long lists.
    format = new Intl.DateTimeFormat(locales[language], {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

export function formatDateTime(iso: string, language: Language): string {
  return formatter(language, true).format(new Date(iso));
}

export function formatDate(iso: string, language: Language): string {
  return formatter(language, false).format(new Date(iso));
}

export interface DateFormat {
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
}

/** The two formats in the screen's current language. */
export function useDateFormat(): DateFormat {
  const language = useLanguage();
  return useMemo(
    () => ({ dateTime: (iso) => formatDateTime(iso, language), date: (iso) => formatDate(iso, language) }),
    [language],
  );
}
