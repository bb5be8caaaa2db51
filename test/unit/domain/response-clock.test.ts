import { describe, expect, it } from 'vitest';
import { byDueAt, roundedDuration, timeLeft } from '../../../shared/domain/response-clock';

const now = Date.parse('2026-11-26T12:00:00Z');

describe('response clock', () => {
  it('says how much time is left or how late a reply is', () => {
    expect(timeLeft('2026-11-28T12:00:00Z', now)).toEqual({ state: 'on_time', minutes: 2880 });
    expect(timeLeft('2026-11-26T17:00:00Z', now)).toEqual({ state: 'due_soon', minutes: 300 });
    expect(timeLeft('2026-11-26T10:00:00Z', now)).toEqual({ state: 'overdue', minutes: -120 });
  });

  it('rounds to minutes, hours or days as a person would say it', () => {
    expect(roundedDuration(0)).toEqual({ unit: 'minute', count: 1 });
    expect(roundedDuration(-45)).toEqual({ unit: 'minute', count: 45 });
    expect(roundedDuration(300)).toEqual({ unit: 'hour', count: 5 });
    expect(roundedDuration(-130)).toEqual({ unit: 'hour', count: 2 });
    expect(roundedDuration(47 * 60 + 59)).toEqual({ unit: 'hour', count: 47 });
    expect(roundedDuration(5 * 24 * 60)).toEqual({ unit: 'day', count: 5 });
  });

  it('puts the oldest overdue round first', () => {
    const rounds = [
      { dueAt: '2026-11-27T00:00:00Z' },
      { dueAt: '2026-11-20T00:00:00Z' },
      { dueAt: '2026-11-26T00:00:00Z' },
    ];
    expect([...rounds].sort(byDueAt).map((round) => round.dueAt.slice(0, 10))).toEqual([
      '2026-11-20',
      '2026-11-26',
      '2026-11-27',
    ]);
  });
});
