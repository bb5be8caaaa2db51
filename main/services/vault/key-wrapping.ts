import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt as scryptCallback } from 'node:crypto';
import { promisify } from 'node:util';
import * as z from 'zod';
import { KEY_BYTES } from './sealed-file';

const scrypt = promisify(scryptCallback) as (
  password: string | Buffer,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** scrypt N=2^17, r=8, p=1 (ARCHITECTURE.md, vault.json). Stored with the vault so a later version can raise them. */
export const DEFAULT_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

export const ScryptParamsSchema = z
  .object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64,
  })
  .strict();
export type ScryptParams = z.infer<typeof ScryptParamsSchema>;

export const WrappedKeySchema = z.object({ nonce: base64, ciphertext: base64 }).strict();
export type WrappedKey = z.infer<typeof WrappedKeySchema>;

/** Thrown when a passphrase or recovery key does not unwrap the data key. */
export class WrongSecretError extends Error {
  constructor() {
    super('wrong secret');
    this.name = 'WrongSecretError';
  }
}

export function newScryptParams(): ScryptParams {
  return { name: 'scrypt', ...DEFAULT_SCRYPT, salt: randomBytes(16).toString('base64') };
}

/** The key-encryption key of a passphrase (NFC-normalised, so the same words typed on another OS still match). */
export function passphraseKek(passphrase: string, params: ScryptParams): Promise<Buffer> {
  return scrypt(Buffer.from(passphrase.normalize('NFC'), 'utf8'), Buffer.from(params.salt, 'base64'), KEY_BYTES, {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 128 * params.N * params.r * 2,
  });
}

/**
 * The key-encryption key of a recovery key. The recovery key is 160 random bits, so it needs no stretching;
 * HKDF only separates it from any other use.
 */
export function recoveryKek(recoveryKey: Uint8Array, salt: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', recoveryKey, Buffer.from(salt, 'base64'), 'passie-studio recovery v1', KEY_BYTES),
  );
}

const purposeAad = (purpose: string) => Buffer.from(`passie-studio/vault.json/${purpose}`, 'utf8');

export function wrapKey(kek: Uint8Array, dataKey: Uint8Array, purpose: string): WrappedKey {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(purposeAad(purpose));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
  return { nonce: nonce.toString('base64'), ciphertext: ciphertext.toString('base64') };
}

export function unwrapKey(kek: Uint8Array, wrapped: WrappedKey, purpose: string): Buffer {
  const bytes = Buffer.from(wrapped.ciphertext, 'base64');
  if (bytes.length !== KEY_BYTES + 16) throw new WrongSecretError();
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.nonce, 'base64'));
  decipher.setAAD(purposeAad(purpose));
  decipher.setAuthTag(bytes.subarray(KEY_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(0, KEY_BYTES)), decipher.final()]);
  } catch {
    throw new WrongSecretError();
  }
}
