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

export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
