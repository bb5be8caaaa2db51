import * as z from 'zod';
import { ClientIdSchema, IsoDateTimeSchema, TrajectIdSchema } from './ids';

export const TrajectStatusSchema = z.enum(['active', 'closed']);

export const TrajectFieldsSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    goal: z.string().trim().max(5_000).optional(),
    /** When the traject began: the day it was added, unless the coach sets an earlier (or later) one. */
    startedAt: IsoDateTimeSchema.optional(),
  })
  .strict();

/** What the dashboard needs of a traject without opening its dossier (kept in index.psv). */
export const TrajectSummarySchema = TrajectFieldsSchema.extend({
  id: TrajectIdSchema,
  clientId: ClientIdSchema,
  status: TrajectStatusSchema,
  startedAt: IsoDateTimeSchema,
  closedAt: IsoDateTimeSchema.optional(),
  /** Set while the closed traject lives in its archive file (archive/<id>.passie-archive), not in trajects/. */
  archivedAt: IsoDateTimeSchema.optional(),
  /**
   * Rounds with answers and no sent reply, with their due times and numbers, for the "awaiting reply" list. An
   * index written before rounds had their number here lacks it until the unlock settles the summaries.
   */
  awaiting: z.array(
    z
      .object({
        roundId: z.string(),
        number: z.number().int().min(1).optional(),
        receivedAt: IsoDateTimeSchema,
        dueAt: IsoDateTimeSchema,
      })
      .strict(),
  ),
  rounds: z.number().int().min(0),
}).strict();
export type TrajectSummary = z.infer<typeof TrajectSummarySchema>;
