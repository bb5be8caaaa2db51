import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import { AlertIcon } from '../../components/icons';
import { TextField } from '../../components/TextField';
import type { Language } from '../../i18n/language';
import { OWN_TITLE, type AnswerErrors } from './add-round';
import type { AskedQuestions } from './asked-questions';
import { QuestionSelect } from './QuestionSelect';

interface AnswerHeadingFieldsProps {
  question: string;
  title: string;
  errors: Omit<AnswerErrors, 'text'>;
  catalogue: Catalogue;
  language: Language;
  onChange: (change: { question?: string; title?: string }) => void;
  /** Questions the client answered before, marked in the list. */
  asked?: AskedQuestions;
}

/** Which catalogue question an answer answers, or the title of the coach's own it goes under. */
export function AnswerHeadingFields({
  question,
  title,
  errors,
  catalogue,
  language,
  onChange,
  asked,
}: AnswerHeadingFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const questionErrorId = `${id}-question-error`;
  return (
    <>
      <div className="field">
        <QuestionSelect
          value={question}
          onChange={(next) => onChange({ question: next })}
          catalogue={catalogue}
          language={language}
          label={t('traject.addRound.question')}
          ownTitleLabel={t('traject.addRound.ownTitleOption')}
          invalid={errors.question !== undefined}
          describedBy={errors.question ? questionErrorId : undefined}
          asked={asked}
        />
        {errors.question && (
          <p className="field__error" id={questionErrorId}>
            <AlertIcon />
            <span>{t(`traject.addRound.errors.${errors.question}`)}</span>
          </p>
        )}
      </div>
      {question === OWN_TITLE && (
        <TextField
          label={t('traject.addRound.ownTitle')}
          value={title}
          onChange={(next) => onChange({ title: next })}
          error={errors.title ? t(`traject.addRound.errors.${errors.title}`) : undefined}
          autoComplete="off"
        />
      )}
    </>
  );
}
