import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { NoteView } from '../../../../shared/domain/dossier';
import { MAX_TEXT_LENGTH, plainTextOf, richTextFromPlain } from '../../../../shared/domain/rich-text';
import { useDateFormat } from '../../app/format-date';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PlainParagraphs } from '../../components/PlainParagraphs';
import { TextField } from '../../components/TextField';

type NoteProblem = 'textEmpty' | 'textTooLong';

/**
 * The text of a note being written or edited: the field's props, and `check()` before it goes to the studio (the
 * field says what is wrong and gets the focus; the error goes as soon as the coach types).
 */
export function useNoteText() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<NoteProblem | undefined>();
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const check = (): boolean => {
    const found: NoteProblem | undefined =
      text.trim() === '' ? 'textEmpty' : text.length > MAX_TEXT_LENGTH ? 'textTooLong' : undefined;
    setProblem(found);
    if (found) fieldRef.current?.focus();
    return found === undefined;
  };
  const start = (value: string) => {
    setText(value);
    setProblem(undefined);
  };
  const field = {
    multiline: true,
    value: text,
    onChange: start,
    error: problem ? t(`traject.notes.${problem}`) : undefined,
    fieldRef,
  };
  return { text, start, check, field, focus: () => fieldRef.current?.focus() };
}

interface NoteItemProps {
  trajectId: string;
  note: NoteView;
  /** Absent: the note is only shown (a closed or archived traject). */
  onEdited?: () => Promise<void>;
}

/**
 * One private note: its text, when it was written and last edited, its earlier wordings (kept in the dossier's
 * history, shown on request) and, while the traject is open, editing it in place.
 */
export function NoteItem({ trajectId, note, onEdited }: NoteItemProps) {
  const { t } = useTranslation();
  const studio = useStudio();
  const format = useDateFormat();
  const [editing, setEditing] = useState(false);
  const draft = useNoteText();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const statusId = useId();
  const written = format.dateTime(note.at);

  const startEditing = () => {
    draft.start(plainTextOf(note.content));
    setFailure(undefined);
    setSaved(false);
    setEditing(true);
    requestAnimationFrame(draft.focus);
  };
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButtonRef.current?.focus());
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !onEdited || !draft.check()) return;
    const text = draft.text;
    if (text === plainTextOf(note.content)) return stopEditing();
    setBusy(true);
    setFailure(undefined);
    const result = await studio.traject.editNote({ trajectId, noteSeq: note.seq, content: richTextFromPlain(text) });
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    await onEdited();
    setSaved(true);
    stopEditing();
  };

  return (
    <li className="note">
      <p className="note__at">
        <time dateTime={note.at}>{t('traject.notes.at', { date: written })}</time>
        {note.editedAt && (
          <>
            {' · '}
            <time dateTime={note.editedAt}>{t('traject.notes.edited', { date: format.dateTime(note.editedAt) })}</time>
          </>
        )}
      </p>
      {editing ? (
        <form className="form note__form" onSubmit={(event) => void save(event)} noValidate>
          <TextField label={t('traject.notes.editLabel', { date: written })} rows={4} {...draft.field} />
          {failure && <ErrorAlert code={failure.code} />}
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? t('traject.notes.saving') : t('traject.notes.save')}
            </button>
            <button type="button" className="button button--quiet" onClick={stopEditing} disabled={busy}>
              {t('traject.notes.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <PlainParagraphs doc={note.content} />
          {onEdited && (
            <button
              ref={editButtonRef}
              type="button"
              className="link-button note__edit"
              aria-label={t('traject.notes.editLabel', { date: written })}
              aria-describedby={saved ? statusId : undefined}
              onClick={startEditing}
            >
              {t('traject.notes.edit')}
            </button>
          )}
        </>
      )}
      <div className="status-slot" role="status" id={statusId}>
        {saved && !editing && <p className="muted">{t('traject.notes.saved')}</p>}
      </div>
      {note.earlier && note.earlier.length > 0 && (
        <details className="note__history">
          <summary>{t('traject.notes.earlier', { count: note.earlier.length })}</summary>
          <ol className="note__versions" reversed>
            {[...note.earlier].reverse().map((version) => (
              <li key={version.at} className="note__version">
                <p className="note__at">
                  <time dateTime={version.at}>{t('traject.notes.version', { date: format.dateTime(version.at) })}</time>
                </p>
                <PlainParagraphs doc={version.content} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
