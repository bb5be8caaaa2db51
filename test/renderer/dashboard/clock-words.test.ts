import { describe, expect, it } from 'vitest';
import { roundClock, timeLeftWords } from '../../../renderer/src/components/clock-words';
import { createI18n } from '../../../renderer/src/i18n';

const HOUR = 3_600_000;
const root = { lang: '' } as unknown as HTMLElement;

describe('timeLeftWords', () => {
  it.each([
    [59, 'nog 59 minuten', '59 minutes left'],
    [1, 'nog 1 minuut', '1 minute left'],
    [0, 'nog 1 minuut', '1 minute left'],
    [60, 'nog 1 uur', '1 hour left'],
    [47 * 60 + 59, 'nog 47 uur', '47 hours left'],
    [48 * 60, 'nog 2 dagen', '2 days left'],
    [-1, '1 minuut te laat', '1 minute overdue'],
    [-120, '2 uur te laat', '2 hours overdue'],
    [-3 * 24 * 60, '3 dagen te laat', '3 days overdue'],
  ])('says %i minutes as “%s” and “%s”', (minutes, dutch, english) => {
    expect(timeLeftWords(createI18n('nl', root).t, minutes)).toBe(dutch);
    expect(timeLeftWords(createI18n('en', root).t, minutes)).toBe(english);
  });
});

describe('roundClock', () => {
  it('never gives a round more time than it had when it came in, whatever a stale clock says', () => {
    const received = Date.parse('2026-03-10T12:00:30Z');
    const round = { receivedAt: new Date(received).toISOString(), dueAt: new Date(received + 48 * HOUR).toISOString() };
    expect(roundClock(round, received - 30_000)).toEqual({ state: 'on_time', minutes: 48 * 60 });
    expect(roundClock(round, received + 60_000)).toEqual({ state: 'on_time', minutes: 48 * 60 - 1 });
    expect(roundClock(round, received + 40 * HOUR)).toEqual({ state: 'due_soon', minutes: 8 * 60 });
  });
});
