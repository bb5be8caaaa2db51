// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  chooseLanguage,
  LANGUAGE_STORAGE_KEY,
  readSavedLanguage,
  saveLanguage,
} from '../../renderer/src/i18n/language';

afterEach(() => window.localStorage.clear());

describe('chooseLanguage', () => {
  it('takes ?lang= over a saved choice and the system', () => {
    expect(chooseLanguage({ search: '?lang=en', saved: 'nl', preferred: ['nl-NL'] })).toBe('en');
    expect(chooseLanguage({ search: '?x=1&lang=nl', saved: 'en', preferred: ['en-GB'] })).toBe('nl');
  });

  it('takes a saved choice over the system', () => {
    expect(chooseLanguage({ search: '', saved: 'en', preferred: ['nl-NL', 'nl'] })).toBe('en');
    expect(chooseLanguage({ search: '', saved: 'nl', preferred: ['en-US'] })).toBe('nl');
  });

  it('ignores a query or saved value that is no studio language', () => {
    expect(chooseLanguage({ search: '?lang=de', saved: 'fr', preferred: ['nl-BE'] })).toBe('nl');
    expect(chooseLanguage({ search: '?lang=', saved: null, preferred: ['en-US'] })).toBe('en');
  });

  it('chooses Dutch when the system lists any Dutch locale', () => {
    expect(chooseLanguage({ search: '', saved: null, preferred: ['nl-BE'] })).toBe('nl');
    expect(chooseLanguage({ search: '', saved: null, preferred: ['nl'] })).toBe('nl');
    expect(chooseLanguage({ search: '', saved: undefined, preferred: ['fr-BE', 'nl-NL'] })).toBe('nl');
  });

  it('falls back to English otherwise', () => {
    expect(chooseLanguage({ search: '', saved: null, preferred: ['de-DE'] })).toBe('en');
    expect(chooseLanguage({ search: '', saved: null, preferred: [] })).toBe('en');
  });
});

describe('the saved language', () => {
  it("lives under 'passie.language' in localStorage", () => {
    saveLanguage('nl', window.localStorage);
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
    expect(LANGUAGE_STORAGE_KEY).toBe('passie.language');
    expect(readSavedLanguage(window.localStorage)).toBe('nl');
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => saveLanguage('en', broken)).not.toThrow();
    expect(readSavedLanguage(broken)).toBeNull();
  });
});
