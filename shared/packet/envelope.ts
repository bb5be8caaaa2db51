import { base64urlnopad } from '@scure/base';
import type { Language } from '../i18n/language';
import { idPattern } from '../domain/id-pattern';

/*
 * The answer packet's crypto envelope. This file runs in two places: inside the self-contained packet page the
 * client answers in (any current browser, offline, from file://) and in the studio. So it uses nothing but
 * WebCrypto (globalThis.crypto.subtle) and TextEncoder/TextDecoder: no Node, no DOM, no zod (the page must stay
 * small; the studio validates the file and the payload with zod in packet-format.ts before trusting them).
 *
 * Seal: a fresh ephemeral ECDH P-256 key agrees a secret with the coach's public key → HKDF-SHA-256 (random
 * 32-byte salt, info "passie-answers/1") → an AES-256-GCM key that encrypts the answers under a random 96-bit IV.
 * The associated data binds the packet id, the traject reference, the coach key's fingerprint and the format and
 * version, so a ciphertext cannot be moved to another packet, traject or key without failing to open.
 */

export const PACKET_FORMAT = 'passie-answers';
export const PACKET_VERSION = 1;
const HKDF_INFO = 'passie-answers/1';

export const PACKET_ID_PATTERN = idPattern('pa');
export const TRAJECT_REF_PATTERN = idPattern('tr');
export const FINGERPRINT_PATTERN = /^[0-9a-f]{64}$/;

const SALT_BYTES = 32;
const IV_BYTES = 12;
/** An uncompressed P-256 point: 0x04 ‖ x ‖ y. */
const PUBLIC_KEY_BYTES = 65;
const GCM_TAG_BYTES = 16;

export interface PacketHeader {
  packetId: string;
  trajectRef: string;
  coachKeyFingerprint: string;
}

export interface PacketAnswer {
  questionId?: string;
  question: string;
  /** Plain text as the client typed it, line breaks kept. */
  answer: string;
}

export interface AnswerPayload {
  /** ISO date-time: when the client pressed send. */
  sentAt: string;
  language: Language;
  answers: PacketAnswer[];
}

/** The `.passie` file as JSON: the header in the clear (it is bound as associated data), the rest base64url. */
export interface PacketFile extends PacketHeader {
  format: typeof PACKET_FORMAT;
  version: typeof PACKET_VERSION;
  ephemeralPublicKey: string;
  salt: string;
  iv: string;
  ciphertext: string;
}

/**
 * Why a packet cannot be opened. `malformed`: not a packet file of this format (or cut short); `wrong_key`: made
 * for another coach's key; `tampered`: well-formed, but the contents fail authentication.
 */
export type PacketProblem = 'malformed' | 'wrong_key' | 'tampered';

export class PacketError extends Error {
  constructor(readonly code: PacketProblem) {
    super(`answer packet: ${code}`);
    this.name = 'PacketError';
  }
}

/** The CryptoKey type of whichever WebCrypto is at hand (DOM's or Node's), without depending on either lib. */
export type PacketCryptoKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

const encoder = new TextEncoder();

/** Lowercase hex SHA-256 of the raw (65-byte, uncompressed) P-256 public key: the key's name everywhere. */
export async function keyFingerprint(publicKeyRaw: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', owned(publicKeyRaw)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Encrypts the client's answers for the coach; returns the text of the `.passie` file. */
export async function sealAnswers(
  coachPublicKeyRaw: Uint8Array,
  header: PacketHeader,
  payload: AnswerPayload,
): Promise<string> {
  checkHeader(header);
  if (coachPublicKeyRaw.length !== PUBLIC_KEY_BYTES) throw new RangeError('not a raw P-256 public key');
  // The page embeds key and fingerprint side by side: if they disagree, the studio could never open the result.
  if ((await keyFingerprint(coachPublicKeyRaw)) !== header.coachKeyFingerprint) {
    throw new RangeError('the public key does not match its fingerprint');
  }
  const coachKey = await crypto.subtle.importKey(
    'raw',
    owned(coachPublicKeyRaw),
    { name: 'ECDH', namedCurve: 'P-256' },
    false,
    [],
  );
  const ephemeral = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const ephemeralPublicKey = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await answerKey(ephemeral.privateKey, coachKey, salt, 'encrypt');
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: associatedData(header), tagLength: GCM_TAG_BYTES * 8 },
      key,
      encoder.encode(JSON.stringify(payload)),
    ),
  );
  const file: PacketFile = {
    format: PACKET_FORMAT,
    version: PACKET_VERSION,
    packetId: header.packetId,
    trajectRef: header.trajectRef,
    coachKeyFingerprint: header.coachKeyFingerprint,
    ephemeralPublicKey: base64urlnopad.encode(ephemeralPublicKey),
    salt: base64urlnopad.encode(salt),
    iv: base64urlnopad.encode(iv),
    ciphertext: base64urlnopad.encode(ciphertext),
  };
  return JSON.stringify(file);
}

/**
 * Opens a `.passie` file with the coach's private ECDH key. Throws PacketError; callers map its code to their own
 * error. The payload comes back only structurally checked: the studio applies its limits (packet-format.ts).
 */
