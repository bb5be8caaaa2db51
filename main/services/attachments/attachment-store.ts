import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { idPattern } from '../../../shared/domain/id-pattern';
import type { AttachmentRef } from '../../../shared/domain/dossier';
import { StudioError } from '../../../shared/api/studio-error';
import { newId } from '../new-id';
import { DamagedFileError, type SealedStore } from '../vault/sealed-store';
import {
  attachmentIdInTrajectFolder,
  attachmentPath,
  isSealedVaultPath,
  pathOnDisk,
  trajectDir,
} from '../vault/vault-layout';

const TRAJECT_ID = idPattern('tr');
const ATTACHMENT_ID = idPattern('at');

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What a traject folder holds besides its dossier and final PDF. */
export interface TrajectFolderFiles {
  attachments: string[];
  /** Files the folder should not hold (relative paths): packing or copying it must not silently drop them. */
  unexpected: string[];
}

/**
 * The attachments of answers, each sealed in its traject's folder as `attachments/<id>.psv`. The one place that
 * writes, reads, lists and removes them: import, export, archive and the API all go through it.
 */
export class AttachmentStore {
  constructor(
    private readonly store: SealedStore,
    private readonly vaultDir: string,
  ) {}

  /** Seals new bytes into the traject's folder under a new id, and returns that id. */
  async add(trajectId: string, bytes: Uint8Array): Promise<string> {
    const id = newId('at');
    await this.write(trajectId, id, bytes);
    return id;
  }

  /** Seals bytes under an id they already have (an archive's attachment coming back into its folder). */
  write(trajectId: string, attachmentId: string, bytes: Uint8Array): Promise<void> {
    return this.store.write(this.vaultPath(trajectId, attachmentId), bytes);
  }

  /**
   * The decrypted bytes, undefined when the file is gone. With the SHA-256 the dossier recorded, bytes that are not
   * the ones imported count as a damaged file: the coach must never save or see other content.
   */
  async read(trajectId: string, attachmentId: string, expectedSha256?: string): Promise<Buffer | undefined> {
    if (!TRAJECT_ID.test(trajectId) || !ATTACHMENT_ID.test(attachmentId)) return undefined;
    const vaultPath = this.vaultPath(trajectId, attachmentId);
    const bytes = await this.store.read(vaultPath);
    if (bytes && expectedSha256 !== undefined && sha256(bytes) !== expectedSha256) {
      throw new DamagedFileError(vaultPath, 'invalid_content');
    }
    return bytes;
  }

  /**
   * The bytes of an attachment a dossier names (`ref`, with the SHA-256 recorded at import). One that is gone or
   * damaged is said as such, naming the attachment and its traject: the rest of the dossier still opens.
   */
  async readRecorded(trajectId: string, ref: AttachmentRef, trajectTitle: string): Promise<Buffer> {
    const damaged = (cause?: unknown) =>
      new StudioError('attachment_damaged', { cause, params: { name: ref.name, traject: trajectTitle } });
    let bytes: Buffer | undefined;
    try {
      bytes = await this.read(trajectId, ref.id, ref.sha256);
    } catch (error) {
      if (error instanceof DamagedFileError) throw damaged(error);
      throw error;
    }
    // The dossier names the file, so a missing one was lost or moved: damage, not an unknown attachment.
    if (!bytes) throw damaged();
    return bytes;
  }

  /** Opens every attachment named and compares it with its recorded SHA-256: the ones that fail. */
  async damagedAmong(trajectId: string, refs: readonly AttachmentRef[]): Promise<AttachmentRef[]> {
    const damaged: AttachmentRef[] = [];
    for (const ref of refs) {
      try {
        await this.readRecorded(trajectId, ref, '');
      } catch (error) {
        if (!(error instanceof StudioError && error.code === 'attachment_damaged')) throw error;
        damaged.push(ref);
      }
    }
    return damaged;
  }

  remove(trajectId: string, attachmentId: string): Promise<void> {
    return this.store.remove(this.vaultPath(trajectId, attachmentId));
  }

  /** The attachment ids in a traject's folder, and any file there that is neither one nor the dossier or its PDF. */
  async list(trajectId: string): Promise<TrajectFolderFiles> {
    const folder = pathOnDisk(this.vaultDir, trajectDir(trajectId));
    const found: TrajectFolderFiles = { attachments: [], unexpected: [] };
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      },
    );
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const relative = `${entry.parentPath}/${entry.name}`
        .slice(folder.length + 1)
        .split(/[\\/]/)
        .join('/');
      // Only sealed vault files count: a temp file a crash left is swept at unlock, and is no content.
      if (!isSealedVaultPath(`${trajectDir(trajectId)}/${relative}`)) continue;
      if (relative === 'dossier.psv' || relative === 'dossier.pdf') continue;
      const id = attachmentIdInTrajectFolder(relative);
      if (id) found.attachments.push(id);
      else found.unexpected.push(relative);
    }
    return found;
  }

  private vaultPath(trajectId: string, attachmentId: string): string {
    if (!TRAJECT_ID.test(trajectId) || !ATTACHMENT_ID.test(attachmentId)) throw new RangeError('not an attachment');
    return attachmentPath(trajectId, attachmentId);
  }
}
