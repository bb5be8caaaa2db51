import * as z from 'zod';
import { ClientSchema } from '../../../shared/domain/client';
import { DossierEventSchema, ReplyDraftSchema } from '../../../shared/domain/dossier';
import { TrajectIdSchema } from '../../../shared/domain/ids';
import { TrajectSummarySchema } from '../../../shared/domain/traject';

/**
 * The schemas of the vault's sealed databases (ARCHITECTURE.md, Sealed databases), each with a format number for later
 * migrations.
 */

export const IndexDataSchema = z
  .object({
    format: z.literal(1),
    clients: z.array(ClientSchema),
    trajects: z.array(TrajectSummarySchema),
  })
  .strict();
export type IndexData = z.infer<typeof IndexDataSchema>;
export const emptyIndex = (): IndexData => ({ format: 1, clients: [], trajects: [] });

export const DossierDataSchema = z
  .object({
    format: z.literal(1),
    trajectId: TrajectIdSchema,
    events: z.array(DossierEventSchema),
    /** Reply drafts live beside the chain and enter it only when sent (ARCHITECTURE.md, The dossier). */
    drafts: z.record(z.string(), ReplyDraftSchema),
  })
  .strict();
export type DossierData = z.infer<typeof DossierDataSchema>;

/**
 * What is checked when a dossier is opened: its envelope and each event's chain fields. AES-GCM with the file's
 * path as associated data already proves the studio itself wrote exactly these bytes for this traject, and the
 * hash chain covers every event's data; checking each answer's rich text again on every open cost about three
 * times the decryption of a 2 MB dossier. The full schema still guards everything that comes in through the API.
 */
export const DossierEnvelopeSchema = z
  .object({
    format: z.literal(1),
    trajectId: TrajectIdSchema,
    events: z.array(
      z
        .object({
          seq: z.number().int(),
          at: z.string(),
          type: z.enum([
            'trajectStarted',
            'answersReceived',
            'replySent',
            'replyDelivered',
            'roundAnsweredOutside',
            'noteAdded',
            'noteEdited',
            'trajectClosed',
          ]),
          data: z.record(z.string(), z.unknown()),
          prev: z.string(),
          hash: z.string(),
        })
        .strict(),
    ),
    drafts: z.record(z.string(), z.object({ blocks: z.record(z.string(), z.unknown()), updatedAt: z.string() })),
  })
  .strict() as unknown as z.ZodType<DossierData>;

/** A dossier's plaintext (a sealed dossier.psv opened, or an archive's dossier.json) as data; undefined if it is not one. */
export function dossierFromBytes(bytes: Uint8Array): DossierData | undefined {
  try {
    const parsed = DossierEnvelopeSchema.safeParse(JSON.parse(Buffer.from(bytes).toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A deletion the vault must remember, so a restored backup can re-apply it. No personal data. */
export const TombstoneSchema = z
  .object({
    kind: z.enum(['client', 'traject', 'archive']),
    id: z.string().min(1).max(64),
    at: z.iso.datetime({ offset: true }),
    reason: z.string().trim().min(1).max(500),
  })
  .strict();
export type Tombstone = z.infer<typeof TombstoneSchema>;

export const AuditDataSchema = z.object({ format: z.literal(1), tombstones: z.array(TombstoneSchema) }).strict();
export type AuditData = z.infer<typeof AuditDataSchema>;
export const emptyAudit = (): AuditData => ({ format: 1, tombstones: [] });
