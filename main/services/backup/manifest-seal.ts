import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { BackupManifest } from './backup-manifest';

/**
 * The seal of backup-manifest.json: HMAC-SHA256 over the manifest's canonical JSON (RFC 8785, without `mac`)
 * under a key derived with HKDF-SHA256 from the vault's data key, for this purpose only. Why: the manifest is the
 * one file in clear, and the packs' SHA-256 sums prove only that the files are what the manifest says. Without a
 * seal, whoever can write to the backup folder could leave a file out, or point to an older version of it, and
 * every check would pass. The key needs the passphrase, so a manifest can be sealed only while the vault is
 * unlocked, and checked only with the passphrase.
 */
const PURPOSE = 'passie-studio/backup-manifest/v1';
const KEY_BYTES = 32;

/** A manifest as it is before it is sealed: everything the seal covers. */
export type ManifestContent = Omit<BackupManifest, 'mac'>;

function sealOf(content: ManifestContent, dataKey: Uint8Array): Buffer {
  const key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), PURPOSE, KEY_BYTES));
  try {
    return createHmac('sha256', key).update(canonicalize(content)!, 'utf8').digest();
  } finally {
    key.fill(0);
  }
}

export function sealManifest(content: ManifestContent, dataKey: Uint8Array): BackupManifest {
  return { ...content, mac: sealOf(content, dataKey).toString('hex') };
}

/** Whether the manifest carries a seal made with this data key over exactly what it says now. */
export function sealHolds(manifest: BackupManifest, dataKey: Uint8Array): boolean {
  const { mac, ...content } = manifest;
  if (mac === undefined) return false;
  return timingSafeEqual(Buffer.from(mac, 'hex'), sealOf(content, dataKey));
}
