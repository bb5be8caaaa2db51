import * as z from 'zod';
import { IsoDateTimeSchema, TrajectIdSchema } from '../../../shared/domain/ids';
import { ArchiveSummarySchema, RetentionYearsSchema } from '../../../shared/domain/archive';

/**
 * archive/index.psv: what the archive list shows, so listing never unseals every archive; and the closings that
 * were asked for and are not finished yet, so an unlock after a crash finishes them (see ArchiveService.resume).
 */

/**
 * An archive as the list shows it, less its due state (that follows from the clock): names as they were at closing
 * (the list prefers the index's current ones), and the sealed file's size as written, so a shorter file reads as
 * truncated rather than tampered with.
 */
export const ArchiveEntrySchema = ArchiveSummarySchema.omit({ due: true })
  .extend({ archivedAt: IsoDateTimeSchema })
  .strict();
export type ArchiveEntry = z.infer<typeof ArchiveEntrySchema>;

export const ArchiveIndexSchema = z
  .object({
    format: z.literal(1),
    archives: z.array(ArchiveEntrySchema),
    closing: z.array(
      z.object({ id: TrajectIdSchema, retentionYears: RetentionYearsSchema, requestedAt: IsoDateTimeSchema }).strict(),
    ),
  })
  .strict();
export type ArchiveIndex = z.infer<typeof ArchiveIndexSchema>;
export const emptyArchiveIndex = (): ArchiveIndex => ({ format: 1, archives: [], closing: [] });
