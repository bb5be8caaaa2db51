import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { passphraseKek, recoveryKek, wrapKey } from '../../main/services/vault/key-wrapping';
import { newRecoveryKey } from '../../main/services/vault/recovery-key';
import { SEAL_MAGIC } from '../../main/services/vault/sealed-file';

/** A file sealed as the studio sealed them before format 2: magic · 1 · nonce · ciphertext · tag. */
export function sealFormat1(key: Uint8Array, vaultPath: string, plaintext: Uint8Array): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(`passie-studio/1/${vaultPath}`, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([SEAL_MAGIC, Buffer.of(1), nonce, body, cipher.getAuthTag()]);
}

/**
 * A vault as a studio from before the ledger left it: a format 1 vault.json and format 1 sealed files (JSON values
 * by vault path), no ledger. Returns its data key.
 */
export async function writeFormat1Vault(
  vaultDir: string,
  passphrase: string,
  files: Record<string, unknown>,
): Promise<Buffer> {
  const dataKey = randomBytes(32);
  const kdf = { name: 'scrypt' as const, N: 2 ** 14, r: 8, p: 1, salt: randomBytes(16).toString('base64') };
  const recoverySalt = randomBytes(16).toString('base64');
  const descriptor = {
    format: 1,
    kdf,
    wrappedDataKey: {
      passphrase: wrapKey(await passphraseKek(passphrase, kdf), dataKey, 'passphrase'),
      recovery: { salt: recoverySalt, ...wrapKey(recoveryKek(newRecoveryKey(), recoverySalt), dataKey, 'recovery') },
    },
  };
  await mkdir(vaultDir, { recursive: true });
  await writeFile(join(vaultDir, 'vault.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
  for (const [vaultPath, value] of Object.entries(files)) {
    await mkdir(join(vaultDir, ...vaultPath.split('/').slice(0, -1)), { recursive: true });
    await writeFile(join(vaultDir, vaultPath), sealFormat1(dataKey, vaultPath, Buffer.from(JSON.stringify(value))));
  }
  return dataKey;
}