export async function openAnswers(
  coachPrivateKey: PacketCryptoKey,
  coachKeyFingerprint: string,
  fileText: string,
): Promise<{ header: PacketHeader; payload: AnswerPayload }> {
  const file = readFile(fileText);
  const header: PacketHeader = {
    packetId: file.packetId,
    trajectRef: file.trajectRef,
    coachKeyFingerprint: file.coachKeyFingerprint,
  };
  if (file.coachKeyFingerprint !== coachKeyFingerprint) throw new PacketError('wrong_key');

  const ephemeralPublicKey = decodeField(file.ephemeralPublicKey, PUBLIC_KEY_BYTES);
  const salt = decodeField(file.salt, SALT_BYTES);
  const iv = decodeField(file.iv, IV_BYTES);
  const ciphertext = decodeField(file.ciphertext);
  if (ciphertext.length < GCM_TAG_BYTES) throw new PacketError('malformed');

  let plaintext: Uint8Array;
  try {
    // A point off the curve (a changed byte) fails here: as much tampering as a failed tag.
    const senderKey = await crypto.subtle.importKey(
      'raw',
      ephemeralPublicKey,
      { name: 'ECDH', namedCurve: 'P-256' },
      false,
      [],
    );
    const key = await answerKey(coachPrivateKey, senderKey, salt, 'decrypt');
    plaintext = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv, additionalData: associatedData(header), tagLength: GCM_TAG_BYTES * 8 },
        key,
        ciphertext,
      ),
    );
  } catch {
    throw new PacketError('tampered');
  }

  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch {
    throw new PacketError('malformed');
  }
  if (!isAnswerPayload(payload)) throw new PacketError('malformed');
  return { header, payload };
}

/** ECDH → HKDF-SHA-256 → AES-256-GCM key, the same on both sides. */
async function answerKey(
  privateKey: PacketCryptoKey,
  publicKey: PacketCryptoKey,
  salt: Uint8Array<ArrayBuffer>,
  usage: 'encrypt' | 'decrypt',
): Promise<PacketCryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const secret = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: encoder.encode(HKDF_INFO) },
    secret,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/**
 * The associated data: canonical JSON (RFC 8785 — keys sorted, no whitespace; for these string and small integer
 * values exactly what JSON.stringify writes with the keys in this order) of the header plus format and version.
 */
function associatedData(header: PacketHeader): Uint8Array<ArrayBuffer> {
  return encoder.encode(
    JSON.stringify({
      coachKeyFingerprint: header.coachKeyFingerprint,
      format: PACKET_FORMAT,
      packetId: header.packetId,
      trajectRef: header.trajectRef,
      version: PACKET_VERSION,
    }),
  );
}

function checkHeader(header: PacketHeader): void {
  if (
    !PACKET_ID_PATTERN.test(header.packetId) ||
    !TRAJECT_REF_PATTERN.test(header.trajectRef) ||
    !FINGERPRINT_PATTERN.test(header.coachKeyFingerprint)
  ) {
    throw new RangeError('not a packet header');
  }
}

/** Enough of the file's shape to decrypt it safely; anything else is `malformed`. */
function readFile(fileText: string): PacketFile {
  let value: unknown;
  try {
    value = JSON.parse(fileText);
  } catch {
    throw new PacketError('malformed');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new PacketError('malformed');
  const file = value as Record<string, unknown>;
  const strings = ['packetId', 'trajectRef', 'coachKeyFingerprint', 'ephemeralPublicKey', 'salt', 'iv', 'ciphertext'];
  if (
    file.format !== PACKET_FORMAT ||
    file.version !== PACKET_VERSION ||
    strings.some((name) => typeof file[name] !== 'string') ||
    !PACKET_ID_PATTERN.test(file.packetId as string) ||
    !TRAJECT_REF_PATTERN.test(file.trajectRef as string) ||
    !FINGERPRINT_PATTERN.test(file.coachKeyFingerprint as string)
  ) {
    throw new PacketError('malformed');
  }
  return file as unknown as PacketFile;
}

function decodeField(text: string, length?: number): Uint8Array<ArrayBuffer> {
  let bytes: Uint8Array;
  try {
    bytes = base64urlnopad.decode(text);
  } catch {
    throw new PacketError('malformed');
  }
  if (length !== undefined && bytes.length !== length) throw new PacketError('malformed');
  return owned(bytes);
}

function isAnswerPayload(value: unknown): value is AnswerPayload {
  if (typeof value !== 'object' || value === null) return false;
  const payload = value as Record<string, unknown>;
  return (
    typeof payload.sentAt === 'string' &&
    (payload.language === 'nl' || payload.language === 'en') &&
    Array.isArray(payload.answers) &&
    payload.answers.every((answer: unknown) => {
      if (typeof answer !== 'object' || answer === null) return false;
      const { questionId, question, answer: text } = answer as Record<string, unknown>;
      return (
        typeof question === 'string' &&
        typeof text === 'string' &&
        (questionId === undefined || typeof questionId === 'string')
      );
    })
  );
}

/** A copy on its own ArrayBuffer, which is what WebCrypto's typings ask for (no shared or offset views). */
export function owned(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}
