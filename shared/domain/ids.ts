import * as z from 'zod';

/** Random ids (prefix + 20 base-32 characters): they name files in the vault, so they never carry names. */
export const idSchema = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[0-9a-z]{20}$`));

export const ClientIdSchema = idSchema('cl');
export const TrajectIdSchema = idSchema('tr');
export const RoundIdSchema = idSchema('rd');
export const AnswerIdSchema = idSchema('an');
export const AttachmentIdSchema = idSchema('at');

/** Catalogue ids are the coach's own readable slugs (they come from imported catalogues like the fixtures'). */
export const CatalogueIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
