import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { Language } from '../../i18n/language';

export interface QuestionLabel {
  place: string;
  text: string;
}

/** Every catalogue question by id, in the coach's language, with the place it belongs to. */
export function questionLabels(catalogue: Catalogue | undefined, language: Language): Map<string, QuestionLabel> {
  const labels = new Map<string, QuestionLabel>();
  for (const place of catalogue?.places ?? []) {
    for (const question of place.questions) {
      labels.set(question.id, { place: place.name[language], text: question.text[language] });
    }
  }
  return labels;
}
