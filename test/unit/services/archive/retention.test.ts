import { describe, expect, it } from 'vitest';
import { dueState, retentionUntil } from '../../../../main/services/archive/retention';

const DAY = 86_400_000;

describe('retention dates', () => {
  it('adds calendar years in UTC', () => {
    expect(retentionUntil('2025-03-10T09:00:00.000Z', 2)).toBe('2027-03-10T09:00:00.000Z');
    expect(retentionUntil('2025-12-31T23:59:59.999Z', 20)).toBe('2045-12-31T23:59:59.999Z');
  });

  it('keeps a 29 February closing until 1 March of a common year (never a day short)', () => {
    expect(retentionUntil('2024-02-29T12:00:00.000Z', 1)).toBe('2025-03-01T12:00:00.000Z');
    expect(retentionUntil('2024-02-29T12:00:00.000Z', 4)).toBe('2028-02-29T12:00:00.000Z');
  });

  it('stores UTC whatever offset the closing was given in, across a DST change', () => {
    // 00:30 in Amsterdam on 1 March is still 29 February in UTC.
    expect(retentionUntil('2024-03-01T00:30:00+01:00', 1)).toBe('2025-03-01T23:30:00.000Z');
    // Closed in summer time, due in winter time: the instant is exactly one calendar year on, in UTC.
    expect(retentionUntil('2025-07-01T10:00:00+02:00', 1)).toBe('2026-07-01T08:00:00.000Z');
  });

  it('refuses a date that is not one', () => {
    expect(() => retentionUntil('not a date', 1)).toThrow(RangeError);
  });
});

describe('due states', () => {
  const until = '2027-03-10T09:00:00.000Z';
  const at = (offsetMs: number) => Date.parse(until) + offsetMs;

  it('is active until 60 days before, due soon in those 60 days, and due from the date on', () => {
    expect(dueState(until, at(-61 * DAY))).toBe('active');
    expect(dueState(until, at(-60 * DAY))).toBe('dueSoon');
    expect(dueState(until, at(-1))).toBe('dueSoon');
    expect(dueState(until, at(0))).toBe('due');
    expect(dueState(until, at(365 * DAY))).toBe('due');
  });
});
