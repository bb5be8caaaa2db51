import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { DossierView } from '../../../../shared/domain/dossier';
import { MAX_TEXT_LENGTH, richTextFromPlain } from '../../../../shared/domain/rich-text';
import { useDateFormat } from '../../app/format-date';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckIcon, PrivateNoteIcon } from '../../components/icons';
import { PlainParagraphs } from '../../components/PlainParagraphs';
import { TextField } from '../../components/TextField';

interface TrajectNotesProps {
  trajectId: string;
  notes: DossierView['notes'];
  active: boolean;
  /** Absent: notes are only shown (an archived dossier, read-only). */
  onAdded?: () => Promise<void>;
}

type Problem = 'textEmpty' | 'textTooLong';

/** The coach's private notes on a traject, newest first, and a field to add one (it enters the dossier for good). */
export function TrajectNotes({ trajectId, notes, active, onAdded }: TrajectNotesProps) {
  const { t } = useTranslation();
  const studio = useStudio();
  const format = useDateFormat();
  const titleId = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState(false);
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const newestFirst = [...notes].reverse();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Problem | undefined =
      text.trim() === '' ? 'textEmpty' : text.length > MAX_TEXT_LENGTH ? 'textTooLong' : undefined;
    setProblem(found);
    setAdded(false);
    if (found) return fieldRef.current?.focus();
    setBusy(true);
    setFailure(undefined);
    const result = await studio.traject.addNote({ trajectId, content: richTextFromPlain(text) });
    if (result.ok) {
      await onAdded?.();
      setText('');
      setAdded(true);
    } else {
      setFailure(result.error);
    }
    setBusy(false);
  };

  return (
    <section className="card page-section notes" aria-labelledby={titleId}>
      <div className="notes__header">
        <PrivateNoteIcon />
        <div>
          <h3 className="section-title" id={titleId}>
            {t('traject.notes.title')}
          </h3>
          <p className="notes__private">{t('traject.notes.private')}</p>
        </div>
      </div>
      {active && onAdded && (
        <form className="form notes__form" onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            label={t('traject.notes.label')}
            hint={t('traject.notes.hint')}
            multiline
            rows={3}
            value={text}
            onChange={(value) => {
              setText(value);
              setProblem(undefined);
            }}
            error={problem ? t(`traject.notes.${problem}`) : undefined}
            fieldRef={fieldRef}
          />
          {failure && <ErrorAlert code={failure.code} />}
          <div className="form__actions">
            <button type="submit" className="button button--secondary" disabled={busy}>
              {busy ? t('traject.notes.busy') : t('traject.notes.submit')}
            </button>
          </div>
          <div className="status-slot" role="status">
            {added && (
              <p className="notice notice--success">
                <CheckIcon />
                {t('traject.notes.done')}
              </p>
            )}
          </div>
        </form>
      )}
      {newestFirst.length === 0 ? (
        <p className="muted">{t('traject.notes.empty')}</p>
      ) : (
        <ol className="notes__list" reversed>
          {newestFirst.map((note, index) => (
            <li key={`${note.at}-${index}`} className="note">
              <p className="note__at">
                <time dateTime={note.at}>{t('traject.notes.at', { date: format.dateTime(note.at) })}</time>
              </p>
              <PlainParagraphs doc={note.content} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
