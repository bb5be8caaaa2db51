/**
 * The response clock of a round: how long the coach has left (or how late the reply is). Coaches promise a reply
 * within a response time (48 hours by default), so the dashboard orders by it and says it in words.
 */
export type ClockState = 'overdue' | 'due_soon' | 'on_time';

/** Less than this much time left counts as "due soon". */
export const DUE_SOON_HOURS = 12;

export interface TimeLeft {
  state: ClockState;
  /** Whole minutes left (negative when overdue). */
  minutes: number;
}

export function timeLeft(dueAt: string, now: number): TimeLeft {
  const minutes = Math.floor((Date.parse(dueAt) - now) / 60_000);
  if (minutes < 0) return { state: 'overdue', minutes };
  return { state: minutes < DUE_SOON_HOURS * 60 ? 'due_soon' : 'on_time', minutes };
}

/** The unit and amount to say: minutes under an hour, hours under two days, then days. Always at least 1. */
export function roundedDuration(minutes: number): { unit: 'minute' | 'hour' | 'day'; count: number } {
  const absolute = Math.abs(minutes);
  if (absolute < 60) return { unit: 'minute', count: Math.max(1, absolute) };
  if (absolute < 48 * 60) return { unit: 'hour', count: Math.floor(absolute / 60) };
  return { unit: 'day', count: Math.floor(absolute / (24 * 60)) };
}

/** Oldest overdue first, then whatever is due soonest. */
export function byDueAt<T extends { dueAt: string }>(a: T, b: T): number {
  return Date.parse(a.dueAt) - Date.parse(b.dueAt);
}
