import type { TFunction } from 'i18next';
import { roundedDuration, timeLeft, type TimeLeft } from '../../../shared/domain/response-clock';

/** "nog 5 uur", "2 dagen te laat", "5 hours left": the response clock in words, with the language's plurals. */
export function timeLeftWords(t: TFunction, minutes: number): string {
  const { unit, count } = roundedDuration(minutes);
  return minutes < 0 ? t(`dashboard.clock.late.${unit}`, { count }) : t(`dashboard.clock.left.${unit}`, { count });
}

/**
 * Where a round stands, at `now` as the screen's minute clock last read it. That reading can be up to a minute
 * old, older than a round just added; a round never has more time left than when it came in.
 */
export function roundClock(round: { receivedAt: string; dueAt: string }, now: number): TimeLeft {
  return timeLeft(round.dueAt, Math.max(now, Date.parse(round.receivedAt)));
}
