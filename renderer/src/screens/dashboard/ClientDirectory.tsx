import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisclosure } from '../../app/use-disclosure';
import { PlusIcon, UserIcon } from '../../components/icons';
import { NewClientForm } from '../clients/NewClientForm';
import { filterDirectory, type DirectoryEntry } from './dashboard-model';
import { DirectoryRow } from './DirectoryRow';

/**
 * How many clients are drawn at first and per "toon meer": enough to scroll through, few enough that a practice
 * with 500 clients opens as fast as one with five. The filter always searches them all.
 */
export const DIRECTORY_PAGE = 50;

/** "Cliënten en trajecten": the clients in alphabetical order, a filter, and the way to add one. */
export function ClientDirectory({ entries }: { entries: DirectoryEntry[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const filterId = useId();
  const closedId = useId();
  const { open: adding, show, hide, openerRef } = useDisclosure();
  const [filter, setFilter] = useState('');
  const [showClosed, setShowClosed] = useState(false);
  const [limit, setLimit] = useState(DIRECTORY_PAGE);
  // Typing stays instant; the list catches up a moment later when it is long.
  const deferredFilter = useDeferredValue(filter);
  const matches = useMemo(() => filterDirectory(entries, deferredFilter), [entries, deferredFilter]);
  const shown = matches.slice(0, limit);
  const rest = matches.length - shown.length;

  return (
    <section className="card dashboard-section" aria-labelledby={titleId}>
      <div className="section-header section-header--with-action">
        <h3 className="section-title" id={titleId}>
          {t('clients.directory.title')}
        </h3>
        {!adding && (
          <button ref={openerRef} type="button" className="button button--primary" onClick={show}>
            <PlusIcon />
            <span>{t('clients.add.open')}</span>
          </button>
        )}
      </div>
      {adding && (
        <div className="inline-form-card">
          <NewClientForm onCancel={hide} />
        </div>
      )}
      {entries.length === 0 ? (
        !adding && (
          <div className="empty-state">
            <UserIcon />
            <div>
              <p className="empty-state__title">{t('clients.directory.empty.title')}</p>
              <p className="empty-state__body">{t('clients.directory.empty.body')}</p>
            </div>
          </div>
        )
      ) : (
        <>
          <div className="directory-tools">
            <div className="field directory-tools__filter">
              <label className="field__label" htmlFor={filterId}>
                {t('clients.directory.filterLabel')}
              </label>
              <div className="field__control">
                <input
                  id={filterId}
                  className="field__input"
                  type="search"
                  value={filter}
                  onChange={(event) => setFilter(event.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                />
              </div>
            </div>
            <label className="checkbox directory-tools__closed" htmlFor={closedId}>
              <input
                id={closedId}
                type="checkbox"
                checked={showClosed}
                onChange={(event) => setShowClosed(event.target.checked)}
              />
              <span>{t('clients.directory.showClosed')}</span>
            </label>
            <p className="directory-tools__count" role="status">
              {t('clients.directory.matches', { count: matches.length })}
            </p>
          </div>
          {matches.length === 0 ? (
            <p className="directory-none">{t('clients.directory.noMatch', { filter: deferredFilter.trim() })}</p>
          ) : (
            <ul className="directory-list">
              {shown.map((entry) => (
                <DirectoryRow key={entry.client.id} entry={entry} showClosed={showClosed} t={t} />
              ))}
            </ul>
          )}
          {rest > 0 && (
            <button
              type="button"
              className="button button--quiet show-more"
              onClick={() => setLimit((previous) => previous + DIRECTORY_PAGE)}
            >
              {t('clients.directory.showMore', { count: rest })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
