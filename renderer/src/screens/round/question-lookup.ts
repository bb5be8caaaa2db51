import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { Answer } from '../../../../shared/domain/dossier';
import type { Language } from '../../i18n/language';

/** What an answer was written to, as the coach reads it: the place and the question, or the answer's own title. */
export type AnswerHeading =
  | { kind: 'question'; place: string; question: string }
  | { kind: 'title'; title: string }
  /** A catalogue question that was removed since: the answer stays, under a plain note. */
  | { kind: 'unknown' };

export type QuestionLookup = (answer: Answer) => AnswerHeading;

/** One pass over the catalogue, then a map lookup per answer (a round may hold up to 200 answers). */
export function questionLookup(catalogue: Catalogue, language: Language): QuestionLookup {
  const questions = new Map<string, { place: string; question: string }>();
  for (const place of catalogue.places) {
    for (const question of place.questions) {
      questions.set(question.id, { place: place.name[language], question: question.text[language] });
    }
  }
  return (answer) => {
    if (answer.questionId !== undefined) {
      const found = questions.get(answer.questionId);
      if (found) return { kind: 'question', ...found };
      if (answer.title === undefined) return { kind: 'unknown' };
    }
    return answer.title !== undefined ? { kind: 'title', title: answer.title } : { kind: 'unknown' };
  };
}
