import * as z from 'zod';
import {
  AnswerIdSchema,
  AttachmentIdSchema,
  CatalogueIdSchema,
  ClientIdSchema,
  IsoDateTimeSchema,
  PacketIdSchema,
  RoundIdSchema,
} from './ids';
import { ReplyBlocksSchema } from './passie';
import { RichDocSchema } from './rich-text';
import { TrajectSummarySchema } from './traject';
import { ClientSchema } from './client';

export const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);
export const GENESIS_HASH = '0'.repeat(64);

export const AttachmentRefSchema = z
  .object({
    id: AttachmentIdSchema,
    name: z.string().trim().min(1).max(255),
    mediaType: z.string().max(255),
    size: z.number().int().min(0),
    sha256: Sha256HexSchema,
  })
  .strict();
export type AttachmentRef = z.infer<typeof AttachmentRefSchema>;

export const AnswerSchema = z
  .object({
    id: AnswerIdSchema,
    /** The catalogue question answered, or a free title when the answer belongs to no catalogue question. */
    questionId: CatalogueIdSchema.optional(),
    title: z.string().trim().min(1).max(500).optional(),
    content: RichDocSchema,
    attachments: z.array(AttachmentRefSchema).max(100),
  })
  .strict()
  .refine((answer) => answer.questionId !== undefined || answer.title !== undefined, {
    message: 'an answer needs a question or a title',
  });
export type Answer = z.infer<typeof AnswerSchema>;

/**
 * Where an imported round came from: the file's SHA-256 and an e-mail's Message-ID, so importing the same file
 * again is recognised. Rounds from before this existed, typed rounds and answer packets have none.
 */
export const RoundOriginSchema = z
  .object({ sha256: Sha256HexSchema, messageId: z.string().min(1).max(998).optional() })
  .strict();
export type RoundOrigin = z.infer<typeof RoundOriginSchema>;

export const RoundSourceSchema = z.enum(['typed', 'pasted', 'cli', 'email', 'docx', 'text', 'html', 'packet']);

const event = <T extends string, D extends z.ZodType>(type: T, data: D) =>
  z
    .object({
      seq: z.number().int().min(0),
      at: IsoDateTimeSchema,
      type: z.literal(type),
      data,
      /** SHA-256 of the previous event (GENESIS_HASH for the first): the dossier's hash chain. */
      prev: Sha256HexSchema,
      hash: Sha256HexSchema,
    })
    .strict();

/** The three ways out of the studio: formatted copy on the clipboard, a mailto: link, an .eml draft. */
export const ReplyDeliveryMethodSchema = z.enum(['copied', 'mailto', 'draft']);
export type ReplyDeliveryMethod = z.infer<typeof ReplyDeliveryMethodSchema>;

export const ReplyDeliverySchema = z.object({ at: IsoDateTimeSchema, method: ReplyDeliveryMethodSchema }).strict();
export type ReplyDelivery = z.infer<typeof ReplyDeliverySchema>;

