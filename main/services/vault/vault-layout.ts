import { join, posix } from 'node:path';
import { ID_BODY } from '../../../shared/domain/id-pattern';

/**
 * Every path inside a vault folder, in one place (ARCHITECTURE.md, Vault layout). Paths are vault paths:
 * relative, with forward slashes, as they are bound into each sealed file's associated data.
 */

/** In clear, no personal data: the format, the KDF parameters and the wrapped data key. */
export const VAULT_DESCRIPTOR = 'vault.json';
/** Held by the one studio (or CLI command) that has the vault open. */
export const INSTANCE_LOCK = 'studio.lock';

/** The vault's record of its own files: each one's newest write counter, deletions, damage found (vault-ledger.ts). */
export const LEDGER_PATH = 'ledger.psv';
export const INDEX_PATH = 'index.psv';
export const SETTINGS_PATH = 'settings.psv';
export const CATALOGUE_PATH = 'catalogue.psv';
export const AUDIT_PATH = 'audit.psv';
/** The folder and moment of the last backup; a backup itself leaves it out. */
export const BACKUP_RECORD_PATH = 'backup.psv';
/** Exports being written outside the vault right now (their temp files), so a crash's leftovers are swept. */
export const PENDING_EXPORTS_PATH = 'exports-pending.psv';
/**
 * Files about this computer rather than the practice: where backups went, exports under way. A backup leaves them
 * out, and the ledger does not count them (a restored vault rightly has none; an old copy harms no dossier).
 */
export const isMachineLocalPath = (path: string): boolean =>
  path === BACKUP_RECORD_PATH || path === PENDING_EXPORTS_PATH;
/** The files the ledger keeps count of: every sealed file but the ledger itself and the machine-local ones. */
export const isLedgeredPath = (path: string): boolean =>
  isSealedVaultPath(path) && path !== LEDGER_PATH && !isMachineLocalPath(path);
export const SIGNING_PATH = 'keys/signing.psv';
export const PACKET_KEY_PATH = 'keys/packet.psv';
/** The answer packets this vault made (so an answer file for any other is refused). */
export const PACKETS_ISSUED_PATH = 'packets/issued.psv';
/** The answer packets this vault took in (so none goes in twice). */
export const PACKET_LEDGER_PATH = 'packets/received.psv';

export const TRAJECTS_DIR = 'trajects';
export const trajectDir = (trajectId: string) => `${TRAJECTS_DIR}/${trajectId}`;
export const dossierPath = (trajectId: string) => `${trajectDir(trajectId)}/dossier.psv`;
/** The final signed PDF, written into the folder at closing and packed into the archive with it. */
export const finalPdfPath = (trajectId: string) => `${trajectDir(trajectId)}/dossier.pdf`;
export const attachmentsDir = (trajectId: string) => `${trajectDir(trajectId)}/attachments`;
export const attachmentPath = (trajectId: string, attachmentId: string) =>
  `${attachmentsDir(trajectId)}/${attachmentId}.psv`;

export const ARCHIVE_DIR = 'archive';
export const ARCHIVE_INDEX_PATH = `${ARCHIVE_DIR}/index.psv`;
export const archivePath = (trajectId: string) => `${ARCHIVE_DIR}/${trajectId}.passie-archive`;

const ARCHIVE_FILE_NAME = new RegExp(`^(tr_${ID_BODY})\\.passie-archive$`);
const ATTACHMENT_IN_FOLDER = new RegExp(`^attachments/(at_${ID_BODY})\\.psv$`);

/** The traject id an archive's file name claims (`tr_….passie-archive`), or undefined for any other name. */
export function archiveIdOfFileName(fileName: string): string | undefined {
  return ARCHIVE_FILE_NAME.exec(fileName)?.[1];
}

/** The attachment id of a path inside a traject folder (`attachments/at_….psv`), or undefined. */
export function attachmentIdInTrajectFolder(relativePath: string): string | undefined {
  return ATTACHMENT_IN_FOLDER.exec(relativePath)?.[1];
}

const VAULT_PATH = /^(?!.*\.\.)[a-z0-9][a-z0-9_/-]*\.(psv|passie-archive|pdf)$/;

/** Whether `vaultPath` (forward slashes) names a sealed file of the vault: the backup copies exactly these. */
export function isSealedVaultPath(vaultPath: string): boolean {
  return VAULT_PATH.test(vaultPath) && posix.normalize(vaultPath) === vaultPath;
}

/** The file on disk for a vault path (forward slashes inside the vault, the platform's separator outside it). */
export function pathOnDisk(vaultDir: string, vaultPath: string): string {
  return join(vaultDir, ...vaultPath.split('/'));
}
