import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { Language } from '../../../../shared/i18n/language';
import { useStudio } from '../../app/studio-context';
import { madeFile, useExport } from '../export/use-export';
import { AnswerPacketDialog } from './AnswerPacketDialog';

/**
 * "Antwoordpakket": the coach makes one HTML file with questions for the client, who answers it offline and
 * sends back a file only this studio can open. Saved like the other files the studio makes.
 */
export function AnswerPacketCard({
  trajectId,
  catalogue,
  language,
}: {
  trajectId: string;
  catalogue: Catalogue;
  /** The client's language, the packet's first choice. */
  language: Language;
}) {
  const { t } = useTranslation();
  const studio = useStudio();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [made, setMade] = useState(false);
  const { run, outcome } = useExport();

  return (
    <section className="card page-section" aria-labelledby={titleId}>
      <h3 className="section-title" id={titleId}>
        {t('packet.title')}
      </h3>
      <p className="section-intro">{t('packet.intro')}</p>
      <div>
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t('packet.open')}
        </button>
      </div>
      {outcome}
      {made && <p className="section-intro">{t('packet.sendHint')}</p>}
      {open && (
        <AnswerPacketDialog
          trajectId={trajectId}
          catalogue={catalogue}
          language={language}
          make={async (packet) => madeFile(await studio.packet.create({ trajectId, ...packet }))}
          onClose={() => setOpen(false)}
          onMade={(file) => {
            setOpen(false);
            setMade(true);
            void run(async () => ({ ok: true, value: file }));
          }}
        />
      )}
    </section>
  );
}
