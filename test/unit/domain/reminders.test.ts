import { describe, expect, it } from 'vitest';
import {
  checkReminders,
  dueToday,
  reminderNotice,
  thresholdAt,
  type AwaitingRound,
  type Told,
} from '../../../shared/domain/reminders';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const START = Date.parse('2026-03-02T09:00:00.000Z');

/** A round received at `receivedAt` and due 48 hours later. */
function round(index: number, receivedAt: number): AwaitingRound {
  return {
    trajectId: `tr_${String(index).padStart(20, '0')}`,
    roundId: `rd_${String(index).padStart(20, '0')}`,
    receivedAt: new Date(receivedAt).toISOString(),
    dueAt: new Date(receivedAt + 48 * HOUR).toISOString(),
  };
}

describe('the thresholds of the response clock', () => {
  it('enter the last 8 hours at exactly due − 8 h and become overdue at exactly the due time', () => {
    const due = new Date(START + 48 * HOUR).toISOString();
    expect(thresholdAt(due, START + 40 * HOUR - 1)).toBeUndefined();
    expect(thresholdAt(due, START + 40 * HOUR)).toBe('lastHours');
    expect(thresholdAt(due, START + 48 * HOUR - 1)).toBe('lastHours');
    expect(thresholdAt(due, START + 48 * HOUR)).toBe('overdue');
    expect(thresholdAt(due, START + 400 * HOUR)).toBe('overdue');
  });
});

describe('which reminders are due', () => {
  it('reminds once per threshold however often the clock is checked', () => {
    const awaiting = [round(1, START)];
    let told: Told = {};
    const remindedAt: { minute: number; threshold: string }[] = [];
    // Every minute from receipt until three days later, as the studio checks.
    for (let minute = 0; minute <= 72 * 60; minute += 1) {
      const check = checkReminders(awaiting, told, START + minute * MINUTE);
      told = check.told;
      for (const { threshold } of check.due) remindedAt.push({ minute, threshold });
    }
    expect(remindedAt).toEqual([
      { minute: 40 * 60, threshold: 'lastHours' },
      { minute: 48 * 60, threshold: 'overdue' },
    ]);
  });

  it('gives a round first seen overdue only the overdue reminder, and counts it as told for both', () => {
    const awaiting = [round(1, START)];
    const first = checkReminders(awaiting, {}, START + 50 * HOUR);
    expect(first.due.map(({ threshold }) => threshold)).toEqual(['overdue']);
    expect(first.told).toEqual({ [awaiting[0]!.roundId]: 'overdue' });
    expect(checkReminders(awaiting, first.told, START + 51 * HOUR).due).toEqual([]);
  });

  it('does not repeat a reminder after a restart that reloads the memory', () => {
    const awaiting = [round(1, START), round(2, START + HOUR)];
    const before = checkReminders(awaiting, {}, START + 41 * HOUR);
    expect(before.due.map(({ round: { roundId } }) => roundId)).toEqual([awaiting[0]!.roundId, awaiting[1]!.roundId]);
    // What the storage keeps, read back as a new studio would.
    const reloaded = JSON.parse(JSON.stringify(before.told)) as Told;
    expect(checkReminders(awaiting, reloaded, START + 42 * HOUR).due).toEqual([]);
    expect(checkReminders(awaiting, reloaded, START + 48 * HOUR).due.map(({ threshold }) => threshold)).toEqual([
      'overdue',
    ]);
  });

  it('forgets rounds that no longer await a reply, and remembers nothing of rounds with time left', () => {
    const [replied, waiting, fresh] = [round(1, START), round(2, START), round(3, START + 30 * HOUR)];
    const first = checkReminders([replied!, waiting!, fresh!], {}, START + 45 * HOUR);
    expect(Object.keys(first.told).sort()).toEqual([replied!.roundId, waiting!.roundId]);
    const after = checkReminders([waiting!, fresh!], first.told, START + 46 * HOUR);
    expect(after.told).toEqual({ [waiting!.roundId]: 'lastHours' });
  });
});

describe('one notification for everything due at once', () => {
  const rounds = [round(1, START), round(2, START + HOUR), round(3, START + 2 * HOUR)];

  it('names nothing when nothing is due', () => {
    expect(reminderNotice([])).toBeUndefined();
  });

  it('is about the round itself when one round is due', () => {
    expect(reminderNotice([{ round: rounds[0]!, threshold: 'lastHours' }])).toEqual({
      kind: 'round',
      threshold: 'lastHours',
      round: rounds[0],
    });
  });

  it('counts several, overdue and in their last hours apart', () => {
    const { due } = checkReminders(rounds, {}, START + 49.5 * HOUR);
    expect(reminderNotice(due)).toEqual({ kind: 'count', overdue: 2, lastHours: 1 });
    const allLate = checkReminders(rounds, {}, START + 60 * HOUR);
    expect(reminderNotice(allLate.due)).toEqual({ kind: 'count', overdue: 3, lastHours: 0 });
  });
});

describe('rounds due today', () => {
  const dueAt = (iso: string) => ({ dueAt: iso });

  it('counts the overdue ones and those due before midnight, local time', () => {
    const now = Date.parse('2026-06-10T08:00:00.000Z'); // 10:00 in Amsterdam
    const awaiting = [
      dueAt('2026-06-01T12:00:00.000Z'), // long overdue
      dueAt('2026-06-10T21:59:00.000Z'), // 23:59 in Amsterdam: today
      dueAt('2026-06-10T22:00:00.000Z'), // midnight in Amsterdam: tomorrow
      dueAt('2026-06-11T10:00:00.000Z'),
    ];
    expect(dueToday(awaiting, now, 'Europe/Amsterdam')).toBe(2);
    // In New York it is still 4:00 on the 10th, and the third round falls at 18:00 there: today.
    expect(dueToday(awaiting, now, 'America/New_York')).toBe(3);
    expect(dueToday([], now, 'Europe/Amsterdam')).toBe(0);
  });

  it('keeps the day right across the change to summer time (a day of 23 hours)', () => {
    // 29 March 2026: clocks in Amsterdam go from 02:00 to 03:00; the day ends at 22:00 UTC, not 23:00.
    const now = Date.parse('2026-03-29T00:30:00.000Z'); // 01:30 local, before the change
    expect(dueToday([dueAt('2026-03-29T21:59:00.000Z')], now, 'Europe/Amsterdam')).toBe(1);
    expect(dueToday([dueAt('2026-03-29T22:00:00.000Z')], now, 'Europe/Amsterdam')).toBe(0);
    // Adding 24 hours to the start of the day would have counted this one (23:30 UTC = 01:30 on the 30th).
    expect(dueToday([dueAt('2026-03-29T23:30:00.000Z')], now, 'Europe/Amsterdam')).toBe(0);
  });

  it('keeps the day right across the change to winter time (a day of 25 hours)', () => {
    // 25 October 2026: clocks go from 03:00 back to 02:00; the day ends at 23:00 UTC.
    const now = Date.parse('2026-10-24T22:30:00.000Z'); // 00:30 local on the 25th
    expect(dueToday([dueAt('2026-10-25T22:59:00.000Z')], now, 'Europe/Amsterdam')).toBe(1);
    expect(dueToday([dueAt('2026-10-25T23:00:00.000Z')], now, 'Europe/Amsterdam')).toBe(0);
  });
});
