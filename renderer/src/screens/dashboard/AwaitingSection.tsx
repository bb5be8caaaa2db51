import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../app/format-date';
import { CheckCircleIcon } from '../../components/icons';
import { AwaitingRow } from './AwaitingRow';
import type { AwaitingRow as Row } from './dashboard-model';

/** More than this many waiting rounds is unusual; the rest stay one click away rather than lengthen the page. */
export const AWAITING_FIRST = 25;

/** "Wachten op reactie": every round with answers and no sent reply, the most urgent first. */
export function AwaitingSection({ rows, now }: { rows: Row[]; now: number }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const titleId = useId();
  const [all, setAll] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const shown = all ? rows : rows.slice(0, AWAITING_FIRST);

  // The button goes away once pressed; the focus goes on to the first row it revealed.
  useLayoutEffect(() => {
    if (all) listRef.current?.querySelectorAll('a')[AWAITING_FIRST]?.focus();
  }, [all]);

  return (
    <section className="card dashboard-section" aria-labelledby={titleId}>
      <div className="section-header">
        <h3 className="section-title" id={titleId}>
          {t('dashboard.awaiting.title')}
        </h3>
        {rows.length > 0 && <p className="section-intro">{t('dashboard.awaiting.intro')}</p>}
      </div>
      {rows.length === 0 ? (
        <div className="empty-state">
          <CheckCircleIcon />
          <div>
            <p className="empty-state__title">{t('dashboard.awaiting.empty.title')}</p>
            <p className="empty-state__body">{t('dashboard.awaiting.empty.body')}</p>
          </div>
        </div>
      ) : (
        <ol className="awaiting-list" ref={listRef}>
          {shown.map((row) => (
            <AwaitingRow key={row.key} row={row} now={now} format={format} t={t} />
          ))}
        </ol>
      )}
      {!all && rows.length > AWAITING_FIRST && (
        <button type="button" className="button button--quiet show-more" onClick={() => setAll(true)}>
          {t('dashboard.awaiting.showAll', { count: rows.length })}
        </button>
      )}
    </section>
  );
}
