import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { ImportProgress } from '../../../../shared/domain/import';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormAlert } from '../../components/FormAlert';
import { useLanguage } from '../../i18n/use-language';
import { Dialog } from '../../components/Dialog';
import { checkImport, type ImportDraftErrors, type ImportItem } from './import-draft';
import { ImportFileCard } from './ImportFileCard';
import { previewImport, type ImportInput } from './preview-import';

export interface ImportedRound {
  id: string;
  answers: number;
}

interface ImportDialogProps {
  trajectId: string;
  catalogue: Catalogue;
  input: ImportInput;
  onClose: () => void;
  onImported: (rounds: ImportedRound[]) => void;
}

/**
 * The preview of an import: every file converted and sanitised by the studio, checked and corrected by the coach,
 * and only then committed, all files in one go. A refused file is named with its reason; the others go on.
 */
export function ImportDialog({ trajectId, catalogue, input, onClose, onImported }: ImportDialogProps) {
  const { t } = useTranslation();
  const studio = useStudio();
  const language = useLanguage();
  const titleId = useId();
  const trajectFieldId = useId();
  // The traject the rounds go to: the one the dialog was opened on, unless the coach chooses another (an e-mail
  // from another client's address); every file is then read again for that traject's checks.
  const [target, setTarget] = useState(trajectId);
  const trajects = useActiveTrajects();
  const [job, setJob] = useState<string | undefined>();
  const progress = useImportProgress(job);
  const cancelled = useRef(false);
  const [items, setItems] = useState<ImportItem[] | undefined>();
  const [errors, setErrors] = useState<Map<string, ImportDraftErrors>>(new Map());
  const [problem, setProblem] = useState<'nothingChosen' | 'fixFirst' | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void previewImport(studio, target, input, language, {
      onJob: (jobId) => current && setJob(jobId),
      cancelled: () => cancelled.current || !current,
    }).then((previewed) => {
      if (!current) return;
      setJob(undefined);
      setItems(previewed);
    });
    return () => {
      current = false;
    };
    // The preview is made for what was dropped when the dialog opened, again when the traject changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);

  /** While the files are read: stops the reading in the studio at once, and closes the dialog. */
  const stopReading = () => {
    cancelled.current = true;
    if (job) void studio.import.cancel({ jobId: job });
    onClose();
  };

  const drafts = (items ?? []).flatMap((item) => (item.ok ? [item.draft] : []));
  const chosen = drafts.filter((draft) => draft.include).length;
  const refused = (items ?? []).length - drafts.length;

  const commit = async () => {
    if (busy) return;
    if (chosen === 0) return setProblem('nothingChosen');
    const checked = checkImport(target, drafts);
    setErrors(checked.ok ? new Map() : checked.errors);
    if (!checked.ok) return setProblem('fixFirst');
    setProblem(undefined);
    setFailure(undefined);
    setBusy(true);
    const result = await studio.import.commit(checked.request);
    if (result.ok) return onImported(result.value.rounds);
    setBusy(false);
    setFailure(result.error);
  };

  return (
    <Dialog
      titleId={titleId}
      onClose={busy ? () => undefined : items === undefined ? stopReading : onClose}
      className="import-dialog"
    >
      <div className="dialog__header">
        <h2 className="dialog__title" id={titleId}>
          {t('import.title')}
        </h2>
        <p className="muted">{t('import.intro')}</p>
      </div>
      {trajects.length > 1 && (
        <div className="field import-dialog__traject">
          <label className="field__label" htmlFor={trajectFieldId}>
            {t('import.traject')}
          </label>
          <div className="field__control field__control--select">
            <select
              id={trajectFieldId}
              className="field__input field__select"
              value={target}
              disabled={busy || items === undefined}
              aria-describedby={`${trajectFieldId}-hint`}
              onChange={(event) => {
                setItems(undefined);
                setTarget(event.target.value);
              }}
            >
              {trajects.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <p className="field__hint" id={`${trajectFieldId}-hint`}>
            {t('import.trajectHint')}
          </p>
        </div>
      )}
      <div className="import-dialog__body" aria-busy={items === undefined}>
        {items === undefined ? (
          <div className="page-loading">
            <p role="status">
              {progress?.current
                ? t('import.progress', {
                    file: progress.current.file,
                    index: Math.min(progress.filesDone + 1, progress.files),
                    count: progress.files,
                    stage: t(`import.stage.${progress.current.stage}`),
                  })
                : t('import.reading')}
            </p>
            {progress && progress.bytes > 0 && (
              <progress
                className="import-dialog__progress"
                aria-label={t('import.progressLabel')}
                max={progress.bytes}
                value={progress.bytesDone}
              />
            )}
          </div>
        ) : (
          <>
            <p role="status" className="import-dialog__summary">
              {t('import.summary', { count: items.length, ready: drafts.length, refused })}
            </p>
            {items.map((item, index) =>
              item.ok ? (
                <ImportFileCard
                  key={item.draft.previewId}
                  draft={item.draft}
                  errors={errors.get(item.draft.previewId)}
                  catalogue={catalogue}
                  language={language}
                  onChange={(draft) => {
                    setProblem(undefined);
                    setItems((previous) =>
                      previous?.map((candidate) =>
                        candidate.ok && candidate.draft.previewId === draft.previewId ? { ok: true, draft } : candidate,
                      ),
                    );
                  }}
                />
              ) : (
                <section key={`refused-${index}`} className="import-file import-file--refused">
                  <div className="import-file__header">
                    <h3 className="import-file__name">{item.fileName}</h3>
                    <span className="tag tag--refused">{t('import.refused')}</span>
                  </div>
                  <ErrorAlert code={item.error.code} params={item.error.params} />
                </section>
              ),
            )}
          </>
        )}
      </div>
      <div className="dialog__footer">
        {problem && <FormAlert>{t(`import.${problem}`)}</FormAlert>}
        {failure && <ErrorAlert code={failure.code} params={failure.params} />}
        <div className="form__actions">
          {drafts.length > 0 && (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void commit()}>
              {busy ? t('import.busy') : t('import.submit', { count: chosen })}
            </button>
          )}
          {items === undefined ? (
            <button type="button" className="button button--quiet" onClick={stopReading}>
              {t('import.cancel')}
            </button>
          ) : (
            <button type="button" className="button button--quiet" onClick={onClose} disabled={busy}>
              {drafts.length > 0 ? t('import.cancel') : t('import.close')}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}

/** Every active traject, as "client — title", for the traject the import goes to. */
function useActiveTrajects(): { id: string; label: string }[] {
  const studio = useStudio();
  const [options, setOptions] = useState<{ id: string; label: string }[]>([]);
  useEffect(() => {
    let current = true;
    void Promise.all([studio.client.list({}), studio.traject.list({})]).then(([clients, trajects]) => {
      if (!current || !clients.ok || !trajects.ok) return;
      const names = new Map(clients.value.clients.map((client) => [client.id, client.name]));
      setOptions(
        trajects.value.trajects
          .filter((traject) => traject.status === 'active' && !traject.archivedAt)
          .map((traject) => ({ id: traject.id, label: `${names.get(traject.clientId) ?? ''} — ${traject.title}` })),
      );
    });
    return () => {
      current = false;
    };
  }, [studio]);
  return options;
}

/** How far the studio is with the running preview call, asked a few times a second while it runs. */
function useImportProgress(jobId: string | undefined): ImportProgress | undefined {
  const studio = useStudio();
  const [progress, setProgress] = useState<{ jobId: string; value: ImportProgress } | undefined>();
  useEffect(() => {
    if (!jobId) return undefined;
    let current = true;
    const timer = setInterval(() => {
      void studio.import.progress({ jobId }).then((result) => {
        if (current && result.ok && result.value.running) setProgress({ jobId, value: result.value });
      });
    }, 300);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [studio, jobId]);
  return progress?.jobId === jobId ? progress?.value : undefined;
}
