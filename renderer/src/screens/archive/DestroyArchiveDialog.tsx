import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { ArchiveSummary } from '../../../../shared/domain/archive';
import { useStudio } from '../../app/studio-context';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';

interface DestroyArchiveDialogProps {
  archive: ArchiveSummary;
  onClose: () => void;
  onDestroyed: () => void;
}

/**
 * Destroying an archive is final: a reason for the log, and the traject's title typed again as the second
 * confirmation. Before the retention date it is allowed only as an explicit override, said as such.
 */
export function DestroyArchiveDialog({ archive, onClose, onDestroyed }: DestroyArchiveDialogProps) {
  const { t } = useTranslation();
  const studio = useStudio();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<{ reason?: boolean; typed?: boolean }>({});
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const early = archive.due !== 'due';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = { reason: reason.trim() === '', typed: typed.trim() !== archive.title.trim() };
    setErrors(problems);
    if (problems.reason || problems.typed || busy) return;
    setBusy(true);
    const result = await studio.archive.destroy({ id: archive.id, reason: reason.trim(), force: early });
    if (result.ok) return onDestroyed();
    setBusy(false);
    setFailure(result.error);
  };

  return (
    <Dialog titleId={titleId} onClose={busy ? () => undefined : onClose}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 className="dialog__title" id={titleId}>
          {t('archive.actions.destroyTitle')}
        </h2>
        <p className="dialog__body">{t('archive.actions.destroyWarning', { title: archive.title })}</p>
        {early && <p className="dialog__warning">{t('archive.actions.destroyEarly')}</p>}
        <TextField
          label={t('archive.actions.reason')}
          multiline
          rows={2}
          value={reason}
          onChange={setReason}
          error={errors.reason ? t('archive.actions.reasonEmpty') : undefined}
        />
        <TextField
          label={t('archive.actions.confirmTitle')}
          hint={archive.title}
          value={typed}
          onChange={setTyped}
          autoComplete="off"
          error={errors.typed ? t('archive.actions.confirmMismatch') : undefined}
        />
        {failure && <ErrorAlert code={failure.code} params={failure.params} />}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary button--danger" disabled={busy}>
            {busy ? t('archive.actions.busy') : t('archive.actions.destroyConfirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={busy}>
            {t('archive.actions.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
