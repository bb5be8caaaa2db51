import { randomBytes } from 'node:crypto';
import { base32crockford } from '@scure/base';

/** 160 random bits: 32 Crockford base-32 characters, read aloud in eight groups of four. */
export const RECOVERY_KEY_BYTES = 20;

export function newRecoveryKey(): Buffer {
  return randomBytes(RECOVERY_KEY_BYTES);
}

/** "7KQ2-M9XD-…": Crockford's alphabet has no I, L, O or U, so nothing is misread or misheard. */
export function formatRecoveryKey(key: Uint8Array): string {
  return (base32crockford.encode(key).match(/.{4}/g) ?? []).join('-');
}

/**
 * Reads a recovery key as a person types it: any case, spaces or dashes anywhere, and the letters Crockford
 * defines as look-alikes (O for 0, I and L for 1). Returns undefined when it cannot be a recovery key.
 */
export function parseRecoveryKey(typed: string): Buffer | undefined {
  const normalised = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (normalised.length !== 32) return undefined;
  try {
    const bytes = Buffer.from(base32crockford.decode(normalised));
    return bytes.length === RECOVERY_KEY_BYTES ? bytes : undefined;
  } catch {
    return undefined;
  }
}
