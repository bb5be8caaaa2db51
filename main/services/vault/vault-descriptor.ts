import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { StudioError } from '../../../shared/api/studio-error';
import { writeFileAtomic } from '../../platform/atomic-write';
import { ScryptParamsSchema, WrappedKeySchema } from './key-wrapping';
import { VAULT_DESCRIPTOR } from './vault-layout';

export const VAULT_FORMAT = 1;

/**
 * vault.json: the only file in clear, so it holds no personal data — the format version, the KDF parameters
 * and salt, and the data key wrapped by the passphrase and by the recovery key.
 */
export const VaultDescriptorSchema = z
  .object({
    format: z.literal(VAULT_FORMAT),
    kdf: ScryptParamsSchema,
    wrappedDataKey: z
      .object({
        passphrase: WrappedKeySchema,
        recovery: WrappedKeySchema.extend({ salt: z.string().min(1) }).strict(),
      })
      .strict(),
  })
  .strict();
export type VaultDescriptor = z.infer<typeof VaultDescriptorSchema>;

export async function readDescriptor(vaultDir: string): Promise<VaultDescriptor> {
  let text: string;
  try {
    text = await readFile(join(vaultDir, VAULT_DESCRIPTOR), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StudioError('vault_missing');
    throw new StudioError('vault_unreadable', { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StudioError('vault_descriptor_damaged');
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > VAULT_FORMAT) throw new StudioError('vault_too_new');
  const parsed = VaultDescriptorSchema.safeParse(json);
  if (!parsed.success) throw new StudioError('vault_descriptor_damaged');
  return parsed.data;
}

export async function writeDescriptor(vaultDir: string, descriptor: VaultDescriptor): Promise<void> {
  await writeFileAtomic(join(vaultDir, VAULT_DESCRIPTOR), Buffer.from(`${JSON.stringify(descriptor, null, 2)}\n`));
}
