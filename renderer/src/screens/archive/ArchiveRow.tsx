import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { ArchiveSummary } from '../../../../shared/domain/archive';
import { useDateFormat } from '../../app/format-date';
import { navigate, paths } from '../../app/router';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckIcon, DownloadIcon } from '../../components/icons';
import { madeFile, useExport } from '../export/use-export';
import { DestroyArchiveDialog } from './DestroyArchiveDialog';

type Outcome = { kind: 'verified'; entries: number } | { kind: 'failed'; error: ApiError };

/** One archive: whom and what it holds, its dates, and verify, the signed PDF, restore and destroy. */
export function ArchiveRow({ archive, onChanged }: { archive: ArchiveSummary; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const format = useDateFormat();
  const pdf = useExport();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [destroying, setDestroying] = useState(false);

  const act = async (action: () => Promise<Outcome | undefined>) => {
    setBusy(true);
    setOutcome(undefined);
    setOutcome(await action());
    setBusy(false);
  };
  const verify = () =>
    act(async () => {
      const result = await studio.archive.verify({ id: archive.id });
      return result.ok ? { kind: 'verified', entries: result.value.entries } : { kind: 'failed', error: result.error };
    });
  const restore = () =>
    act(async () => {
      const result = await studio.archive.restore({ id: archive.id });
      // Restored, the traject is where the coach goes next: its page, closed and read-only.
      if (result.ok) navigate(paths.traject(result.value.id));
      return result.ok ? undefined : { kind: 'failed', error: result.error };
    });

  return (
    <li className="archive-row">
      <div className="archive-row__what">
        <p className="archive-row__title">
          <span className="archive-row__client">{archive.clientName}</span> — {archive.title}
        </p>
        <p className="archive-row__dates muted">
          <span>{t('archive.screen.closed', { date: format.date(archive.closedAt) })}</span>
          <span>{t('archive.screen.until', { date: format.date(archive.retentionUntil) })}</span>
        </p>
      </div>
      <div className="archive-row__actions">
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={busy}
          onClick={() => void verify()}
        >
          {t('archive.actions.verify')}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={pdf.busy}
          onClick={() => void pdf.run(async () => madeFile(await studio.archive.exportPdf({ id: archive.id })))}
        >
          <DownloadIcon />
          <span>{t('archive.actions.pdf')}</span>
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={busy}
          onClick={() => void restore()}
        >
          {t('archive.actions.restore')}
        </button>
        <button
          type="button"
          className="button button--quiet button--small button--danger"
          disabled={busy}
          onClick={() => setDestroying(true)}
        >
          {t('archive.actions.destroy')}
        </button>
      </div>
      <div className="status-slot archive-row__outcome" role="status">
        {outcome?.kind === 'verified' && (
          <p className="notice notice--success">
            <CheckIcon />
            <span>{t('archive.actions.verified', { entries: outcome.entries })}</span>
          </p>
        )}
        {outcome?.kind === 'failed' && <ErrorAlert code={outcome.error.code} params={outcome.error.params} />}
      </div>
      {pdf.outcome}
      {destroying && (
        <DestroyArchiveDialog
          archive={archive}
          onClose={() => setDestroying(false)}
          onDestroyed={() => {
            setDestroying(false);
            void onChanged();
          }}
        />
      )}
    </li>
  );
}
