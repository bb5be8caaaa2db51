import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import { formatSize } from '../../../../shared/domain/import-limits';
import { useDateFormat } from '../../app/format-date';
import { TextField } from '../../components/TextField';
import type { Language } from '../../i18n/language';
import { RichText } from '../round/RichText';
import { AnswerHeadingFields } from '../traject/AnswerHeadingFields';
import { mergeWithPrevious, updateAnswer, type ImportDraftErrors, type ImportFileDraft } from './import-draft';

interface ImportFileCardProps {
  draft: ImportFileDraft;
  errors: ImportDraftErrors | undefined;
  catalogue: Catalogue;
  language: Language;
  onChange: (draft: ImportFileDraft) => void;
}

/**
 * One previewed file: whether to import it, when it was received, and each answer under its question, which the
 * coach can change or merge with the one above. The text is shown as the studio converted and sanitised it.
 */
export function ImportFileCard({ draft, errors, catalogue, language, onChange }: ImportFileCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const receivedError = errors?.receivedAt;
  const format = useDateFormat();

  return (
    <section className={`import-file${draft.include ? '' : ' import-file--skipped'}`} aria-labelledby={`${id}-name`}>
      <div className="import-file__header">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.include}
            onChange={(event) => onChange({ ...draft, include: event.target.checked })}
          />
          <span className="visually-hidden">{t('import.include', { file: draft.fileName })}</span>
        </label>
        <h3 className="import-file__name" id={`${id}-name`}>
          {draft.fileName}
        </h3>
        <span className="tag">{t(`import.kind.${draft.kind}`)}</span>
        <span className="muted">{t('import.answers', { count: draft.answers.length })}</span>
      </div>
      {draft.include && (
        <div className="import-file__body">
          {(draft.sender || draft.subject || draft.sentAt) && (
            <dl className="import-file__meta">
              {draft.sentAt && (
                <div>
                  <dt>{t('import.sentAt')}</dt>
                  <dd>{format.dateTime(draft.sentAt)}</dd>
                </div>
              )}
              {draft.sender && (
                <div>
                  <dt>{t('import.from')}</dt>
                  <dd>{draft.sender}</dd>
                </div>
              )}
              {draft.subject && (
                <div>
                  <dt>{t('import.subject')}</dt>
                  <dd>{draft.subject}</dd>
                </div>
              )}
            </dl>
          )}
          {draft.warnings.length > 0 && (
            <div className="notice import-file__warnings">
              <p className="import-file__warnings-title">{t('import.warnings')}</p>
              <ul>
                {draft.warnings.map((warning, index) => (
                  <li key={`${warning.code}-${index}`}>{warning.message}</li>
                ))}
              </ul>
            </div>
          )}
          {/* A packet says itself when its client sent it, sealed with the answers: nothing to correct. */}
          {!draft.sentAt && (
            <TextField
              label={t('import.receivedAt')}
              hint={t('import.receivedHint')}
              type="datetime-local"
              value={draft.receivedAt}
              onChange={(receivedAt) => onChange({ ...draft, receivedAt })}
              error={receivedError ? t(`traject.addRound.errors.${receivedError}`) : undefined}
              className="import-file__received"
            />
          )}
          <ol className="import-answers">
            {draft.answers.map((answer, index) => (
              <li key={answer.key} className="import-answer">
                <div className="import-answer__header">
                  <h4 className="import-answer__title">{t('import.answer', { number: index + 1 })}</h4>
                  {index > 0 && (
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      onClick={() => onChange(mergeWithPrevious(draft, answer.key))}
                    >
                      {t('import.merge', { number: index })}
                    </button>
                  )}
                </div>
                <AnswerHeadingFields
                  question={answer.question}
                  title={answer.title}
                  errors={errors?.answers[answer.key] ?? {}}
                  catalogue={catalogue}
                  language={language}
                  onChange={(change) => onChange(updateAnswer(draft, answer.key, change))}
                />
                {/* Scrolls when long, so it takes the focus for keyboard scrolling. */}
                <div
                  className="import-answer__text"
                  tabIndex={0}
                  role="group"
                  aria-label={t('import.answerText', { number: index + 1 })}
                >
                  <RichText doc={answer.content} headingTag="h5" />
                </div>
              </li>
            ))}
          </ol>
          {draft.attachments.length > 0 && (
            <fieldset className="import-file__attachments">
              <legend>{t('import.attachments')}</legend>
              {draft.attachments.map((attachment) => (
                <label key={attachment.token} className="checkbox">
                  <input
                    type="checkbox"
                    checked={attachment.keep}
                    onChange={(event) =>
                      onChange({
                        ...draft,
                        attachments: draft.attachments.map((candidate) =>
                          candidate.token === attachment.token
                            ? { ...candidate, keep: event.target.checked }
                            : candidate,
                        ),
                      })
                    }
                  />
                  <span>
                    {t('import.keepAttachment', { name: attachment.name, size: formatSize(attachment.size) })}
                  </span>
                </label>
              ))}
            </fieldset>
          )}
        </div>
      )}
    </section>
  );
}
