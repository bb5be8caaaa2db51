import { describe, expect, it } from 'vitest';
import { CatalogueSchema, type Catalogue } from '../../../shared/domain/catalogue';
import { CatalogueIdSchema } from '../../../shared/domain/ids';
import {
  allIds,
  catalogueProblems,
  fromDraft,
  newId,
  newPlace,
  newQuestion,
  savedIntoDraft,
  toDraft,
} from '../../../renderer/src/screens/settings/catalogue-draft';
import { movePhrase, removePhrase, replacePhrase } from '../../../renderer/src/screens/settings/snippet-list';

const catalogue: Catalogue = {
  places: [
    {
      id: 'haven',
      name: { nl: 'Veilige haven', en: 'Safe harbour' },
      description: { nl: 'Rust.', en: 'Rest.' },
      questions: [{ id: 'haven-1', text: { nl: 'Waar?', en: 'Where?' } }],
    },
  ],
};

describe('the catalogue draft', () => {
  it('round-trips a stored catalogue unchanged', () => {
    expect(fromDraft(toDraft(catalogue))).toEqual(catalogue);
  });

  it('gives new places and questions ids the catalogue accepts, unique among the rest', () => {
    const draft = toDraft(catalogue);
    const place = newPlace(draft, 'Vriendschap');
    const question = newQuestion([...draft, place]);
    for (const id of [place.id, question.id]) expect(CatalogueIdSchema.safeParse(id).success).toBe(true);
    expect(allIds(draft).has(place.id)).toBe(false);
    const taken = new Set(Array.from({ length: 200 }, () => newId('vraag', new Set())));
    expect(taken.size).toBe(200);
  });

  it('finds empty names and questions, and a description in one language only', () => {
    const draft = toDraft(catalogue);
    const place = newPlace(draft, 'Vriendschap');
    place.description.en = 'About friends.';
    const question = newQuestion(draft);
    question.text.nl = 'Wie?';
    place.questions.push(question);
    const problems = catalogueProblems([...draft, place]);
    expect([...problems.entries()]).toEqual([
      [`${place.key}.name.en`, { key: 'required' }],
      [`${place.key}.description.nl`, { key: 'bothLanguages' }],
      [`${question.key}.text.en`, { key: 'required' }],
    ]);
  });

  it('stores trimmed texts, a description only when both languages have one, and passes the schema', () => {
    const draft = toDraft(catalogue);
    draft[0]!.name.nl = '  Veilige haven  ';
    draft[0]!.description = { nl: '', en: '' };
    const stored = fromDraft(draft);
    expect(stored.places[0]).toEqual({
      id: 'haven',
      name: { nl: 'Veilige haven', en: 'Safe harbour' },
      questions: [{ id: 'haven-1', text: { nl: 'Waar?', en: 'Where?' } }],
    });
    expect(CatalogueSchema.safeParse(stored).success).toBe(true);
  });

  it('takes the saved texts back into the same rows', () => {
    const draft = toDraft(catalogue);
    draft[0]!.name.nl = ' Haven ';
    const merged = savedIntoDraft(draft, fromDraft(draft));
    expect(merged[0]!.key).toBe(draft[0]!.key);
    expect(merged[0]!.questions[0]!.key).toBe(draft[0]!.questions[0]!.key);
    expect(merged[0]!.name.nl).toBe('Haven');
  });
});

describe('phrase list edits', () => {
  it('moves, replaces and removes without touching the original', () => {
    const list = ['a', 'b', 'c'] as const;
    expect(movePhrase(list, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(movePhrase(list, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(replacePhrase(list, 1, 'B')).toEqual(['a', 'B', 'c']);
    expect(removePhrase(list, 0)).toEqual(['b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});
