import * as z from 'zod';
import { CatalogueIdSchema, IsoDateTimeSchema, PacketIdSchema, TrajectIdSchema } from '../domain/ids';
import {
  FINGERPRINT_PATTERN,
  PACKET_FORMAT,
  PACKET_VERSION,
  PacketError,
  type AnswerPayload,
  type PacketFile,
} from './envelope';
import { LanguageSchema } from '../i18n/language';

/*
 * The studio's checks on answer packets: the `.passie` file before it is decrypted, and the payload after. The
 * envelope checks only what it needs to decrypt safely (it also runs in the client's page, which carries no zod);
 * these schemas hold the limits. Every failure is a PacketError('malformed'), never anything else.
 */

/** Answers in one packet: what a round can hold (shared/domain/dossier.ts). */
export const MAX_PACKET_ANSWERS = 200;
/** Characters in one answer: what one rich text node can hold (shared/domain/rich-text.ts). */
export const MAX_PACKET_ANSWER_CHARS = 200_000;
export const MAX_PACKET_QUESTION_CHARS = 2_000;
/** The `.passie` file: room for a long answer set (about 2.5 MB of text once encrypted and base64url-encoded). */
export const MAX_PACKET_FILE_BYTES = 4 * 1024 * 1024;

export const KeyFingerprintSchema = z.string().regex(FINGERPRINT_PATTERN);

/** base64url without padding, of exactly `bytes` bytes when given. */
const base64url = (bytes?: number) => {
  const chars = bytes === undefined ? undefined : Math.ceil((bytes * 4) / 3);
  const pattern = chars === undefined ? /^[A-Za-z0-9_-]+$/ : new RegExp(`^[A-Za-z0-9_-]{${chars}}$`);
  return z.string().regex(pattern);
};

export const PacketFileSchema = z
  .object({
    format: z.literal(PACKET_FORMAT),
    version: z.literal(PACKET_VERSION),
    packetId: PacketIdSchema,
    trajectRef: TrajectIdSchema,
    coachKeyFingerprint: KeyFingerprintSchema,
    ephemeralPublicKey: base64url(65),
    salt: base64url(32),
    iv: base64url(12),
    // At least the 16-byte GCM tag; at most what fits in the file.
    ciphertext: base64url().min(22).max(MAX_PACKET_FILE_BYTES),
  })
  .strict() satisfies z.ZodType<PacketFile>;

export const PacketAnswerSchema = z
  .object({
    questionId: CatalogueIdSchema.optional(),
    question: z.string().trim().min(1).max(MAX_PACKET_QUESTION_CHARS),
    answer: z.string().max(MAX_PACKET_ANSWER_CHARS),
  })
  .strict();

export const AnswerPayloadSchema = z
  .object({
    sentAt: IsoDateTimeSchema,
    language: LanguageSchema,
    answers: z.array(PacketAnswerSchema).min(1).max(MAX_PACKET_ANSWERS),
  })
  .strict() satisfies z.ZodType<AnswerPayload>;

/** The `.passie` file's text, checked before any crypto runs on it. */
export function parsePacketFile(text: string): PacketFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PacketError('malformed');
  }
  const parsed = PacketFileSchema.safeParse(value);
  if (!parsed.success) throw new PacketError('malformed');
  return parsed.data;
}

/** The decrypted payload, held to the studio's limits. */
export function parseAnswerPayload(value: unknown): AnswerPayload {
  const parsed = AnswerPayloadSchema.safeParse(value);
  if (!parsed.success) throw new PacketError('malformed');
  return parsed.data;
}

/** Bytes as read from disk or a drop: UTF-8 text of at most MAX_PACKET_FILE_BYTES, else malformed. */
export function packetText(bytes: Uint8Array): string {
  if (bytes.length > MAX_PACKET_FILE_BYTES) throw new PacketError('malformed');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PacketError('malformed');
  }
}

/** Whether the bytes start like a `.passie` file (by content, whatever the file is called). */
export function looksLikePacket(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512));
  return /^\uFEFF?\s*\{/.test(head) && /"format"\s*:\s*"passie-answers"/.test(head);
}

/** The traject a `.passie` file names in its (clear) header, for the CLI when no traject is given; else undefined. */
export function packetTrajectRef(bytes: Uint8Array): string | undefined {
  try {
    return parsePacketFile(packetText(bytes)).trajectRef;
  } catch {
    return undefined;
  }
}
