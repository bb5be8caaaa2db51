import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { DateFormat } from '../../app/format-date';
import { Link, paths } from '../../app/router';
import { ClockStateBadge } from '../../components/ClockState';
import { roundClock, timeLeftWords } from '../../components/clock-words';
import { ArrowRightIcon } from '../../components/icons';
import type { AwaitingRow as Row } from './dashboard-model';

interface AwaitingRowProps {
  row: Row;
  now: number;
  format: DateFormat;
  /** Handed down rather than a hook per row: a long list stays cheap to draw. */
  t: TFunction;
}

/**
 * One round waiting for a reply: where it stands on the clock (icon, word, colour), who, which round of which
 * traject, when it came in and how long is left. The whole row opens the split view; the link inside it is what keyboards reach.
 */
export const AwaitingRow = memo(function AwaitingRow({ row, now, format, t }: AwaitingRowProps) {
  const clock = roundClock(row, now);
  const where = row.roundNumber
    ? t('round.inTraject', { number: row.roundNumber, traject: row.trajectTitle })
    : row.trajectTitle;
  return (
    <li className={`awaiting-row awaiting-row--${clock.state}`} data-round-id={row.roundId}>
      <ClockStateBadge state={clock.state} label={t(`dashboard.clock.state.${clock.state}`)} />
      <div className="awaiting-row__who">
        <span className="awaiting-row__client">{row.clientName}</span>
        <span className="awaiting-row__traject">{where}</span>
      </div>
      <div className="awaiting-row__received">
        <span className="awaiting-row__label">{t('dashboard.awaiting.received')}</span>
        <time dateTime={row.receivedAt}>{format.dateTime(row.receivedAt)}</time>
      </div>
      <div className="awaiting-row__left">
        <span className="awaiting-row__time">{timeLeftWords(t, clock.minutes)}</span>
        <span className="awaiting-row__due">{t('dashboard.clock.dueAt', { date: format.dateTime(row.dueAt) })}</span>
      </div>
      <Link
        to={paths.round(row.trajectId, row.roundId)}
        className="button button--secondary awaiting-row__open"
        aria-label={t('dashboard.awaiting.openLabel', { client: row.clientName, round: where })}
      >
        <span>{t('dashboard.awaiting.open')}</span>
        <ArrowRightIcon />
      </Link>
    </li>
  );
});
