import * as z from 'zod';
import { IsoDateTimeSchema, RoundIdSchema, TrajectIdSchema } from './ids';

/**
 * Reminders of the response clock: a system notification when a round enters its last hours and when it is overdue,
 * at most once per round per threshold. Pure: the clock and the memory of what was already told are passed in.
 */

/** The last this many hours before a round's due time begin with a reminder. */
export const REMINDER_HOURS = 8;

export type Threshold = 'lastHours' | 'overdue';

/** A round that awaits a reply, as the reminders see it: ids and times only, never a name, title or text. */
export const AwaitingRoundSchema = z
  .object({
    trajectId: TrajectIdSchema,
    roundId: RoundIdSchema,
    receivedAt: IsoDateTimeSchema,
    dueAt: IsoDateTimeSchema,
  })
  .strict();
export type AwaitingRound = z.infer<typeof AwaitingRoundSchema>;

/** What `app.reminders` answers: whether the coach wants reminders, and every round awaiting a reply. */
export const RemindersStateSchema = z.object({ on: z.boolean(), awaiting: z.array(AwaitingRoundSchema) }).strict();
export type RemindersState = z.infer<typeof RemindersStateSchema>;

/** The round a notification opens when clicked. */
export const ReminderTargetSchema = z.object({ trajectId: TrajectIdSchema, roundId: RoundIdSchema }).strict();
export type ReminderTarget = z.infer<typeof ReminderTargetSchema>;

/**
 * A notification as the page hands it to the system. It can show on a lock screen, so its text says only counts,
 * dates and times (see reminderNotice); the limits keep a page from sending anything bigger.
 */
export const ReminderNotificationSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    body: z.string().max(500),
    target: ReminderTargetSchema.optional(),
  })
  .strict();
export type ReminderNotification = z.infer<typeof ReminderNotificationSchema>;

/**
 * What was already told, per round: the last threshold it was reminded of. 'overdue' covers both: a round first
 * seen when already overdue gets only that one.
 */
export const ToldSchema = z.record(RoundIdSchema, z.enum(['lastHours', 'overdue']));
export type Told = z.infer<typeof ToldSchema>;

const HOUR_MS = 3_600_000;

/** The threshold a round has passed at `now`, if any. */
export function thresholdAt(dueAt: string, now: number): Threshold | undefined {
  const due = Date.parse(dueAt);
  if (now >= due) return 'overdue';
  if (now >= due - REMINDER_HOURS * HOUR_MS) return 'lastHours';
  return undefined;
}

export interface DueReminder {
  round: AwaitingRound;
  threshold: Threshold;
}

export interface ReminderCheck {
  /** The rounds to remind of now. */
  due: DueReminder[];
  /** The memory after this check: only rounds still awaiting, each with the threshold it has been told. */
  told: Told;
}

/** Which rounds passed a threshold they were not yet reminded of, and the memory that results. */
export function checkReminders(awaiting: readonly AwaitingRound[], told: Told, now: number): ReminderCheck {
  const due: DueReminder[] = [];
  const next: Told = {};
  for (const round of awaiting) {
    const before = told[round.roundId];
    const threshold = thresholdAt(round.dueAt, now);
    if (threshold && before !== 'overdue' && before !== threshold) due.push({ round, threshold });
    const known = threshold === 'overdue' ? 'overdue' : (before ?? threshold);
    if (known) next[round.roundId] = known;
  }
  return { due, told: next };
}

/**
 * One notification for everything due at once: for a single round, that round (opened when clicked); for several,
 * how many are overdue and how many in their last hours.
 */
export type ReminderNotice =
  { kind: 'round'; threshold: Threshold; round: AwaitingRound } | { kind: 'count'; overdue: number; lastHours: number };

export function reminderNotice(due: readonly DueReminder[]): ReminderNotice | undefined {
  if (due.length === 0) return undefined;
  if (due.length === 1) return { kind: 'round', threshold: due[0]!.threshold, round: due[0]!.round };
  const overdue = due.filter((reminder) => reminder.threshold === 'overdue').length;
  return { kind: 'count', overdue, lastHours: due.length - overdue };
}

/** The calendar date of an instant in `timeZone`, as "YYYY-MM-DD" (which sorts as dates do). */
function localDateIn(timeZone: string): (instant: number) => string {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (instant) => {
    const part = (type: Intl.DateTimeFormatPartTypes) =>
      format.formatToParts(instant).find((each) => each.type === type)?.value;
    return `${part('year')}-${part('month')}-${part('day')}`;
  };
}

/**
 * How many rounds awaiting a reply are due before today ends in `timeZone`, the overdue ones included. Comparing
 * calendar dates rather than adding 24 hours keeps a day of 23 or 25 hours (daylight saving) right.
 */
export function dueToday(awaiting: readonly Pick<AwaitingRound, 'dueAt'>[], now: number, timeZone: string): number {
  const localDate = localDateIn(timeZone);
  const today = localDate(now);
  return awaiting.filter((round) => localDate(Date.parse(round.dueAt)) <= today).length;
}
