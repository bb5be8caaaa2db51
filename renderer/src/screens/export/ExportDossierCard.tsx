import { useId, useState } from 'react';
import { LongWorkProgress } from '../../components/LongWorkProgress';
import { useTranslation } from 'react-i18next';
import { useStudio } from '../../app/studio-context';
import { DownloadIcon } from '../../components/icons';
import { madeFile, useExport } from './use-export';

/** "Dossier exporteren (ondertekend)": the whole traject as a signed PDF, the private notes only when asked. */
export function ExportDossierCard({ trajectId }: { trajectId: string }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const titleId = useId();
  const [includeNotes, setIncludeNotes] = useState(false);
  const { busy, run, outcome } = useExport();

  return (
    <section className="card page-section" aria-labelledby={titleId}>
      <h3 className="section-title" id={titleId}>
        {t('export.dossier.title')}
      </h3>
      <p className="section-intro">{t('export.dossier.intro')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={includeNotes} onChange={(event) => setIncludeNotes(event.target.checked)} />
        <span>{t('export.dossier.notes')}</span>
      </label>
      <div>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void run(async () => madeFile(await studio.export.dossierPdf({ trajectId, includeNotes })))}
        >
          <DownloadIcon />
          <span>{busy ? t('export.dossier.busy') : t('export.dossier.submit')}</span>
        </button>
      </div>
      <LongWorkProgress active={busy} />
      {outcome}
    </section>
  );
}
