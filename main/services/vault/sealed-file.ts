import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The sealed file format of every vault file but vault.json (ARCHITECTURE.md, Sealed files). Version 2, written now:
 *   magic "PSVSEAL" (7) · version 2 (1) · key epoch (4, big-endian) · write counter (8, big-endian) · nonce (12) ·
 *   AES-256-GCM ciphertext · tag (16)
 * The associated data is `passie-studio/2/<vault path>` followed by the 20 header bytes, so a file moved or swapped to
 * another path, or a header changed (an older counter, another key), fails to open just as a flipped byte does.
 *   - The key epoch says which data key sealed it: a key rotation re-seals file by file under the next epoch.
 *   - The write counter grows with every write of that path; the vault's ledger (vault-ledger.ts) remembers the
 *     newest, so an older copy put back in a file's place is known as one.
 * Version 1 (magic · 1 · nonce · ciphertext · tag, associated data `passie-studio/1/<vault path>`) is still read, as
 * epoch 0 and counter 0.
 */
export const SEAL_MAGIC = Buffer.from('PSVSEAL', 'ascii');
export const SEAL_VERSION = 2;
const LEGACY_VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const STAMP_BYTES = 12;
const PREFIX_BYTES = SEAL_MAGIC.length + 1;
/** Enough of a file to read its stamp without opening it. */
export const SEAL_HEADER_BYTES = PREFIX_BYTES + STAMP_BYTES;
export const KEY_BYTES = 32;

/**
 * `invalid_content`: the file opened, but what it holds is not what the studio wrote there. `missing`, `rolled_back`
 * and `deleted` come from the vault's ledger: a file it records is gone, is older than the one it records, or was
 * deleted and has come back.
 */
export type SealProblem =
  | 'not_sealed'
  | 'unknown_version'
  | 'truncated'
  | 'failed_authentication'
  | 'invalid_content'
  | 'missing'
  | 'rolled_back'
  | 'deleted';

export class SealError extends Error {
  constructor(readonly problem: SealProblem) {
    super(problem);
    this.name = 'SealError';
  }
}

/** Which data key sealed a file, and how many times its path had been written before. */
export interface SealStamp {
  epoch: number;
  counter: number;
}

/** The data key of each key epoch (a vault has one, two while its key is being rotated). */
export type KeyOfEpoch = (epoch: number) => Uint8Array;

function assertKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new RangeError('a data key has 32 bytes');
}

function stampBytes({ epoch, counter }: SealStamp): Buffer {
  if (!Number.isSafeInteger(counter) || counter < 0 || !Number.isInteger(epoch) || epoch < 0 || epoch > 0xffffffff) {
    throw new RangeError('not a seal stamp');
  }
  const bytes = Buffer.alloc(STAMP_BYTES);
  bytes.writeUInt32BE(epoch, 0);
  bytes.writeBigUInt64BE(BigInt(counter), 4);
  return bytes;
}

function associatedData(vaultPath: string, version: number, header: Uint8Array = Buffer.alloc(0)): Buffer {
  return Buffer.concat([Buffer.from(`passie-studio/${version}/${vaultPath}`, 'utf8'), header]);
}

/** A file's plaintext: one buffer, or its chunks in order (an archive's zip, never joined into one). */
export type Plaintext = Uint8Array | readonly Uint8Array[];

/**
 * Seals `plaintext` for the vault-relative path `vaultPath` (forward slashes) with a fresh random nonce, as the
 * sealed file's parts in order. Written one after the other they are the file: an archive runs to tens of
 * megabytes, and joining its parts (or its plaintext's chunks) first would cost one more copy of it in memory.
 */
export function sealParts(
  key: Uint8Array,
  vaultPath: string,
  plaintext: Plaintext,
  stamp: SealStamp = { epoch: 0, counter: 0 },
): Buffer[] {
  assertKey(key);
  const header = Buffer.concat([SEAL_MAGIC, Buffer.of(SEAL_VERSION), stampBytes(stamp)]);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(associatedData(vaultPath, SEAL_VERSION, header));
  const body = (plaintext instanceof Uint8Array ? [plaintext] : plaintext).map((chunk) => cipher.update(chunk));
  const final = cipher.final();
  return [header, nonce, ...body, final, cipher.getAuthTag()];
}

/** Seals `plaintext` for the vault-relative path `vaultPath` (forward slashes) with a fresh random nonce. */
export function seal(key: Uint8Array, vaultPath: string, plaintext: Plaintext, stamp?: SealStamp): Buffer {
  return Buffer.concat(sealParts(key, vaultPath, plaintext, stamp));
}

/** A sealed file's stamp, read from its header without the key; SealError when it is not a sealed file. */
export function sealStamp(sealed: Uint8Array): SealStamp {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (bytes.length < PREFIX_BYTES) throw new SealError(bytes.length === 0 ? 'truncated' : 'not_sealed');
  if (!bytes.subarray(0, SEAL_MAGIC.length).equals(SEAL_MAGIC)) throw new SealError('not_sealed');
  const version = bytes[SEAL_MAGIC.length];
  if (version === LEGACY_VERSION) return { epoch: 0, counter: 0 };
  if (version !== SEAL_VERSION) throw new SealError('unknown_version');
  if (bytes.length < SEAL_HEADER_BYTES) throw new SealError('truncated');
  const counter = bytes.readBigUInt64BE(PREFIX_BYTES + 4);
  if (counter > BigInt(Number.MAX_SAFE_INTEGER)) throw new SealError('not_sealed');
  return { epoch: bytes.readUInt32BE(PREFIX_BYTES), counter: Number(counter) };
}

/** Opens a sealed file and tells its stamp; throws SealError naming what is wrong with it. */
export function openSealed(
  keyOf: Uint8Array | KeyOfEpoch,
  vaultPath: string,
  sealed: Uint8Array,
): { plaintext: Buffer; stamp: SealStamp } {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const stamp = sealStamp(bytes);
  const version = bytes[SEAL_MAGIC.length]!;
  const headerBytes = version === LEGACY_VERSION ? PREFIX_BYTES : SEAL_HEADER_BYTES;
  if (bytes.length < headerBytes + NONCE_BYTES + TAG_BYTES) throw new SealError('truncated');
  const key = typeof keyOf === 'function' ? keyOf(stamp.epoch) : keyOf;
  assertKey(key);
  const nonce = bytes.subarray(headerBytes, headerBytes + NONCE_BYTES);
  const body = bytes.subarray(headerBytes + NONCE_BYTES, bytes.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(
    version === LEGACY_VERSION
      ? associatedData(vaultPath, LEGACY_VERSION)
      : associatedData(vaultPath, SEAL_VERSION, bytes.subarray(0, SEAL_HEADER_BYTES)),
  );
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    const plaintext = decipher.update(body);
    const final = decipher.final();
    // GCM hands out everything from update(): the plaintext is returned as it is rather than copied once more.
    return { plaintext: final.length === 0 ? plaintext : Buffer.concat([plaintext, final]), stamp };
  } catch {
    throw new SealError('failed_authentication');
  }
}

/** Opens a sealed file; throws SealError naming what is wrong with it. */
export function unseal(keyOf: Uint8Array | KeyOfEpoch, vaultPath: string, sealed: Uint8Array): Buffer {
  return openSealed(keyOf, vaultPath, sealed).plaintext;
}
