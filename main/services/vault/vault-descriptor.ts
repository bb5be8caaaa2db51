import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import * as z from 'zod';
import { StudioError } from '../../../shared/api/studio-error';
import { writeFileAtomic } from '../../platform/atomic-write';
import { ScryptParamsSchema, WrappedKeySchema } from './key-wrapping';
import { VAULT_DESCRIPTOR } from './vault-layout';

/** Format 2: a key epoch, a ledger (ledger.psv), a checksum; format 1 vaults are upgraded at their first unlock. */
export const VAULT_FORMAT = 2;

const WrappedKeysSchema = z
  .object({
    passphrase: WrappedKeySchema,
    recovery: WrappedKeySchema.extend({ salt: z.string().min(1) }).strict(),
  })
  .strict();

const LegacyDescriptorSchema = z
  .object({ format: z.literal(1), kdf: ScryptParamsSchema, wrappedDataKey: WrappedKeysSchema })
  .strict();

const CurrentFieldsSchema = z
  .object({
    format: z.literal(2),
    /** Random, kept for the vault's life: tells its backups from another vault's. */
    vaultId: z.string().regex(/^[0-9a-f]{32}$/),
    kdf: ScryptParamsSchema,
    /** The epoch of the data key these wrap; every sealed file names the epoch of the key that sealed it. */
    keyEpoch: z.number().int().min(0).max(0xfffffffe),
    wrappedDataKey: WrappedKeysSchema,
    /**
     * A key rotation under way: the next data key, wrapped by the passphrase and by the new recovery key as the
     * current one is, and by the current data key itself, so whoever opens the vault (passphrase or recovery key)
     * can finish re-sealing after a crash.
     */
    rotation: z
      .object({
        keyEpoch: z.number().int().min(1).max(0xffffffff),
        wrappedDataKey: WrappedKeysSchema,
        byCurrentKey: WrappedKeySchema,
      })
      .strict()
      .optional(),
    /** The recovery key wraps no usable key (a rotation finished after a crash): a new one must be made. */
    recoveryKeyNeeded: z.literal(true).optional(),
  })
  .strict();

/** vault.json as written now: its fields and a SHA-256 over them, so a damaged file is told from a wrong passphrase. */
const CurrentDescriptorSchema = CurrentFieldsSchema.extend({ checksum: z.string().regex(/^[0-9a-f]{64}$/) }).strict();

/**
 * vault.json: the only file in clear, so it holds no personal data — the format version, the KDF parameters
 * and salt, and the data key wrapped by the passphrase and by the recovery key (ARCHITECTURE.md, vault.json).
 */
export type VaultDescriptor = z.infer<typeof CurrentFieldsSchema>;
export type LegacyVaultDescriptor = z.infer<typeof LegacyDescriptorSchema>;

function checksumOf(fields: VaultDescriptor): string {
  return createHash('sha256')
    .update(canonicalize(fields) ?? '', 'utf8')
    .digest('hex');
}

/** A vault id for a new vault. */
export function newVaultId(): string {
  return randomBytes(16).toString('hex');
}

/**
 * The id a format 1 vault had (derived from its recovery wrap, which never changed in such a vault's life), so
 * its backups from before the upgrade stay known as its own.
 */
export function legacyVaultId(descriptor: Pick<LegacyVaultDescriptor, 'wrappedDataKey'>): string {
  const { salt, ciphertext } = descriptor.wrappedDataKey.recovery;
  return createHash('sha256').update(`passie-studio/vault-id/${salt}/${ciphertext}`).digest('hex').slice(0, 32);
}

/** Parses vault.json's bytes; a format 1 file comes back as format 1, for the unlock to upgrade. */
export function parseDescriptor(bytes: Buffer | string): VaultDescriptor | LegacyVaultDescriptor {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString());
  } catch {
    throw new StudioError('vault_descriptor_damaged');
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > VAULT_FORMAT) throw new StudioError('vault_too_new');
  if (format === 1) {
    const legacy = LegacyDescriptorSchema.safeParse(json);
    if (!legacy.success) throw new StudioError('vault_descriptor_damaged');
    return legacy.data;
  }
  const parsed = CurrentDescriptorSchema.safeParse(json);
  if (!parsed.success) throw new StudioError('vault_descriptor_damaged');
  const { checksum, ...fields } = parsed.data;
  if (checksumOf(fields) !== checksum) throw new StudioError('vault_descriptor_damaged');
  return fields;
}

export async function readDescriptor(vaultDir: string): Promise<VaultDescriptor | LegacyVaultDescriptor> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(vaultDir, VAULT_DESCRIPTOR));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StudioError('vault_missing');
    throw new StudioError('vault_unreadable', { cause: error });
  }
  return parseDescriptor(bytes);
}

/** The bytes of vault.json for these fields, checksum included. */
export function descriptorBytes(descriptor: VaultDescriptor): Buffer {
  const fields = CurrentFieldsSchema.parse(descriptor);
  return Buffer.from(`${JSON.stringify({ ...fields, checksum: checksumOf(fields) }, null, 2)}\n`);
}

export async function writeDescriptor(vaultDir: string, descriptor: VaultDescriptor): Promise<void> {
  await writeFileAtomic(join(vaultDir, VAULT_DESCRIPTOR), descriptorBytes(descriptor));
}

/** Writes vault.json exactly as read (a restore puts the newer vault's own back). */
export async function writeDescriptorAsRead(
  vaultDir: string,
  descriptor: VaultDescriptor | LegacyVaultDescriptor,
): Promise<void> {
  if (descriptor.format === 2) return writeDescriptor(vaultDir, descriptor);
  await writeFileAtomic(join(vaultDir, VAULT_DESCRIPTOR), Buffer.from(`${JSON.stringify(descriptor, null, 2)}\n`));
}
