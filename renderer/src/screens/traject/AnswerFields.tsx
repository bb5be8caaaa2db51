import type { ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import { TrashIcon } from '../../components/icons';
import { TextField } from '../../components/TextField';
import type { Language } from '../../i18n/language';
import type { AnswerDraft, AnswerErrors } from './add-round';
import { AnswerHeadingFields } from './AnswerHeadingFields';
import type { AskedQuestions } from './asked-questions';
import { plainTextOfHtml } from './plain-paste';

interface AnswerFieldsProps {
  number: number;
  answer: AnswerDraft;
  errors: AnswerErrors;
  catalogue: Catalogue;
  language: Language;
  onChange: (change: Partial<AnswerDraft>) => void;
  onPasted: () => void;
  /** Absent while this is the only answer: a round has at least one. */
  onRemove?: () => void;
  asked?: AskedQuestions;
}

/** One answer of a new round: which question it answers (or its own title) and its text. */
export function AnswerFields({
  number,
  answer,
  errors,
  catalogue,
  language,
  onChange,
  onPasted,
  onRemove,
  asked,
}: AnswerFieldsProps) {
  const { t } = useTranslation();

  // A textarea only ever takes plain text; a clipboard with nothing but HTML gets its text read out of it here.
  const paste = (event: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    onPasted();
    const data = event.clipboardData;
    if (data.getData('text/plain') !== '' || data.getData('text/html') === '') return;
    event.preventDefault();
    const field = event.currentTarget;
    field.setRangeText(
      plainTextOfHtml(data.getData('text/html')),
      field.selectionStart ?? 0,
      field.selectionEnd ?? 0,
      'end',
    );
    onChange({ text: field.value });
  };

  return (
    <fieldset className="answer-fields" data-answer={answer.key}>
      <legend className="answer-fields__legend">{t('traject.addRound.answer', { number })}</legend>
      {onRemove && (
        <button type="button" className="button button--quiet answer-fields__remove" onClick={onRemove}>
          <TrashIcon />
          <span>{t('traject.addRound.removeAnswer', { number })}</span>
        </button>
      )}
      <AnswerHeadingFields
        question={answer.question}
        title={answer.title}
        errors={errors}
        catalogue={catalogue}
        language={language}
        onChange={onChange}
        asked={asked}
      />
      <TextField
        label={t('traject.addRound.text')}
        hint={t('traject.addRound.textHint')}
        multiline
        rows={8}
        value={answer.text}
        onChange={(text) => onChange({ text })}
        onPaste={paste}
        error={errors.text ? t(`traject.addRound.errors.${errors.text}`) : undefined}
        className="answer-fields__text"
      />
    </fieldset>
  );
}
