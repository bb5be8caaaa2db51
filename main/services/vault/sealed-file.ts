import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The sealed file format of every vault file but vault.json:
 *   magic "PSVSEAL" (7 bytes) · format version (1 byte) · nonce (12 bytes) · AES-256-GCM ciphertext · tag (16 bytes)
 * The associated data binds the ciphertext to its path inside the vault and to the format version, so a file
 * moved or swapped to another path fails to open just as a flipped byte does.
 */
export const SEAL_MAGIC = Buffer.from('PSVSEAL', 'ascii');
export const SEAL_VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = SEAL_MAGIC.length + 1;
export const KEY_BYTES = 32;

/** `invalid_content`: the file opened, but what it holds is not what the studio wrote there. */
export type SealProblem = 'not_sealed' | 'unknown_version' | 'truncated' | 'failed_authentication' | 'invalid_content';

export class SealError extends Error {
  constructor(readonly problem: SealProblem) {
    super(problem);
    this.name = 'SealError';
  }
}

function associatedData(vaultPath: string, version: number): Buffer {
  return Buffer.from(`passie-studio/${version}/${vaultPath}`, 'utf8');
}

function assertKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new RangeError('a data key has 32 bytes');
}

/** A file's plaintext: one buffer, or its chunks in order (an archive's zip, never joined into one). */
export type Plaintext = Uint8Array | readonly Uint8Array[];

/**
 * Seals `plaintext` for the vault-relative path `vaultPath` (forward slashes) with a fresh random nonce, as the
 * sealed file's parts in order. Written one after the other they are the file: an archive runs to tens of
 * megabytes, and joining its parts (or its plaintext's chunks) first would cost one more copy of it in memory.
 */
export function sealParts(key: Uint8Array, vaultPath: string, plaintext: Plaintext): Buffer[] {
  assertKey(key);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(associatedData(vaultPath, SEAL_VERSION));
  const body = (plaintext instanceof Uint8Array ? [plaintext] : plaintext).map((chunk) => cipher.update(chunk));
  const final = cipher.final();
  return [SEAL_MAGIC, Buffer.of(SEAL_VERSION), nonce, ...body, final, cipher.getAuthTag()];
}

/** Seals `plaintext` for the vault-relative path `vaultPath` (forward slashes) with a fresh random nonce. */
export function seal(key: Uint8Array, vaultPath: string, plaintext: Plaintext): Buffer {
  return Buffer.concat(sealParts(key, vaultPath, plaintext));
}

/** Opens a sealed file; throws SealError naming what is wrong with it. */
export function unseal(key: Uint8Array, vaultPath: string, sealed: Uint8Array): Buffer {
  assertKey(key);
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (bytes.length < HEADER_BYTES) throw new SealError(bytes.length === 0 ? 'truncated' : 'not_sealed');
  if (!bytes.subarray(0, SEAL_MAGIC.length).equals(SEAL_MAGIC)) throw new SealError('not_sealed');
  const version = bytes[SEAL_MAGIC.length];
  if (version !== SEAL_VERSION) throw new SealError('unknown_version');
  if (bytes.length < HEADER_BYTES + NONCE_BYTES + TAG_BYTES) throw new SealError('truncated');
  const nonce = bytes.subarray(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES);
  const body = bytes.subarray(HEADER_BYTES + NONCE_BYTES, bytes.length - TAG_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(associatedData(vaultPath, version));
  decipher.setAuthTag(tag);
  try {
    const plaintext = decipher.update(body);
    const final = decipher.final();
    // GCM hands out everything from update(): the plaintext is returned as it is rather than copied once more.
    return final.length === 0 ? plaintext : Buffer.concat([plaintext, final]);
  } catch {
    throw new SealError('failed_authentication');
  }
}
