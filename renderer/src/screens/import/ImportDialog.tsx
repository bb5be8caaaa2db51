import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { Catalogue } from '../../../../shared/domain/catalogue';
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
  const [items, setItems] = useState<ImportItem[] | undefined>();
  const [errors, setErrors] = useState<Map<string, ImportDraftErrors>>(new Map());
  const [problem, setProblem] = useState<'nothingChosen' | 'fixFirst' | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void previewImport(studio, trajectId, input, language).then((previewed) => {
      if (current) setItems(previewed);
    });
    return () => {
      current = false;
    };
    // The preview is made once, for what was dropped when the dialog opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const drafts = (items ?? []).flatMap((item) => (item.ok ? [item.draft] : []));
  const chosen = drafts.filter((draft) => draft.include).length;
  const refused = (items ?? []).length - drafts.length;

  const commit = async () => {
    if (busy) return;
    if (chosen === 0) return setProblem('nothingChosen');
    const checked = checkImport(trajectId, drafts);
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
    <Dialog titleId={titleId} onClose={busy ? () => undefined : onClose} className="import-dialog">
      <div className="dialog__header">
        <h2 className="dialog__title" id={titleId}>
          {t('import.title')}
        </h2>
        <p className="muted">{t('import.intro')}</p>
      </div>
      <div className="import-dialog__body" aria-busy={items === undefined}>
        {items === undefined ? (
          <p className="page-loading" role="status">
            {t('import.reading')}
          </p>
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
          <button type="button" className="button button--quiet" onClick={onClose} disabled={busy}>
            {drafts.length > 0 ? t('import.cancel') : t('import.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
