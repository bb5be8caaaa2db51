import * as z from 'zod';
import { CatalogueIdSchema, IsoDateTimeSchema, PacketIdSchema, TrajectIdSchema } from '../domain/ids';
import { KeyFingerprintSchema } from './packet-format';
import { LanguageSchema } from '../i18n/language';

/**
 * What the studio asks for when it makes an answer packet (`packet.create`), and what it embeds in the packet page.
 * The page itself imports only the types: zod would triple its size, and the studio wrote the data it reads.
 */

export const PACKET_QUESTIONS_MAX = 50;
export const PACKET_NOTE_MAX = 4_000;
export const PACKET_QUESTION_MAX = 2_000;

/** A question for the packet: one from the catalogue (by id), or one the coach types for this client. */
export const PacketQuestionRequestSchema = z.union([
  z.object({ questionId: CatalogueIdSchema }).strict(),
  z.object({ text: z.string().trim().min(1).max(PACKET_QUESTION_MAX) }).strict(),
]);
export type PacketQuestionRequest = z.infer<typeof PacketQuestionRequestSchema>;

export const CreatePacketRequestSchema = z
  .object({
    trajectId: TrajectIdSchema,
    questions: z.array(PacketQuestionRequestSchema).min(1).max(PACKET_QUESTIONS_MAX),
    /** A personal word from the coach, shown above the questions. */
    note: z.string().trim().max(PACKET_NOTE_MAX).optional(),
    /** The page's language; the coach's own (settings) when left out. */
    language: LanguageSchema.optional(),
  })
  .strict();
export type CreatePacketRequest = z.infer<typeof CreatePacketRequestSchema>;

/** The data block inside the packet page (`<script type="application/json" id="packet-data">`). */
export const PacketPageDataSchema = z
  .object({
    packetId: PacketIdSchema,
    trajectRef: TrajectIdSchema,
    createdAt: IsoDateTimeSchema,
    coach: z
      .object({
        name: z.string().max(200),
        practice: z.string().max(200).optional(),
        /** Where the client sends the answers file: the coach's address from the settings, when there is one. */
        email: z.string().max(320).optional(),
      })
      .strict(),
    /**
     * The client's name as the studio writes it in file names (`safeSlug`): the answers file the page saves is
     * `antwoorden-<client>-<date>.passie`. Only this, not the name itself, goes into the page.
     */
    clientSlug: z.string().regex(/^[a-z0-9-]{1,60}$/),
    /** The coach's ECDH P-256 public key, raw (65 bytes, uncompressed), base64url without padding. */
    coachPublicKey: z.string().regex(/^[A-Za-z0-9_-]{87}$/),
    coachKeyFingerprint: KeyFingerprintSchema,
    /**
     * A random AES-256 key (32 bytes, base64url without padding) made for this packet alone: the page encrypts the
     * answers it keeps in the client's browser with it. The studio keeps no copy.
     */
    autosaveKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    language: LanguageSchema,
    note: z.string().max(PACKET_NOTE_MAX).optional(),
    questions: z
      .array(
        z
          .object({
            questionId: CatalogueIdSchema.optional(),
            place: z.string().max(PACKET_QUESTION_MAX).optional(),
            question: z.string().min(1).max(PACKET_QUESTION_MAX),
          })
          .strict(),
      )
      .min(1)
      .max(PACKET_QUESTIONS_MAX),
  })
  .strict();
export type PacketPageData = z.infer<typeof PacketPageDataSchema>;
