import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { Language } from '../../i18n/language';
import { OWN_TITLE } from './add-round';

interface QuestionSelectProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  catalogue: Catalogue;
  language: Language;
  placeholder: string;
  ownTitleLabel: string;
  invalid: boolean;
  describedBy: string | undefined;
}

/** The catalogue's questions grouped by place, in the coach's language, and "a title of my own" at the end. */
export function QuestionSelect({
  id,
  value,
  onChange,
  catalogue,
  language,
  placeholder,
  ownTitleLabel,
  invalid,
  describedBy,
}: QuestionSelectProps) {
  return (
    <div className="field__control field__control--select">
      <select
        id={id}
        className="field__input field__select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      >
        <option value="" disabled>
          {placeholder}
        </option>
        {catalogue.places.map((place) => (
          <optgroup key={place.id} label={place.name[language]}>
            {place.questions.map((question) => (
              <option key={question.id} value={question.id}>
                {question.text[language]}
              </option>
            ))}
          </optgroup>
        ))}
        <option value={OWN_TITLE}>{ownTitleLabel}</option>
      </select>
    </div>
  );
}
