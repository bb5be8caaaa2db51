import * as z from 'zod';
import { Sha256HexSchema } from './dossier';
import { ClientIdSchema, IsoDateTimeSchema, TrajectIdSchema } from './ids';

/** The allowed retention period after closing, in whole years (the default lives in settings). */
export const RETENTION_YEARS_MIN = 1;
export const RETENTION_YEARS_MAX = 20;
export const RetentionYearsSchema = z.number().int().min(RETENTION_YEARS_MIN).max(RETENTION_YEARS_MAX);

/**
 * Where an archive stands against its retention date: kept (`active`), due within DUE_SOON_DAYS (`dueSoon`), or
 * past it (`due`, may be destroyed).
 */
export const DueStateSchema = z.enum(['active', 'dueSoon', 'due']);
export type DueState = z.infer<typeof DueStateSchema>;

/** One archive as the archive list shows it; its id is the id of the traject it holds. */
export const ArchiveSummarySchema = z
  .object({
    id: TrajectIdSchema,
    clientId: ClientIdSchema,
    clientName: z.string(),
    title: z.string(),
    closedAt: IsoDateTimeSchema,
    retentionUntil: IsoDateTimeSchema,
    due: DueStateSchema,
    chainHead: Sha256HexSchema,
    /** Bytes of the sealed archive file. */
    size: z.number().int().min(0),
  })
  .strict();
export type ArchiveSummary = z.infer<typeof ArchiveSummarySchema>;

export const ArchiveVerificationSchema = z
  .object({ ok: z.literal(true), entries: z.number().int().min(0), chainHead: Sha256HexSchema })
  .strict();
export type ArchiveVerification = z.infer<typeof ArchiveVerificationSchema>;
