import { createInstance, type i18n as I18n, type TFunction } from 'i18next';
import { resources } from '../i18n';
import type { Language } from '../i18n/language';

export type EditorLanguage = Language;

/** The editor's strings: the app's `editor.*` keys, already scoped. */
export type EditorT = TFunction<'translation', 'editor'>;

let dictionary: I18n | undefined;

/**
 * The editor's strings come from the app's resources (`editor.*` in i18n/{nl,en}.ts), looked up in the language the
 * editor is given rather than through React context: the block headers and guidance are plain DOM node views that
 * no provider reaches, and a bare TipTap `Editor` (tests, benchmarks) must be able to name its blocks too. One
 * read-only instance over the same bundled resources, built on first use.
 */
function editorDictionary(): I18n {
  if (!dictionary) {
    dictionary = createInstance();
    void dictionary.init({
      resources,
      lng: 'nl',
      fallbackLng: 'en',
      supportedLngs: ['nl', 'en'],
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }
  return dictionary;
}

const fixed = new Map<EditorLanguage, EditorT>();

export function editorText(language: EditorLanguage): EditorT {
  let t = fixed.get(language);
  if (!t) {
    t = editorDictionary().getFixedT(language, null, 'editor');
    fixed.set(language, t);
  }
  return t;
}

/** "1 woord", "1.250 woorden", "1,250 words". */
export function formatWordCount(language: EditorLanguage, count: number): string {
  return editorText(language)('words', { count });
}

/** The editor language for an i18next language code ("en-GB" → en; anything else → nl, the studio's first). */
export function toEditorLanguage(language: string | undefined): EditorLanguage {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
