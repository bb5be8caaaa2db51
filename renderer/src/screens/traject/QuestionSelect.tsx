import { useId } from 'react';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { Language } from '../../i18n/language';
import { OWN_TITLE } from './add-round';
import type { AskedQuestions } from './asked-questions';
import { AskedMark } from './AskedMark';

interface QuestionSelectProps {
  value: string;
  onChange: (value: string) => void;
  catalogue: Catalogue;
  language: Language;
  label: string;
  ownTitleLabel: string;
  invalid: boolean;
  describedBy: string | undefined;
  /** Questions the client answered before, marked "al gesteld op …" so the coach sees what was asked. */
  asked?: AskedQuestions;
}

/**
 * The catalogue's questions grouped by place, in the coach's language, and "a title of my own" at the end: radio
 * buttons, so a long question shows whole (a drop-down list cuts it off), and a question asked before carries
 * its date in its own label, where a screen reader reads it too.
 */
export function QuestionSelect({
  value,
  onChange,
  catalogue,
  language,
  label,
  ownTitleLabel,
  invalid,
  describedBy,
  asked,
}: QuestionSelectProps) {
  const id = useId();
  const option = (optionValue: string, text: string, askedAt?: string) => (
    <label key={optionValue} className="question-picker__option">
      <input
        type="radio"
        name={id}
        value={optionValue}
        checked={value === optionValue}
        onChange={() => onChange(optionValue)}
        aria-invalid={invalid || undefined}
      />
      <span className="question-picker__text">
        {text}
        <AskedMark at={askedAt} />
      </span>
    </label>
  );
  return (
    <div role="radiogroup" className="question-picker" aria-labelledby={`${id}-label`} aria-describedby={describedBy}>
      <p className="field__label" id={`${id}-label`}>
        {label}
      </p>
      <div className="question-picker__list">
        {catalogue.places.map((place) =>
          place.questions.length === 0 ? null : (
            <div key={place.id} role="group" className="question-picker__place" aria-labelledby={`${id}-${place.id}`}>
              <p className="question-picker__place-name" id={`${id}-${place.id}`}>
                {place.name[language]}
              </p>
              {place.questions.map((question) => option(question.id, question.text[language], asked?.get(question.id)))}
            </div>
          ),
        )}
        {option(OWN_TITLE, ownTitleLabel)}
      </div>
    </div>
  );
}
