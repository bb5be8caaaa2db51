import * as z from 'zod';
import { PASSIE_KEYS, type PassieKey } from './passie';
import type { Language } from '../i18n/language';

export const MAX_PHRASE_LENGTH = 500;
export const MAX_PHRASES_PER_BLOCK = 50;

/** A phrase bank per PASSIE block and language: the coach's own openings, editable in settings. */
export const SnippetBankSchema = z.object(
  Object.fromEntries(
    PASSIE_KEYS.map((key) => [
      key,
      z.array(z.string().trim().min(1).max(MAX_PHRASE_LENGTH)).max(MAX_PHRASES_PER_BLOCK),
    ]),
  ) as Record<PassieKey, z.ZodArray<z.ZodString>>,
);
export type SnippetBank = z.infer<typeof SnippetBankSchema>;

export const DEFAULT_SNIPPETS: Record<Language, SnippetBank> = {
  nl: {
    p_open: [
      'Wat fijn dat je zo open hebt geschreven over',
      'Ik las met bewondering hoe eerlijk je bent over',
      'Dank je wel voor je zorgvuldige antwoorden; ik merk dat je er echt de tijd voor hebt genomen.',
    ],
    a: [
      'Ik lees tussen de regels dat je je',
      'Het klinkt alsof je behoefte hebt aan',
      'Als ik het goed begrijp, voelde je je',
    ],
    s1: ['Als ik het samenvat, schrijf je dat', 'De kern van wat je schrijft lijkt te zijn:'],
    s2: [
      'Wat me opvalt, is dat je',
      'Ik zie een verschil tussen wat je zegt te willen en',
      'Je gebruikt een paar keer het woord',
    ],
    i: [
      'Wat zou er gebeuren als je het eens anders bekijkt:',
      'Welke kleine aanwijzing laat zien dat het ook anders kan?',
      'Wat zou je beste vriend hierover zeggen?',
    ],
    e: [
      'Mijn voorstel voor de komende week:',
      'Probeer eens één keer per dag te noteren wanneer',
      'Kies één klein moment waarop je',
    ],
    p_close: [
      'Ik heb er alle vertrouwen in dat je hier een mooie stap in zet.',
      'Je mag trots zijn op hoe je dit aanpakt.',
      'Ik kijk uit naar je volgende antwoorden.',
    ],
  },
  en: {
    p_open: [
      'Thank you for writing so openly about',
      'I admired how honest you are about',
      'Thank you for your careful answers; I can tell you really took the time.',
    ],
    a: [
      'Reading between the lines, I sense that you feel',
      'It sounds as if you need',
      'If I understand you well, you felt',
    ],
    s1: ['To sum up, you write that', 'The heart of what you write seems to be:'],
    s2: ['What strikes me is that you', 'I notice a difference between what you say you want and', 'You use the word'],
    i: [
      'What would happen if you looked at it another way:',
      'What small sign shows that it could be different?',
      'What would your best friend say about this?',
    ],
    e: ['My suggestion for the coming week:', 'Try noting once a day when', 'Choose one small moment when you'],
    p_close: [
      'I am confident that you will take a good step here.',
      'You can be proud of how you are going about this.',
      'I look forward to your next answers.',
    ],
  },
};