export const DossierEventSchema = z.discriminatedUnion('type', [
  event(
    'trajectStarted',
    z.object({ clientId: ClientIdSchema, title: z.string(), goal: z.string().optional() }).strict(),
  ),
  event(
    'answersReceived',
    z
      .object({
        roundId: RoundIdSchema,
        receivedAt: IsoDateTimeSchema,
        dueAt: IsoDateTimeSchema,
        source: RoundSourceSchema,
        origin: RoundOriginSchema.optional(),
        answers: z.array(AnswerSchema).min(1).max(200),
        /** The answer packet these answers came in (source `packet`): the record that it was received. */
        packetId: PacketIdSchema.optional(),
      })
      .strict(),
  ),
  event('replySent', z.object({ roundId: RoundIdSchema, blocks: ReplyBlocksSchema }).strict()),
  /** How a sent reply left the studio for the client (it may leave more than once: copied, then as a draft). */
  event('replyDelivered', z.object({ roundId: RoundIdSchema, method: ReplyDeliveryMethodSchema }).strict()),
  /**
   * The coach answered this round some other way (before the studio, by phone): it no longer waits for a reply.
   * `answeredOutside: false` takes the mark back; the last event for a round counts.
   */
  event('roundAnsweredOutside', z.object({ roundId: RoundIdSchema, answeredOutside: z.boolean() }).strict()),
  event('noteAdded', z.object({ content: RichDocSchema }).strict()),
  /** A note rewritten: the note is named by its `noteAdded` event's seq; the earlier text stays in the chain. */
  event('noteEdited', z.object({ noteSeq: z.number().int().min(0), content: RichDocSchema }).strict()),
  event('trajectClosed', z.object({ reason: z.string().max(500).optional() }).strict()),
]);
export type DossierEvent = z.infer<typeof DossierEventSchema>;
export type DossierEventType = DossierEvent['type'];

/** A private note as it reads now; `seq` (its `noteAdded` event) names it, earlier wordings are kept, oldest first. */
export const NoteViewSchema = z
  .object({
    seq: z.number().int().min(0),
    at: IsoDateTimeSchema,
    content: RichDocSchema,
    editedAt: IsoDateTimeSchema.optional(),
    earlier: z.array(z.object({ at: IsoDateTimeSchema, content: RichDocSchema }).strict()).optional(),
  })
  .strict();
export type NoteView = z.infer<typeof NoteViewSchema>;

export const ReplyDraftSchema = z.object({ blocks: ReplyBlocksSchema, updatedAt: IsoDateTimeSchema }).strict();

/** A round as the screens and the CLI show it: derived from the events, with the draft beside them. */
export const RoundViewSchema = z
  .object({
    id: RoundIdSchema,
    number: z.number().int().min(1),
    receivedAt: IsoDateTimeSchema,
    dueAt: IsoDateTimeSchema,
    source: RoundSourceSchema,
    origin: RoundOriginSchema.optional(),
    answers: z.array(AnswerSchema),
    draft: ReplyDraftSchema.optional(),
    /** Marked as answered outside the studio (and not taken back): when. */
    answeredOutside: z.object({ at: IsoDateTimeSchema }).strict().optional(),
    reply: z
      .object({
        blocks: ReplyBlocksSchema,
        sentAt: IsoDateTimeSchema,
        /** When and how it left the studio, oldest first; absent until it has. */
        deliveries: z.array(ReplyDeliverySchema).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type RoundView = z.infer<typeof RoundViewSchema>;

export const DossierViewSchema = z
  .object({
    traject: TrajectSummarySchema,
    client: ClientSchema,
    rounds: z.array(RoundViewSchema),
    notes: z.array(NoteViewSchema),
    chain: z.object({ events: z.number().int().min(0), head: Sha256HexSchema }).strict(),
  })
  .strict();
export type DossierView = z.infer<typeof DossierViewSchema>;

export const ChainVerificationSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), events: z.number().int(), head: Sha256HexSchema }).strict(),
  z
    .object({
      ok: z.literal(false),
      events: z.number().int(),
      /** The sequence number of the first event whose hash or link does not match. */
      firstBrokenEvent: z.number().int(),
    })
    .strict(),
]);
export type ChainVerification = z.infer<typeof ChainVerificationSchema>;

/**
 * `traject verify`: the dossier's hash chain, and every attachment it names opened and compared with the SHA-256
 * recorded at import. `ok` only when both hold.
 */
export const TrajectVerificationSchema = z
  .object({
    ok: z.boolean(),
    chain: ChainVerificationSchema,
    attachments: z.number().int().min(0),
    damagedAttachments: z.array(AttachmentRefSchema.pick({ id: true, name: true })),
  })
  .strict();
export type TrajectVerification = z.infer<typeof TrajectVerificationSchema>;
