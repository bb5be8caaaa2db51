import { useTranslation } from 'react-i18next';
import { useStudio } from '../../app/studio-context';
import { DownloadIcon } from '../../components/icons';
import { madeFile, useExport } from './use-export';

/** The signed PDF of one sent reply, to attach to an e-mail. */
export function ReplyPdfButton({ trajectId, roundId }: { trajectId: string; roundId: string }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const { busy, run, outcome } = useExport();
  return (
    <div className="reply-pdf">
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => void run(async () => madeFile(await studio.export.replyPdf({ trajectId, roundId })))}
      >
        <DownloadIcon />
        <span>{busy ? t('export.reply.busy') : t('export.reply.submit')}</span>
      </button>
      {outcome}
    </div>
  );
}
