import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  openSealed,
  SEAL_MAGIC,
  SealError,
  seal,
  sealParts,
  sealStamp,
  unseal,
} from '../../../../main/services/vault/sealed-file';

const key = randomBytes(32);
const text = Buffer.from('Wat maakt dat je je veilig voelt? — “thuis” is één plek 🙂', 'utf8');

function problemOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof SealError) return error.problem;
    throw error;
  }
  return 'opened';
}

describe('sealed files', () => {
  it('carries its key epoch and write counter in a header that is bound to the content', () => {
    const sealed = seal(key, 'index.psv', text, { epoch: 3, counter: 41 });
    expect(sealStamp(sealed)).toEqual({ epoch: 3, counter: 41 });
    expect(openSealed(() => key, 'index.psv', sealed)).toEqual({ plaintext: text, stamp: { epoch: 3, counter: 41 } });
    // An older counter written over the header (to pass an old copy off as new) breaks the seal.
    const relabelled = Buffer.from(sealed);
    relabelled.writeUInt32BE(0, 8 + 4 + 4);
    relabelled.writeUInt32BE(99, 8 + 4 + 4);
    expect(problemOf(() => unseal(key, 'index.psv', relabelled))).toBe('failed_authentication');
    // The key of the file's own epoch opens it.
    expect(problemOf(() => unseal((epoch) => (epoch === 3 ? randomBytes(32) : key), 'index.psv', sealed))).toBe(
      'failed_authentication',
    );
  });

  it('still opens files of format 1, as epoch 0 and counter 0', () => {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(Buffer.from('passie-studio/1/index.psv'));
    const body = Buffer.concat([cipher.update(text), cipher.final()]);
    const legacy = Buffer.concat([SEAL_MAGIC, Buffer.of(1), nonce, body, cipher.getAuthTag()]);
    expect(openSealed(key, 'index.psv', legacy)).toEqual({ plaintext: text, stamp: { epoch: 0, counter: 0 } });
  });

  it('round-trips bytes and never contains the plaintext', () => {
    const sealed = seal(key, 'trajects/abc/dossier.psv', text);
    expect(sealed.subarray(0, SEAL_MAGIC.length).equals(SEAL_MAGIC)).toBe(true);
    expect(sealed.includes(text)).toBe(false);
    expect(sealed.includes(Buffer.from('veilig'))).toBe(false);
    expect(unseal(key, 'trajects/abc/dossier.psv', sealed).equals(text)).toBe(true);
  });

  it('seals a plaintext given in chunks as the one file their joined bytes make, handing it out in parts', () => {
    const chunks = [text.subarray(0, 7), Buffer.alloc(0), text.subarray(7, 30), text.subarray(30)];
    const parts = sealParts(key, 'archive/tr_x.passie-archive', chunks);
    const sealed = Buffer.concat(parts);
    expect(sealed.length).toBe(seal(key, 'archive/tr_x.passie-archive', text).length);
    expect(unseal(key, 'archive/tr_x.passie-archive', sealed).equals(text)).toBe(true);
    expect(problemOf(() => unseal(key, 'archive/tr_y.passie-archive', sealed))).toBe('failed_authentication');
  });

  it('uses a fresh nonce for every write', () => {
    const a = seal(key, 'index.psv', text);
    const b = seal(key, 'index.psv', text);
    expect(a.subarray(20, 32).equals(b.subarray(20, 32))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it('detects a wrong key', () => {
    const sealed = seal(key, 'index.psv', text);
    expect(problemOf(() => unseal(randomBytes(32), 'index.psv', sealed))).toBe('failed_authentication');
  });

  it('detects every single flipped byte', () => {
    const sealed = seal(key, 'index.psv', Buffer.from('short'));
    for (let i = 0; i < sealed.length; i += 1) {
      const damaged = Buffer.from(sealed);
      damaged[i] = damaged[i]! ^ 0x01;
      expect(problemOf(() => unseal(key, 'index.psv', damaged))).not.toBe('opened');
    }
  });

  it('detects truncation at any length', () => {
    const sealed = seal(key, 'index.psv', text);
    for (const length of [0, 3, 8, 20, 35, sealed.length - 1]) {
      expect(problemOf(() => unseal(key, 'index.psv', sealed.subarray(0, length)))).toMatch(
        /truncated|failed_authentication|not_sealed/,
      );
    }
    expect(problemOf(() => unseal(key, 'index.psv', Buffer.alloc(0)))).toBe('truncated');
  });

  it('detects a file moved or swapped to another path', () => {
    const sealed = seal(key, 'trajects/a/dossier.psv', text);
    expect(problemOf(() => unseal(key, 'trajects/b/dossier.psv', sealed))).toBe('failed_authentication');
  });

  it('names an unknown format version and a file that was never sealed', () => {
    const sealed = seal(key, 'index.psv', text);
    const future = Buffer.from(sealed);
    future[SEAL_MAGIC.length] = 3;
    expect(problemOf(() => unseal(key, 'index.psv', future))).toBe('unknown_version');
    expect(problemOf(() => unseal(key, 'index.psv', Buffer.from('{"clients": []}')))).toBe('not_sealed');
  });
});
