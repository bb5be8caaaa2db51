// What a test looks at in a backup folder: its manifest, the bytes a manifest entry points to, and its packs.
import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BACKUP_MANIFEST,
  type BackupEntry,
  type BackupManifest,
} from '../../../../main/services/backup/backup-manifest';
import { packPath, PACKS } from '../../../../main/services/backup/backup-packs';
import { sealManifest } from '../../../../main/services/backup/manifest-seal';
import { VaultDescriptorSchema } from '../../../../main/services/vault/vault-descriptor';
import { VAULT_DESCRIPTOR } from '../../../../main/services/vault/vault-layout';
import { unwrapDataKey } from '../../../../main/services/vault/vault-service';
import { TEST_PASSPHRASE } from '../../../support/temp-studio';

export async function manifestOf(folder: string): Promise<BackupManifest> {
  return JSON.parse(await readFile(join(folder, BACKUP_MANIFEST), 'utf8')) as BackupManifest;
}

/** The bytes the backup holds for `entry`, read from its pack without any check. */
export async function storedBytes(folder: string, entry: BackupEntry): Promise<Buffer> {
  const handle = await open(packPath(folder, entry.pack!), 'r');
  try {
    const bytes = Buffer.alloc(entry.size);
    await handle.read(bytes, 0, entry.size, entry.offset!);
    return bytes;
  } finally {
    await handle.close();
  }
}

/** Replaces, in place in its pack, the bytes the backup holds for `entry`. */
export async function overwriteStored(folder: string, entry: BackupEntry, bytes: Uint8Array): Promise<void> {
  const handle = await open(packPath(folder, entry.pack!), 'r+');
  try {
    await handle.write(bytes, 0, bytes.length, entry.offset!);
  } finally {
    await handle.close();
  }
}

/** Every file in the folder's packs/, temp files included. */
export async function filesInPacks(folder: string): Promise<string[]> {
  return (await readdir(join(folder, PACKS)).catch(() => [] as string[])).sort();
}

/** The pack files a manifest names. */
export function packsNamedBy(manifest: BackupManifest): string[] {
  return [...new Set(manifest.files.map((file) => `${file.pack}.pack`))].sort();
}

/**
 * Writes `manifest` into the backup in `folder` sealed as the studio seals it, with the key its vault.json opens:
 * for a test that composes a backup as the studio could have made it (not for a forged one, which keeps its seal).
 */
export async function writeSealedManifest(
  folder: string,
  manifest: BackupManifest,
  passphrase = TEST_PASSPHRASE,
): Promise<void> {
  const content = withoutSeal(manifest);
  const descriptorEntry = content.files.find((file) => file.path === VAULT_DESCRIPTOR)!;
  const descriptor = VaultDescriptorSchema.parse(JSON.parse((await storedBytes(folder, descriptorEntry)).toString()));
  const dataKey = await unwrapDataKey(descriptor, { passphrase });
  await writeFile(join(folder, BACKUP_MANIFEST), JSON.stringify(sealManifest(content, dataKey)));
}

/** The manifest without its seal: as one of format 1 or 2 has it, or as someone who took the seal off left it. */
export function withoutSeal(manifest: BackupManifest): Omit<BackupManifest, 'mac'> {
  const content = { ...manifest };
  delete content.mac;
  return content;
}
