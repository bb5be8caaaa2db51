import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveSummary } from '../../../../shared/domain/archive';
import { useDateFormat } from '../../app/format-date';
import { Link, paths } from '../../app/router';
import { DestroyArchiveDialog } from './DestroyArchiveDialog';
import { ArchivePdfButton, ArchiveRestoreButton, useArchiveActions } from './use-archive-actions';

/** One archive: whom and what it holds, its dates, and open, verify, the signed PDF, restore and destroy. */
export function ArchiveRow({ archive, onChanged }: { archive: ArchiveSummary; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const actions = useArchiveActions(archive.id);
  const [destroying, setDestroying] = useState(false);

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
        <Link
          to={paths.archived(archive.id)}
          className="button button--secondary button--small"
          aria-label={t('archive.open.linkLabel', { title: archive.title })}
        >
          {t('archive.open.link')}
        </Link>
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={actions.busy}
          onClick={() => void actions.verify()}
        >
          {t('archive.actions.verify')}
        </button>
        <ArchivePdfButton actions={actions} />
        <ArchiveRestoreButton actions={actions} />
        <button
          type="button"
          className="button button--quiet button--small button--danger"
          disabled={actions.busy}
          onClick={() => setDestroying(true)}
        >
          {t('archive.actions.destroy')}
        </button>
      </div>
      {actions.outcome}
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
