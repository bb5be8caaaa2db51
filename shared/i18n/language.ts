import * as z from 'zod';

/** The two languages of the studio: of its screens and CLI (the coach's) and of what a client receives. */
export const LanguageSchema = z.enum(['nl', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const LANGUAGES: readonly Language[] = LanguageSchema.options;

/** Dutch when the locale string says so (nl, nl-NL, nl_BE.UTF-8), else English. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^nl([-_.]|$)/i.test(locale) ? 'nl' : 'en';
}
