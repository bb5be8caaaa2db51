import { zipSync, type Zippable } from 'fflate';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { base64Bytes } from '../../app/save-file';
import { useStudio } from '../../app/studio-context';
import { DownloadIcon } from '../../components/icons';
import { useExport } from './use-export';

/**
 * An access request (inzageverzoek): the signed dossier PDF of every traject of the client and all attachments,
 * handed over as one zip, which is the one-folder bundle a browser download can carry.
 */
export function AccessRequestCard({ clientId, client }: { clientId: string; client: string }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const titleId = useId();
  const { busy, run, outcome } = useExport();

  const make = async () => {
    const result = await studio.export.accessBundle({ clientId });
    if (!result.ok) return result;
    // PDFs and most attachments are compressed already: stored as they are, the zip is made at once.
    const entries: Zippable = {};
    for (const file of result.value.files) entries[file.fileName] = [base64Bytes(file.base64), { level: 0 }];
    const bytes = zipSync(entries) as Uint8Array<ArrayBuffer>;
    return { ok: true as const, value: { fileName: t('export.access.fileName'), bytes } };
  };

  return (
    <section className="card page-section" aria-labelledby={titleId}>
      <h3 className="section-title" id={titleId}>
        {t('export.access.title')}
      </h3>
      <p className="section-intro">{t('export.access.intro', { client })}</p>
      <div>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run(make)}>
          <DownloadIcon />
          <span>{busy ? t('export.access.busy') : t('export.access.submit')}</span>
        </button>
      </div>
      {outcome}
    </section>
  );
}
