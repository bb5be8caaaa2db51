import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import { navigate, paths } from '../../app/router';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckIcon, DownloadIcon } from '../../components/icons';
import { madeFile, useExport } from '../export/use-export';

type Outcome = { kind: 'verified'; entries: number } | { kind: 'failed'; error: ApiError };

/**
 * What can be done with one archive, wherever it is shown (its row in the archive, the banner of its read-only
 * view): verify it, save its signed PDF, restore it — which takes the coach to the restored traject's page.
 */
export function useArchiveActions(archiveId: string) {
  const studio = useStudio();
  const pdf = useExport();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const act = async (action: () => Promise<Outcome | undefined>) => {
    setBusy(true);
    setOutcome(undefined);
    setOutcome(await action());
    setBusy(false);
  };
  const verify = () =>
    act(async () => {
      const result = await studio.archive.verify({ id: archiveId });
      return result.ok ? { kind: 'verified', entries: result.value.entries } : { kind: 'failed', error: result.error };
    });
  const restore = () =>
    act(async () => {
      const result = await studio.archive.restore({ id: archiveId });
      // Restored, the traject is where the coach goes next: its page, closed and read-only.
      if (result.ok) navigate(paths.traject(result.value.id));
      return result.ok ? undefined : { kind: 'failed', error: result.error };
    });
  const exportPdf = () => pdf.run(async () => madeFile(await studio.archive.exportPdf({ id: archiveId })));

  return {
    busy,
    pdfBusy: pdf.busy,
    verify,
    restore,
    exportPdf,
    /** What the last action came to, in a status slot; and the PDF's own outcome. */
    outcome: (
      <>
        <div className="status-slot archive-row__outcome" role="status">
          <ActionOutcome outcome={outcome} />
        </div>
        {pdf.outcome}
      </>
    ),
  };
}

type ArchiveActions = ReturnType<typeof useArchiveActions>;

/** "Ondertekende PDF": saves the PDF signed when the traject was closed. */
export function ArchivePdfButton({ actions }: { actions: ArchiveActions }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--quiet button--small"
      disabled={actions.pdfBusy}
      onClick={() => void actions.exportPdf()}
    >
      <DownloadIcon />
      <span>{t('archive.actions.pdf')}</span>
    </button>
  );
}

/** "Herstellen": the archive back to a closed traject; prominent where it is the way out of the read-only view. */
export function ArchiveRestoreButton({ actions, prominent = false }: { actions: ArchiveActions; prominent?: boolean }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`button ${prominent ? 'button--secondary' : 'button--quiet'} button--small`}
      disabled={actions.busy}
      onClick={() => void actions.restore()}
    >
      {t('archive.actions.restore')}
    </button>
  );
}

function ActionOutcome({ outcome }: { outcome: Outcome | undefined }) {
  const { t } = useTranslation();
  if (outcome?.kind === 'verified') {
    return (
      <p className="notice notice--success">
        <CheckIcon />
        <span>{t('archive.actions.verified', { entries: outcome.entries })}</span>
      </p>
    );
  }
  if (outcome?.kind === 'failed') return <ErrorAlert code={outcome.error.code} params={outcome.error.params} />;
  return null;
}
