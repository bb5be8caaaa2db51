import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveSummary } from '../../../../shared/domain/archive';
import { useDateFormat } from '../../app/format-date';
import { Link } from '../../app/router';
import { ArchiveIcon } from '../../components/icons';
import { ArchivePdfButton, ArchiveRestoreButton, useArchiveActions } from './use-archive-actions';

interface ArchivedBannerProps {
  archive: ArchiveSummary;
  /** Where "back" goes: the archive from the timeline, the timeline from a round. */
  back: { to: string; label: string };
}

/**
 * Above every screen of an archived dossier: it is archived and read-only, closed when and kept until when, and
 * what can be done with the archive itself — restore it, save its signed PDF — and the way back.
 */
export function ArchivedBanner({ archive, back }: ArchivedBannerProps) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const titleId = useId();
  const actions = useArchiveActions(archive.id);
  return (
    <section className="archived-banner" aria-labelledby={titleId}>
      <ArchiveIcon />
      <div className="archived-banner__text">
        <h3 className="archived-banner__title" id={titleId}>
          {t('archive.open.bannerTitle')}
        </h3>
        <p className="archived-banner__dates">
          <span>{t('archive.open.closed', { date: format.date(archive.closedAt) })}</span>
          <span>{t('archive.open.until', { date: format.date(archive.retentionUntil) })}</span>
        </p>
        <p className="archived-banner__body">{t('archive.open.bannerBody')}</p>
      </div>
      <div className="archived-banner__actions">
        <ArchiveRestoreButton actions={actions} prominent />
        <ArchivePdfButton actions={actions} />
        <Link to={back.to} className="button button--quiet button--small">
          {back.label}
        </Link>
      </div>
      <div className="archived-banner__outcome">{actions.outcome}</div>
    </section>
  );
}
