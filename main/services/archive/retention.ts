import type { DueState } from '../../../shared/domain/archive';

/** An archive whose retention date is this close is listed as `dueSoon`, so the coach can plan its destruction. */
export const DUE_SOON_DAYS = 60;
const DAY_MS = 86_400_000;

/**
 * The retention date: `years` calendar years after the closing, in UTC (stored as ISO UTC, so the computer's time
 * zone or a DST change never moves it). A closing on 29 February lands on 1 March of a common year: keeping a
 * day longer is the safe side of a retention period, destroying a day early is not.
 */
export function retentionUntil(closedAt: string, years: number): string {
  const date = new Date(closedAt);
  if (Number.isNaN(date.getTime())) throw new RangeError('closedAt is not a date');
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString();
}

export function dueState(retentionUntilIso: string, now: number): DueState {
  const until = Date.parse(retentionUntilIso);
  if (now >= until) return 'due';
  return until - now <= DUE_SOON_DAYS * DAY_MS ? 'dueSoon' : 'active';
}
