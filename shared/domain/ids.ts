import * as z from 'zod';
import { idPattern, type IdPrefix } from './id-pattern';

/** A random id of one kind (see id-pattern.ts). */
export const idSchema = (prefix: IdPrefix) => z.string().regex(idPattern(prefix));

export const ClientIdSchema = idSchema('cl');
export const TrajectIdSchema = idSchema('tr');
export const RoundIdSchema = idSchema('rd');
export const AnswerIdSchema = idSchema('an');
export const AttachmentIdSchema = idSchema('at');
export const PacketIdSchema = idSchema('pa');

/** Catalogue ids are the coach's own readable slugs (they come from imported catalogues like the fixtures'). */
export const CatalogueIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

/** The years a date in the studio may fall in: a year 10000 ("+010000-…") could not even be read back. */
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

export const IsoDateTimeSchema = z.iso
  .datetime({ offset: true })
  .refine((value) => Date.parse(value) >= EARLIEST && Date.parse(value) < LATEST, { message: 'a date from 1970 on' });

/** A moment that can have happened: not before 1970, and not more than a day (clocks differ) after `now`. */
export function isPlausibleDate(value: string, now: number): boolean {
  const time = Date.parse(value);
  return Number.isFinite(time) && time >= EARLIEST && time <= now + 24 * 3_600_000;
}
