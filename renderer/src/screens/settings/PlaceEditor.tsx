import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { LANGUAGES, type DraftPlace, type DraftQuestion, type DraftText } from './catalogue-draft';
import { problemText, type FieldProblem } from './validation';
import { useLanguage } from '../../i18n/use-language';
import type { Language } from '../../../../shared/i18n/language';

interface PlaceEditorProps {
  place: DraftPlace;
  number: number;
  open: boolean;
  onToggle: (open: boolean) => void;
  onChange: (place: DraftPlace) => void;
  onAddQuestion: () => void;
  onRemove: () => void;
  /** Problems by field path (see `catalogueProblems`), shown once a save was tried. */
  problems: ReadonlyMap<string, FieldProblem>;
  showProblems: boolean;
  /** A field just added ("<key>.name.nl", "<key>.text.nl") that takes the focus once it is there. */
  focusPath: string | null;
  onFocused: () => void;
}

/** One place of the catalogue, folded by default: its names, its description, and its questions in both languages. */
export function PlaceEditor({
  place,
  number,
  open,
  onToggle,
  onChange,
  onAddQuestion,
  onRemove,
  problems,
  showProblems,
  focusPath,
  onFocused,
}: PlaceEditorProps) {
  const { t } = useTranslation();
  const shownLanguage = useLanguage();
  const languageName = (language: Language) => t(`settings.catalogue.languages.${language}`);
  const focusWhenNew = (path: string) => (element: HTMLElement | null) => {
    if (element && path === focusPath) {
      element.focus();
      onFocused();
    }
  };
  const problem = (path: string) => (showProblems ? problemText(t, problems.get(path)) : undefined);
  const title = place.name[shownLanguage].trim() || place.name.nl.trim() || t('settings.catalogue.newPlace');

  const setText = (field: 'name' | 'description', language: 'nl' | 'en', value: string) =>
    onChange({ ...place, [field]: { ...place[field], [language]: value } satisfies DraftText });
  const setQuestion = (question: DraftQuestion, language: 'nl' | 'en', value: string) =>
    onChange({
      ...place,
      questions: place.questions.map((candidate) =>
        candidate.key === question.key ? { ...candidate, text: { ...candidate.text, [language]: value } } : candidate,
      ),
    });
  const removeQuestion = (question: DraftQuestion) =>
    onChange({ ...place, questions: place.questions.filter((candidate) => candidate.key !== question.key) });

  return (
    <details className="place-editor" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary className="place-editor__summary">
        <span className="place-editor__name">{title}</span>
        <span className="place-editor__count">
          {t('settings.catalogue.questionCount', { count: place.questions.length })}
        </span>
      </summary>
      <div className="place-editor__body">
        <fieldset className="place-editor__fields">
          <legend className="visually-hidden">{t('settings.catalogue.place', { number })}</legend>
          <div className="settings-grid settings-grid--two">
            {LANGUAGES.map((language) => (
              <TextField
                key={language}
                label={t('settings.catalogue.placeNameIn', { language: languageName(language) })}
                value={place.name[language]}
                fieldRef={focusWhenNew(`${place.key}.name.${language}`)}
                onChange={(value) => setText('name', language, value)}
                error={problem(`${place.key}.name.${language}`)}
              />
            ))}
            {LANGUAGES.map((language) => (
              <TextField
                key={language}
                label={t('settings.catalogue.descriptionIn', { language: languageName(language) })}
                value={place.description[language]}
                multiline
                rows={2}
                onChange={(value) => setText('description', language, value)}
                error={problem(`${place.key}.description.${language}`)}
              />
            ))}
          </div>
        </fieldset>
        <ol className="question-list">
          {place.questions.map((question, index) => (
            <li key={question.key} className="question-list__item">
              <fieldset className="question-list__fields">
                <legend className="question-list__legend">
                  {t('settings.catalogue.question', { number: index + 1 })}
                </legend>
                <div className="settings-grid settings-grid--two">
                  {LANGUAGES.map((language) => (
                    <TextField
                      key={language}
                      label={t('settings.catalogue.questionIn', {
                        number: index + 1,
                        language: languageName(language),
                      })}
                      value={question.text[language]}
                      fieldRef={focusWhenNew(`${question.key}.text.${language}`)}
                      multiline
                      rows={2}
                      onChange={(value) => setQuestion(question, language, value)}
                      error={problem(`${question.key}.text.${language}`)}
                    />
                  ))}
                </div>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => removeQuestion(question)}
                >
                  {t('settings.catalogue.removeQuestion', { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="place-editor__actions">
          <button type="button" className="button button--secondary button--small" onClick={onAddQuestion}>
            {t('settings.catalogue.addQuestion')}
          </button>
          <button type="button" className="button button--quiet button--small" onClick={onRemove}>
            {t('settings.catalogue.removePlace')}
          </button>
        </div>
      </div>
    </details>
  );
}
