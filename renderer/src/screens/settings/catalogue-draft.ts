import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { Language } from '../../i18n/language';
import { checkText, type FieldProblem } from './validation';

/** A catalogue as the settings screen edits it: the stored ids kept, plus a local key per row for React. */
export interface DraftText {
  nl: string;
  en: string;
}

export interface DraftQuestion {
  key: string;
  id: string;
  text: DraftText;
}

export interface DraftPlace {
  key: string;
  id: string;
  name: DraftText;
  description: DraftText;
  questions: DraftQuestion[];
}

export const LANGUAGES: readonly Language[] = ['nl', 'en'];
const MAX_TEXT = 2_000;

let counter = 0;
const localKey = () => `row-${(counter += 1)}`;

export function toDraft(catalogue: Catalogue): DraftPlace[] {
  return catalogue.places.map((place) => ({
    key: localKey(),
    id: place.id,
    name: { ...place.name },
    description: place.description ? { ...place.description } : { nl: '', en: '' },
    questions: place.questions.map((question) => ({ key: localKey(), id: question.id, text: { ...question.text } })),
  }));
}

function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A fresh catalogue id (`plaats-1a2b3c4d`), unique among `taken`; ids are the catalogue's, never shown. */
export function newId(prefix: 'plaats' | 'vraag', taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `${prefix}-${randomSuffix()}`;
    if (!taken.has(id)) return id;
  }
}

export function allIds(places: readonly DraftPlace[]): Set<string> {
  return new Set(places.flatMap((place) => [place.id, ...place.questions.map((question) => question.id)]));
}

export function newPlace(places: readonly DraftPlace[], name: string): DraftPlace {
  return {
    key: localKey(),
    id: newId('plaats', allIds(places)),
    name: { nl: name, en: '' },
    description: { nl: '', en: '' },
    questions: [],
  };
}

export function newQuestion(places: readonly DraftPlace[]): DraftQuestion {
  return { key: localKey(), id: newId('vraag', allIds(places)), text: { nl: '', en: '' } };
}

/** Problems by field path ("<placeKey>.name.nl", "<questionKey>.text.en", "<placeKey>.description.nl"). */
export function catalogueProblems(places: readonly DraftPlace[]): Map<string, FieldProblem> {
  const problems = new Map<string, FieldProblem>();
  const required = (path: string, value: string) => {
    const problem = checkText(value, { required: true, max: MAX_TEXT });
    if (problem) problems.set(path, problem);
  };
  for (const place of places) {
    for (const language of LANGUAGES) required(`${place.key}.name.${language}`, place.name[language]);
    const described = LANGUAGES.filter((language) => place.description[language].trim() !== '');
    if (described.length === 1) {
      for (const language of LANGUAGES) {
        if (place.description[language].trim() === '')
          problems.set(`${place.key}.description.${language}`, { key: 'bothLanguages' });
      }
    }
    for (const language of described) {
      const problem = checkText(place.description[language], { required: false, max: MAX_TEXT });
      if (problem) problems.set(`${place.key}.description.${language}`, problem);
    }
    for (const question of place.questions) {
      for (const language of LANGUAGES) required(`${question.key}.text.${language}`, question.text[language]);
    }
  }
  return problems;
}

/** The draft as the studio stores it (`CatalogueSchema`): trimmed, a description only where both languages have one. */
export function fromDraft(places: readonly DraftPlace[]): Catalogue {
  const trim = (text: DraftText) => ({ nl: text.nl.trim(), en: text.en.trim() });
  return {
    places: places.map((place) => {
      const description = trim(place.description);
      return {
        id: place.id,
        name: trim(place.name),
        ...(description.nl && description.en ? { description } : {}),
        questions: place.questions.map((question) => ({ id: question.id, text: trim(question.text) })),
      };
    }),
  };
}

/**
 * The saved catalogue back as the draft it came from: the same rows (keys, so open places stay open and the focus
 * stays put), with the texts as stored (trimmed).
 */
export function savedIntoDraft(draft: readonly DraftPlace[], saved: Catalogue): DraftPlace[] {
  const fresh = toDraft(saved);
  return fresh.map((place, index) => {
    const before = draft[index];
    if (!before || before.id !== place.id) return place;
    return {
      ...place,
      key: before.key,
      questions: place.questions.map((question, at) => {
        const old = before.questions[at];
        return old && old.id === question.id ? { ...question, key: old.key } : question;
      }),
    };
  });
}
