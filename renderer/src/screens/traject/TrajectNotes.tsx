import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { DossierView } from '../../../../shared/domain/dossier';
import { richTextFromPlain } from '../../../../shared/domain/rich-text';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckIcon, PrivateNoteIcon } from '../../components/icons';
import { TextField } from '../../components/TextField';
import { NoteItem, useNoteText } from './NoteItem';

interface TrajectNotesProps {
  trajectId: string;
  notes: DossierView['notes'];
  active: boolean;
  /** A note was added or edited: read the dossier again. Absent: notes are only shown (an archived dossier). */
  onChanged?: () => Promise<void>;
}

/**
 * The coach's private notes on a traject, newest first, a field to add one, and editing each in place (the earlier
 * wording stays in the dossier's history).
 */
export function TrajectNotes({ trajectId, notes, active, onChanged }: TrajectNotesProps) {
  const { t } = useTranslation();
  const studio = useStudio();
  const titleId = useId();
  const note = useNoteText();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState(false);
  const newestFirst = [...notes].reverse();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAdded(false);
    if (!note.check()) return;
    setBusy(true);
    setFailure(undefined);
    const result = await studio.traject.addNote({ trajectId, content: richTextFromPlain(note.text) });
    if (result.ok) {
      await onChanged?.();
      note.start('');
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
      {active && onChanged && (
        <form className="form notes__form" onSubmit={(event) => void submit(event)} noValidate>
          <TextField label={t('traject.notes.label')} hint={t('traject.notes.hint')} rows={3} {...note.field} />
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
          {newestFirst.map((note) => (
            <NoteItem key={note.seq} trajectId={trajectId} note={note} onEdited={active ? onChanged : undefined} />
          ))}
        </ol>
      )}
    </section>
  );
}
