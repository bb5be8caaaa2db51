import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../../shared/i18n/error-messages';
import { languageFromLocale } from '../../../shared/i18n/language';

describe('languageFromLocale', () => {
  it('is Dutch for Dutch locales in every spelling and English otherwise', () => {
    for (const locale of ['nl', 'nl-NL', 'nl_BE.UTF-8', 'NL-nl']) expect(languageFromLocale(locale)).toBe('nl');
    for (const locale of ['en-GB', 'de_DE.UTF-8', 'nld', 'C', '', undefined, null]) {
      expect(languageFromLocale(locale)).toBe('en');
    }
  });

  it('has one sentence per error code in both languages', () => {
    expect(Object.keys(errorMessages.nl).sort()).toEqual(Object.keys(errorMessages.en).sort());
    for (const sentence of [...Object.values(errorMessages.nl), ...Object.values(errorMessages.en)]) {
      expect(sentence).toMatch(/^[A-Z].*\.$/);
    }
  });
});
