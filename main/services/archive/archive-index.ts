import { z } from 'zod';
import { Sha256HexSchema } from '../../../shared/domain/dossier';
import { ClientIdSchema, IsoDateTimeSchema, TrajectIdSchema } from '../../../shared/domain/ids';
import { RetentionYearsSchema } from '../../../shared/domain/archive';

/**
 * archive/index.psv: what the archive list shows, so listing never unseals every archive; and the closings that
 * were asked for and are not finished yet, so an unlock after a crash finishes them (see ArchiveService.resume).
 */
export const ARCHIVE_INDEX_PATH = 'archive/index.psv';
export const archivePath = (id: string) => `archive/${id}.passie-archive`;

export const ArchiveEntrySchema = z
  .object({
    id: TrajectIdSchema,
    clientId: ClientIdSchema,
    /** As they were at closing; the list prefers the index's current ones. */
    clientName: z.string(),
    title: z.string(),
    closedAt: IsoDateTimeSchema,
    retentionUntil: IsoDateTimeSchema,
    chainHead: Sha256HexSchema,
    archivedAt: IsoDateTimeSchema,
    /** Bytes of the sealed file as written: a shorter file was truncated, not tampered with. */
    size: z.number().int().min(0),
  })
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
