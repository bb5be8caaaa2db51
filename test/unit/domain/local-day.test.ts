import { describe, expect, it } from 'vitest';
import { localDayOf, localDayStart } from '../../../shared/domain/local-day';

describe('a day as the coach types it', () => {
  it('is the start of that day on this computer, and back again', () => {
    const start = localDayStart('2024-03-01')!;
    expect(new Date(start).toDateString()).toBe(new Date(2024, 2, 1).toDateString());
    expect(new Date(start).getHours()).toBe(0);
    expect(localDayOf(start)).toBe('2024-03-01');
  });

  it('is no day when it does not exist, is not written as one, or lies outside the studio’s dates', () => {
    for (const value of [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '1969-12-31',
      '2300-01-01',
      '1-3-2024',
      '',
      'gisteren',
    ]) {
      expect(localDayStart(value), value).toBeUndefined();
    }
    expect(localDayStart('2024-02-29')).toBeDefined();
  });
});
