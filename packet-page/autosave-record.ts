import { base64urlnopad } from '@scure/base';
import { owned, type PacketCryptoKey } from '../shared/packet/envelope';

/*
 * What the page keeps in the browser's localStorage while the client writes: the answers by question, and when
 * they were last sent. Every page opened from file:// shares one localStorage in a browser, so any other HTML file
 * the client opens could read it: the record is therefore stored sealed with AES-256-GCM (WebCrypto) under a
 * random key the studio made for this one packet and put in the page (`autosaveKey` in the page data). Only this
 * page holds that key. Keyed by packet id, so two packets never mix. No DOM here: the shape and the crypto are
 * shared with the tests, which run them under Node's WebCrypto.
 */

export interface AutosaveRecord {
  answers: string[];
  savedAt: string;
  /** When the client last pressed send (ISO), so a reopened page can say so. */
  sentAt?: string;
}

/** The entry as localStorage holds it: nothing but the IV and the ciphertext (with its tag), base64url. */
interface StoredAutosave {
  version: 2;
  iv: string;
  ciphertext: string;
}

const IV_BYTES = 12;
const encoder = new TextEncoder();

export const autosaveEntryName = (packetId: string) => `passie-antwoorden:${packetId}`;

/** The page's autosave key (32 bytes, base64url) as a WebCrypto key that cannot be read back out of the page. */
export function importAutosaveKey(keyText: string): Promise<PacketCryptoKey> {
  return crypto.subtle.importKey('raw', owned(base64urlnopad.decode(keyText)), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}

/** Bound as associated data, so an entry copied under another packet's name does not open. */
const associatedData = (packetId: string) => encoder.encode(`passie-autosave/2/${packetId}`);

/** The text to store for `record`: a fresh IV each time. */
export async function sealAutosave(key: PacketCryptoKey, packetId: string, record: AutosaveRecord): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: associatedData(packetId) },
      key,
      encoder.encode(JSON.stringify(record)),
    ),
  );
  const stored: StoredAutosave = {
    version: 2,
    iv: base64urlnopad.encode(iv),
    ciphertext: base64urlnopad.encode(ciphertext),
  };
  return JSON.stringify(stored);
}

/**
 * A stored record, padded to the packet's questions; undefined when there is none, or it is not one of ours or
 * does not open with this page's key (then the page starts empty).
 */
export async function openAutosave(
  key: PacketCryptoKey,
  packetId: string,
  stored: string | null,
  questions: number,
): Promise<AutosaveRecord | undefined> {
  if (stored === null) return undefined;
  try {
    const entry = JSON.parse(stored) as Partial<StoredAutosave> | null;
    if (!entry || entry.version !== 2 || typeof entry.iv !== 'string' || typeof entry.ciphertext !== 'string') {
      return undefined;
    }
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: owned(base64urlnopad.decode(entry.iv)), additionalData: associatedData(packetId) },
      key,
      owned(base64urlnopad.decode(entry.ciphertext)),
    );
    const value = JSON.parse(new TextDecoder().decode(plaintext)) as Partial<AutosaveRecord> | null;
    if (
      !value ||
      !Array.isArray(value.answers) ||
      !value.answers.every((answer) => typeof answer === 'string') ||
      typeof value.savedAt !== 'string'
    ) {
      return undefined;
    }
    const answers = Array.from({ length: questions }, (_, index) => value.answers?.[index] ?? '');
    return { answers, savedAt: value.savedAt, ...(typeof value.sentAt === 'string' ? { sentAt: value.sentAt } : {}) };
  } catch {
    return undefined;
  }
}
