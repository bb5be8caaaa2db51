import { IsoDateTimeSchema } from './ids';

/**
 * A day as a coach types it ("2024-03-01", also a date field's value): the start of that day on this computer, as
 * an ISO time the studio accepts; undefined when it is no real day (2024-02-30) or outside the studio's dates.
 */
export function localDayStart(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  const iso = date.toISOString();
  return IsoDateTimeSchema.safeParse(iso).success ? iso : undefined;
}

/** The day of an instant on this computer, written as `localDayStart` reads it. */
export function localDayOf(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
