import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { TrajectSummary } from '../../../../shared/domain/traject';
import { Link, paths } from '../../app/router';
import type { DirectoryEntry } from './dashboard-model';

function TrajectChip({ traject, t }: { traject: TrajectSummary; t: TFunction }) {
  const closed = traject.status !== 'active';
  return (
    <li>
      <Link to={paths.traject(traject.id)} className={closed ? 'traject-chip traject-chip--closed' : 'traject-chip'}>
        <span className="traject-chip__title">{traject.title}</span>
        <span className="traject-chip__meta">
          {closed ? t('clients.status.closed') : t('clients.directory.rounds', { count: traject.rounds })}
        </span>
        {!closed && traject.awaiting.length > 0 && (
          <span className="traject-chip__awaiting">
            {t('clients.directory.awaiting', { count: traject.awaiting.length })}
          </span>
        )}
      </Link>
    </li>
  );
}

/**
 * A client in the directory: the name opens their screen, each active traject opens its own. Closed trajects are
 * out of the way unless the coach asks for them. Memoised: typing in the filter re-renders only what changed; and
 * `t` comes from the list, rather than a hook per row.
 */
export const DirectoryRow = memo(function DirectoryRow({
  entry,
  showClosed,
  t,
}: {
  entry: DirectoryEntry;
  showClosed: boolean;
  t: TFunction;
}) {
  const { client, active, closed } = entry;
  const trajects = showClosed ? [...active, ...closed] : active;
  return (
    <li className="directory-row">
      <div className="directory-row__client">
        <Link to={paths.client(client.id)} className="directory-row__name">
          {client.name}
        </Link>
        {client.email && <span className="directory-row__email">{client.email}</span>}
      </div>
      {trajects.length > 0 ? (
        <ul className="directory-row__trajects" aria-label={t('clients.directory.trajectsOf', { name: client.name })}>
          {trajects.map((traject) => (
            <TrajectChip key={traject.id} traject={traject} t={t} />
          ))}
        </ul>
      ) : (
        <p className="directory-row__none">{t('clients.directory.noTrajects')}</p>
      )}
    </li>
  );
});
