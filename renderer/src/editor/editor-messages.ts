import { useTranslation } from 'react-i18next';
import type { PassieKey } from '../../../shared/domain/passie';

/**
 * The editor's own strings, shaped like the app's i18next resources (`{{name}}` interpolation, `_one`/`_other`
 * plurals) so they can move into `i18n/{nl,en}.ts` under an `editor` key unchanged.
 */

export type EditorLanguage = 'nl' | 'en';

const nl = {
  editorLabel: 'Reactie volgens het PASSIE-model',
  toolbarLabel: 'Opmaak',
  bold: 'Vet',
  italic: 'Cursief',
  underline: 'Onderstrepen',
  bulletList: 'Opsomming',
  orderedList: 'Genummerde lijst',
  blockquote: 'Citaat',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  snippets: 'Zinnen',
  snippetsHint: 'Typ / aan het begin van een lege regel',
  snippetsNone: 'Geen zinnen voor dit blok',
  snippetsFor: 'Zinnen voor {{label}}',
  words_one: '{{count}} woord',
  words_other: '{{count}} woorden',
  circleLabel: 'PASSIE-cirkel',
  circleSegment: '{{letter}} — {{label}}: {{state}}',
  blockFilled: 'ingevuld',
  blockEmpty: 'leeg',
  guidance: {
    p_open: 'Begin met wat u waardeert: benoem concreet de inzet, de sterke kanten of de woorden van uw cliënt.',
    a: 'Sluit aan bij het gevoel en de behoefte achter het antwoord, zo veel mogelijk in de woorden van uw cliënt.',
    s1: 'Vat in een paar zinnen de kern samen van wat uw cliënt schreef.',
    s2: 'Spiegel de patronen en tegenstellingen die u opvallen. Een zachte uitdaging mag.',
    i: 'Bied een nieuwe kijk en stel één tot drie open, verdiepende vragen.',
    e: 'Stel één kleine, concrete stap of opdracht voor.',
    p_close: 'Sluit positief af: laat uw vertrouwen in uw cliënt merken en houd de deur open.',
  } satisfies Record<PassieKey, string>,
};

export type EditorMessages = typeof nl;

const en: EditorMessages = {
  editorLabel: 'Reply following the PASSIE model',
  toolbarLabel: 'Formatting',
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  bulletList: 'Bulleted list',
  orderedList: 'Numbered list',
  blockquote: 'Quote',
  undo: 'Undo',
  redo: 'Redo',
  snippets: 'Phrases',
  snippetsHint: 'Type / at the start of an empty line',
  snippetsNone: 'No phrases for this block',
  snippetsFor: 'Phrases for {{label}}',
  words_one: '{{count}} word',
  words_other: '{{count}} words',
  circleLabel: 'PASSIE circle',
  circleSegment: '{{letter}} — {{label}}: {{state}}',
  blockFilled: 'filled in',
  blockEmpty: 'empty',
  guidance: {
    p_open: 'Start with what you appreciate: name this client’s effort, strengths or words, concretely.',
    a: 'Attune to the feeling and the need behind the answer, in your client’s own words where you can.',
    s1: 'Sum up, in a few sentences, the core of what your client wrote.',
    s2: 'Mirror the patterns and contrasts you notice. A gentle challenge is welcome.',
    i: 'Offer a fresh way of seeing it and ask one to three open, deepening questions.',
    e: 'Suggest one small, concrete step or assignment.',
    p_close: 'Close on the positive: show your confidence in your client and leave the door open.',
  },
};

export const editorMessages: Record<EditorLanguage, EditorMessages> = { nl, en };

export function toEditorLanguage(language: string | undefined): EditorLanguage {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Fills `{{name}}` placeholders, the way i18next interpolates. */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** "1 woord", "1.250 woorden", "1,250 words". */
export function formatWordCount(language: EditorLanguage, count: number): string {
  const messages = editorMessages[language];
  const template = new Intl.PluralRules(language).select(count) === 'one' ? messages.words_one : messages.words_other;
  return formatMessage(template, { count: new Intl.NumberFormat(language).format(count) });
}

/** The editor's strings in the app's current language (react-i18next), for screens that host the editor. */
export function useEditorMessages(): { language: EditorLanguage; messages: EditorMessages } {
  const { i18n } = useTranslation();
  const language = toEditorLanguage(i18n.language);
  return { language, messages: editorMessages[language] };
}
