import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../../shared/domain/dossier';

/** The files that came with an answer, by name and size. (Opening them comes with the import of files.) */
export function AttachmentList({ attachments }: { attachments: Answer['attachments'] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  if (attachments.length === 0) return null;
  const size = new Intl.NumberFormat(i18n.resolvedLanguage, { maximumFractionDigits: 0 });
  return (
    <div className="attachments">
      <h5 className="attachments__title" id={id}>
        {t('round.answers.attachments')}
      </h5>
      <ul className="attachments__list" aria-labelledby={id}>
        {attachments.map((attachment) => (
          <li key={attachment.id} className="attachments__item">
            <span className="attachments__name">{attachment.name}</span>
            <span className="attachments__size">
              {t('round.answers.attachmentSize', { size: size.format(Math.max(1, attachment.size / 1024)) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
