import { SILENT_WORK } from '../app/work-progress';
import { readdir, readFile, stat, statfs } from 'node:fs/promises';
import { basename, join } from 'node:path';
import * as z from 'zod';
import type { ArchiveSummary, ArchiveVerification } from '../../../shared/domain/archive';
import { ClientSchema, type Client } from '../../../shared/domain/client';
import type { Answer, DossierView } from '../../../shared/domain/dossier';
import { TrajectIdSchema } from '../../../shared/domain/ids';
import { TrajectSummarySchema, type TrajectSummary } from '../../../shared/domain/traject';
import { StudioError } from '../../../shared/api/studio-error';
import { notesOf, roundsOf, type DossierService } from '../dossiers/dossier-service';
import { chainHead, verifyChain } from '../dossiers/hash-chain';
import { dossierFromBytes, type DossierData, type Tombstone } from '../dossiers/stores';
import type { AttachmentStore } from '../attachments/attachment-store';
import { reportDamage } from '../vault/damage';
import { OpenOnce } from '../vault/open-once';
import { openSealedDb, type SealedDb } from '../vault/sealed-db';
import { SealError, type SealProblem } from '../vault/sealed-file';
import { DamagedFileError, type SealedStore } from '../vault/sealed-store';
import {
  ArchiveContentError,
  ATTACHMENTS_PREFIX,
  DOSSIER_ENTRY,
  packArchive,
  PDF_ENTRY,
  TRAJECT_ENTRY,
  unpackArchive,
  type ArchiveManifest,
  type ManifestFields,
} from './archive-format';
import { ArchiveIndexSchema, emptyArchiveIndex, type ArchiveEntry, type ArchiveIndex } from './archive-index';
import { RecentArchive } from './recent-archive';
import { dueState, retentionUntil } from './retention';
import {
  ARCHIVE_DIR,
  ARCHIVE_INDEX_PATH,
  archiveIdOfFileName,
  archivePath,
  dossierPath,
  finalPdfPath,
  pathOnDisk,
  trajectDir,
} from '../vault/vault-layout';

export interface ArchivePorts {
  vaultDir: string;
  store: SealedStore;
  now: () => number;
  dossiers: DossierService;
  attachments: AttachmentStore;
  /** The retention period in settings, for a closing that names none. */
  retentionYears: () => Promise<number>;
  /**
   * Checks, before anything changes, that a closing can finish: the final PDF can be signed (a coach's name, a
   * certificate). A closing that fails midway is undone all the same.
   */
  closingPreflight: () => Promise<void>;
  /** The final signed dossier PDF of a (closed) traject. */
  finalPdf: (trajectId: string) => Promise<{ fileName: string; bytes: Uint8Array }>;
  /** Opens sealed bytes read from a file the coach names, for the vault path they claim to be. */
  unseal: (vaultPath: string, sealed: Uint8Array) => Buffer;
}

/** An archive opened and checked: its manifest and every entry, each matching its SHA-256. */
export interface OpenedArchive {
  manifest: ArchiveManifest;
  entries: Map<string, Uint8Array>;
  dossier: DossierData;
  traject: { summary: TrajectSummary; client: Client };
}

/** An archived traject as an access request reads it. */
export interface ArchivedContents {
  view: DossierView;
  /** The final signed dossier PDF, made at closing. */
  pdf: Buffer;
  /** An attachment's bytes by its id (checked with the rest of the archive), or undefined when it is not there. */
  attachment: (attachmentId: string) => Buffer | undefined;
}

/** traject.json: the index entry and the client as they were at closing, so an archive describes itself. */
const TrajectEntrySchema = z.object({ summary: TrajectSummarySchema, client: ClientSchema }).strict();

/**
 * Closing a traject into one sealed, verifiable archive file, and everything done with archives afterwards: list,
 * verify, open read-only, restore, export the PDF, destroy once due. Every step that removes something runs only
 * after what replaces it has been written, read back and checked, and an unlock finishes what a crash interrupted
 * (resume), so a traject is always either in its folder or in its archive, never lost.
 */
export class ArchiveService {
  private readonly db = new OpenOnce<SealedDb<ArchiveIndex>>();
  /** Archive operations one at a time: a closing and a restore of one traject must never interleave. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly recent = new RecentArchive<OpenedArchive>();

  constructor(private readonly ports: ArchivePorts) {}

  forget(): void {
    this.db.clear();
    this.recent.forget();
  }

  private iso(time = this.ports.now()): string {
    return new Date(time).toISOString();
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private index(): Promise<SealedDb<ArchiveIndex>> {
    return this.db.get(ARCHIVE_INDEX_PATH, () =>
      reportDamage(
        () => openSealedDb(this.ports.store, ARCHIVE_INDEX_PATH, ArchiveIndexSchema, emptyArchiveIndex),
        'archive_index_damaged',
      ),
    );
  }

  private fullPath(vaultPath: string): string {
    return pathOnDisk(this.ports.vaultDir, vaultPath);
  }

  // Closing

  /** "Traject afsluiten": closes the traject and moves it into archive/<id>.passie-archive. */
  close(id: string, retentionYears?: number, report = SILENT_WORK): Promise<ArchiveSummary> {
    return this.exclusive(async () => {
      const { summary } = await this.ports.dossiers.trajectWithClient(id);
      if (summary.archivedAt) throw new StudioError('traject_archived');
      const years = retentionYears ?? (await this.ports.retentionYears());
      await this.ports.closingPreflight();
      await this.assertRoomFor(id);
      // Remembered first: from here on an unlock after a crash finishes this closing (see resume).
      const index = await this.index();
      await index.update((data) => {
        data.closing = data.closing.filter((pending) => pending.id !== id);
        data.closing.push({ id, retentionYears: years, requestedAt: this.iso() });
      });
      let closedNow = false;
      try {
        closedNow = (await this.ports.dossiers.closeTraject(id)).closedNow;
        const entry = await this.finishClosing(id, years, report);
        return this.summaryOf(entry, await this.ports.dossiers.listClients());
      } catch (error) {
        // A closing that failed (a full disk, a certificate that cannot be made) leaves the traject as it was:
        // active, and not to be finished unasked at the next unlock.
        if ((await this.ports.dossiers.trajectWithClient(id)).summary.archivedAt === undefined) {
          if (closedNow) await this.ports.dossiers.undoClose(id).catch(() => undefined);
          await index
            .update((data) => {
              data.closing = data.closing.filter((pending) => pending.id !== id);
            })
            .catch(() => undefined);
        }
        throw error;
      }
    });
  }

  /** Refuses a closing the disk has no room for: the archive and its read-back need about thrice the folder. */
  private async assertRoomFor(id: string): Promise<void> {
    const folder = this.fullPath(trajectDir(id));
    let bytes = 0;
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => [])) {
      if (entry.isFile()) bytes += (await stat(join(entry.parentPath, entry.name)).catch(() => ({ size: 0 }))).size;
    }
    const disk = await statfs(this.ports.vaultDir).catch(() => undefined);
    if (disk && disk.bavail * disk.bsize < 3 * bytes + 16 * 1024 * 1024) throw new StudioError('disk_full');
  }

  /**
   * Everything after `trajectClosed` is in the chain: the final PDF, the archive (written, read back, checked),
   * the bookkeeping, and only then the folder's removal. Safe to run again after a crash at any step.
   */
  private async finishClosing(id: string, years: number, report = SILENT_WORK): Promise<ArchiveEntry> {
    report.stage('reading');
    const { summary, client } = await this.ports.dossiers.trajectWithClient(id);
    if (!client) throw new StudioError('client_not_found');
    const { bytes: dossierBytes, data: dossier } = await this.ports.dossiers.storedDossier(id);
    const closed = dossier.events.find((event) => event.type === 'trajectClosed');
    if (!closed) throw new StudioError('traject_not_closed');
    const verified = verifyChain(dossier.events);
    if (!verified.ok) {
      throw new StudioError('export_chain_broken', { params: { event: String(verified.firstBrokenEvent) } });
    }
    // An archive an interrupted closing already wrote is kept when it checks out and holds this very chain.
    let archived = await this.readArchive(id).catch(() => undefined);
    if (archived?.manifest.chainHead !== verified.head) {
      const closedSummary: TrajectSummary = { ...summary, status: 'closed', closedAt: closed.at };
      delete closedSummary.archivedAt;
      // The final signed PDF first, then the archive around it.
      report.stage('archiving');
      await this.writeArchive(id, dossierBytes, { summary: closedSummary, client }, (pdfFileName) => ({
        trajectId: id,
        clientId: client.id,
        closedAt: closed.at,
        retentionUntil: retentionUntil(closed.at, years),
        chainHead: verified.head,
        pdfFileName,
      }));
      // Read back from the disk, unsealed and unzipped, every SHA-256 checked: only then may the folder go.
      report.stage('checking');
      archived = await this.readArchive(id);
      if (archived.manifest.chainHead !== verified.head) throw new StudioError('archive_damaged');
    }
    report.stage('finishing');
    return this.completeArchiving(id, archived.manifest, summary.title, client.name);
  }

  /**
   * Writes the final signed PDF into the traject folder, then packs the folder into the sealed archive file. The
   * archive's size is held in memory twice, not four times: the zip's chunks are the stored entries' own bytes (no
   * copy), and their ciphertext is written in parts (no joined copy). A method of its own so that all of it is
   * garbage once it returns: the read-back that follows holds the archive in memory again, not on top of this.
   */
  private async writeArchive(
    id: string,
    dossierBytes: Buffer,
    traject: z.infer<typeof TrajectEntrySchema>,
    fields: (pdfFileName: string) => ManifestFields,
  ): Promise<void> {
    const pdf = await this.ports.finalPdf(id);
    await this.ports.store.write(finalPdfPath(id), pdf.bytes);
    const entries = await this.folderEntries(id, dossierBytes, pdf.bytes);
    entries.set(TRAJECT_ENTRY, Buffer.from(JSON.stringify(traject), 'utf8'));
    await this.ports.store.write(archivePath(id), await packArchive(fields(pdf.fileName), entries));
  }

  /** The bookkeeping of a verified archive, then the removal of the folder it replaces. */
  private async completeArchiving(
    id: string,
    manifest: ArchiveManifest,
    title: string,
    clientName: string,
  ): Promise<ArchiveEntry> {
    const archivedAt = this.iso();
    const size = (await stat(this.fullPath(archivePath(id)))).size;
    const entry: ArchiveEntry = {
      id,
      clientId: manifest.clientId,
      clientName,
      title,
      closedAt: manifest.closedAt,
      retentionUntil: manifest.retentionUntil,
      chainHead: manifest.chainHead,
      archivedAt,
      size,
    };
    await this.ports.dossiers.setArchived(id, archivedAt);
    const index = await this.index();
    await index.update((data) => {
      data.archives = [...data.archives.filter((candidate) => candidate.id !== id), entry];
      data.closing = data.closing.filter((pending) => pending.id !== id);
    });
    await this.ports.dossiers.removeTrajectFolder(id);
    return entry;
  }

  /**
   * The traject folder's files as archive entries, decrypted: the dossier, every attachment and the final PDF.
   * A sealed file the archive format has no place for stops the closing, so nothing in the folder is ever lost.
   */
  private async folderEntries(id: string, dossier: Buffer, pdf: Uint8Array): Promise<Map<string, Uint8Array>> {
    const entries = new Map<string, Uint8Array>([
      [DOSSIER_ENTRY, dossier],
      [PDF_ENTRY, pdf],
    ]);
    const { attachments, unexpected } = await this.ports.attachments.list(id);
    if (unexpected.length > 0) throw new StudioError('archive_unknown_file');
    for (const attachmentId of attachments) {
      const bytes = await reportDamage(() => this.ports.attachments.read(id, attachmentId), 'dossier_damaged', {
        traject: id,
      });
      if (bytes) entries.set(`${ATTACHMENTS_PREFIX}${attachmentId}`, bytes);
    }
    return entries;
  }

  // Reading and checking

  /** Opens archive/<id>.passie-archive: unsealed, unzipped, every entry checked; a typed error otherwise. */
  private async readArchive(id: string): Promise<OpenedArchive> {
    const vaultPath = archivePath(id);
    let zip: Buffer | undefined;
    try {
      zip = await this.ports.store.read(vaultPath);
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      const size = await stat(this.fullPath(vaultPath)).then(
        (found) => found.size,
        () => 0,
      );
      throw await this.sealFailure(id, error.problem, size);
    }
    if (!zip) throw new StudioError('archive_not_found');
    return this.opened(id, zip);
  }

  /**
   * Says what a failed unsealing most likely means. AES-GCM cannot tell a flipped byte from a wrong key, so the
   * archive index decides: an archive this vault never made (or one renamed) is from elsewhere; one shorter than
   * it was written is truncated; anything else was changed.
   */
  private async sealFailure(id: string, problem: SealProblem, size: number): Promise<StudioError> {
    if (problem === 'unknown_version') return new StudioError('file_too_new');
    const known = (await this.index()).data.archives.find((entry) => entry.id === id);
    if (problem === 'truncated' || (known && size < known.size)) return new StudioError('archive_truncated');
    if (!known && (problem === 'failed_authentication' || problem === 'not_sealed')) {
      return new StudioError('archive_other_vault');
    }
    return new StudioError('archive_damaged');
  }

  private async opened(id: string, zip: Uint8Array): Promise<OpenedArchive> {
    const bad = (entry: string) => new StudioError('archive_entry_damaged', { params: { entry } });
    let unpacked: Awaited<ReturnType<typeof unpackArchive>>;
    try {
      unpacked = await unpackArchive(zip);
    } catch (error) {
      if (error instanceof ArchiveContentError) throw bad(error.entry);
      throw error;
    }
    const { manifest, entries } = unpacked;
    if (manifest.trajectId !== id) throw bad('manifest.json');
    let traject: OpenedArchive['traject'];
    const dossier = dossierFromBytes(entries.get(DOSSIER_ENTRY)!);
    if (!dossier) throw bad(DOSSIER_ENTRY);
    const verified = verifyChain(dossier.events);
    if (dossier.trajectId !== id || !verified.ok || verified.head !== manifest.chainHead) throw bad(DOSSIER_ENTRY);
    try {
      traject = TrajectEntrySchema.parse(JSON.parse(Buffer.from(entries.get(TRAJECT_ENTRY)!).toString('utf8')));
    } catch {
      throw bad(TRAJECT_ENTRY);
    }
    if (traject.summary.id !== id || traject.client.id !== manifest.clientId) throw bad(TRAJECT_ENTRY);
    return { manifest, entries, dossier, traject };
  }

  verify(id: string): Promise<ArchiveVerification> {
    return this.exclusive(async () => {
      const { manifest } = await this.readArchive(id);
      return { ok: true as const, entries: manifest.entries.length, chainHead: manifest.chainHead };
    });
  }

  /**
   * An archive file the coach names (a copy on a USB stick, say), opened for the archive path its name claims:
   * AES-GCM binds it to that path and to this vault's key.
   */
  async openFile(path: string): Promise<OpenedArchive> {
    const id = archiveIdOfFileName(basename(path));
    if (!id) throw new StudioError('archive_not_found');
    const sealed = await readFile(path).catch(() => {
      throw new StudioError('archive_not_found');
    });
    try {
      return await this.opened(id, this.ports.unseal(archivePath(id), sealed));
    } catch (error) {
      if (error instanceof SealError) throw await this.sealFailure(id, error.problem, sealed.length);
      throw error;
    }
  }

  /** Puts an archive file the coach names into the vault (when it is not there yet), checked first. */
  async importFile(path: string): Promise<string> {
    const { manifest } = await this.openFile(path);
    const id = manifest.trajectId;
    const here = await stat(this.fullPath(archivePath(id))).then(
      () => true,
      () => false,
    );
    if (!here) {
      await this.ports.store.write(archivePath(id), this.ports.unseal(archivePath(id), await readFile(path)));
    }
    return id;
  }

  // Listing, viewing, exporting

  async list(): Promise<ArchiveSummary[]> {
    const [index, clients, trajects] = await Promise.all([
      this.index(),
      this.ports.dossiers.listClients(),
      this.ports.dossiers.listTrajects(),
    ]);
    // A deleted client's archives are gone with them (see DossierService.deleteClient): only listed trajects count.
    const listed = new Map(trajects.map((traject) => [traject.id, traject]));
    return index.data.archives
      .filter((entry) => listed.has(entry.id))
      .map((entry) => ({ ...this.summaryOf(entry, clients), title: listed.get(entry.id)!.title }))
      .sort((a, b) => a.retentionUntil.localeCompare(b.retentionUntil));
  }

  /** The archives' own index as it is, read without the overview of clients (for rebuilding that overview). */
  async entries(): Promise<ArchiveEntry[]> {
    return (await this.index()).data.archives;
  }

  private summaryOf(entry: ArchiveEntry, clients: Client[]): ArchiveSummary {
    const client = clients.find((candidate) => candidate.id === entry.clientId);
    return {
      id: entry.id,
      clientId: entry.clientId,
      clientName: client?.name ?? entry.clientName,
      title: entry.title,
      closedAt: entry.closedAt,
      retentionUntil: entry.retentionUntil,
      due: dueState(entry.retentionUntil, this.ports.now()),
      chainHead: entry.chainHead,
      size: entry.size,
    };
  }

  /** The archived dossier, read-only, in the shape of traject.show. */
  async open(id: string): Promise<DossierView> {
    return this.viewOf(await this.readForViewing(id));
  }

  /** For looking only (the read-only view, its attachments, the PDF): see RecentArchive. Verifying reads anew. */
  private readForViewing(id: string): Promise<OpenedArchive> {
    return this.recent.get(id, this.fullPath(archivePath(id)), () => this.exclusive(() => this.readArchive(id)));
  }

  /**
   * What a client's access request takes from an archived traject: the final signed PDF made at closing (without
   * the coach's private notes) and the attachments of its answers, from one reading of the archive.
   */
  async accessContents(id: string): Promise<ArchivedContents> {
    const archived = await this.readForViewing(id);
    return {
      view: await this.viewOf(archived),
      pdf: Buffer.from(archived.entries.get(PDF_ENTRY)!),
      attachment: (attachmentId) => {
        const bytes = archived.entries.get(`${ATTACHMENTS_PREFIX}${attachmentId}`);
        return bytes && Buffer.from(bytes);
      },
    };
  }

  private async viewOf({ dossier, traject }: OpenedArchive): Promise<DossierView> {
    const current = await this.ports.dossiers.trajectWithClient(traject.summary.id).catch(() => undefined);
    const { events, drafts } = dossier;
    return {
      traject: current?.summary ?? traject.summary,
      client: current?.client ?? traject.client,
      rounds: roundsOf(events, drafts),
      notes: notesOf(events),
      chain: { events: events.length, head: chainHead(events) },
    };
  }

  /**
   * One attachment of the archived dossier, for the read-only view: only what the archived dossier names can be read
   * (as for attachment.read), with its name and type as recorded there, its bytes checked with the whole archive.
   */
  async readAttachment(
    id: string,
    attachmentId: string,
  ): Promise<{ ref: Answer['attachments'][number]; bytes: Buffer }> {
    const contents = await this.accessContents(id);
    const ref = contents.view.rounds
      .flatMap((round) => round.answers.flatMap((answer) => answer.attachments))
      .find((candidate) => candidate.id === attachmentId);
    if (!ref) throw new StudioError('attachment_not_found');
    const bytes = contents.attachment(attachmentId);
    // The dossier names it, so an archive without it is damaged rather than the attachment unknown.
    if (!bytes) {
      throw new StudioError('archive_entry_damaged', { params: { entry: `${ATTACHMENTS_PREFIX}${attachmentId}` } });
    }
    return { ref, bytes };
  }

  async exportPdf(id: string): Promise<{ fileName: string; bytes: Buffer }> {
    const { manifest, entries } = await this.readForViewing(id);
    return { fileName: manifest.pdfFileName, bytes: Buffer.from(entries.get(PDF_ENTRY)!) };
  }

  /** The decrypted entries (manifest.json first), for `archive extract`. */
  async extract(id: string): Promise<Map<string, Uint8Array>> {
    return withManifest(await this.exclusive(() => this.readArchive(id)));
  }

  /** The same for an archive file the coach names (see openFile). */
  async extractFile(path: string): Promise<Map<string, Uint8Array>> {
    return withManifest(await this.openFile(path));
  }

  // Restoring and destroying

  /**
   * Back to a closed, read-only traject in trajects/: the folder is written from the archive and read back, and
   * only then is the archive removed. The chain is restored as it was, so its head is unchanged.
   */
  restore(id: string): Promise<TrajectSummary> {
    return this.exclusive(async () => {
      const { manifest, entries, traject } = await this.readArchive(id);
      const written: { bytes: Uint8Array; readBack: () => Promise<Buffer | undefined> }[] = [];
      for (const [name, bytes] of entries) {
        if (name === TRAJECT_ENTRY) continue;
        if (name.startsWith(ATTACHMENTS_PREFIX)) {
          const attachmentId = name.slice(ATTACHMENTS_PREFIX.length);
          await this.ports.attachments.write(id, attachmentId, bytes);
          written.push({ bytes, readBack: () => this.ports.attachments.read(id, attachmentId) });
        } else {
          const vaultPath = name === DOSSIER_ENTRY ? dossierPath(id) : finalPdfPath(id);
          await this.ports.store.write(vaultPath, bytes);
          written.push({ bytes, readBack: () => this.ports.store.read(vaultPath) });
        }
      }
      for (const { bytes, readBack } of written) {
        const back = await readBack().catch(() => undefined);
        if (!back || !back.equals(Buffer.from(bytes))) throw new StudioError('archive_restore_failed');
      }
      const restored = TrajectIdSchema.safeParse(traject.summary.id);
      if (!restored.success || manifest.trajectId !== id) throw new StudioError('archive_restore_failed');
      const summary = { ...traject.summary };
      delete summary.archivedAt;
      const back = await this.ports.dossiers.setArchived(id, undefined, { summary, client: traject.client });
      const index = await this.index();
      await index.update((data) => {
        data.archives = data.archives.filter((entry) => entry.id !== id);
      });
      await this.ports.store.remove(archivePath(id));
      this.recent.forget();
      return back;
    });
  }

  /** Destroys an archive once its retention date has passed (or earlier, forced, with a reason for the log). */
  destroy(id: string, reason: string, force: boolean): Promise<void> {
    return this.exclusive(async () => {
      const index = await this.index();
      const entry = index.data.archives.find((candidate) => candidate.id === id);
      if (!entry) throw new StudioError('archive_not_found');
      if (!force && dueState(entry.retentionUntil, this.ports.now()) !== 'due') {
        throw new StudioError('archive_not_due', { params: { date: entry.retentionUntil.slice(0, 10) } });
      }
      // The tombstone first: a crash, or a backup restored later, still knows the archive must go.
      await this.ports.dossiers.recordTombstone({ kind: 'archive', id, at: this.iso(), reason });
      await this.ports.store.remove(archivePath(id));
      // What was destroyed is not kept in memory either (RecentArchive would otherwise hold it up to a minute).
      this.recent.forget();
      await index.update((data) => {
        data.archives = data.archives.filter((candidate) => candidate.id !== id);
      });
      await this.ports.dossiers.forgetTraject(id);
    });
  }

  /** The right to erasure covers a deleted client's closed trajects too: their archives go with them. */
  removeArchives(trajectIds: readonly string[]): Promise<void> {
    return this.exclusive(async () => {
      for (const id of trajectIds) await this.ports.store.remove(archivePath(id));
      this.recent.forget();
    });
  }

  /**
   * Re-applies deletions after a crash or a restored backup: an archive id is its traject's id, and a destroyed
   * archive, or a deleted client's, must not come back.
   */
  applyTombstones(tombstones: readonly Tombstone[]): Promise<void> {
    const gone = tombstones.filter((tombstone) => tombstone.kind === 'traject' || tombstone.kind === 'archive');
    return this.removeArchives(gone.map((tombstone) => tombstone.id));
  }

  // After a crash

  /**
   * Run after unlock: finishes what a crash interrupted. A closing whose `trajectClosed` is in the chain is
   * finished; one that never got that far is dropped (the traject simply stays active). Where an archive and its
   * folder both exist, the archive is checked and the folder removed; an archive left behind by a finished
   * restore is removed. Anything that does not check out is left as it is, so nothing is ever lost here.
   */
  resume(): Promise<void> {
    return this.exclusive(async () => {
      const index = await this.index();
      const trajects = new Map((await this.ports.dossiers.listTrajects()).map((traject) => [traject.id, traject]));
      for (const pending of [...index.data.closing]) {
        const hasFolder = await this.exists(dossierPath(pending.id));
        let finish = false;
        if (hasFolder && trajects.has(pending.id)) {
          const stored = await this.ports.dossiers.storedDossier(pending.id).catch(() => undefined);
          finish = stored?.data.events.some((event) => event.type === 'trajectClosed') ?? false;
          if (finish) await this.finishClosing(pending.id, pending.retentionYears).catch(() => undefined);
        } else if (trajects.has(pending.id)) {
          const archived = await this.readArchive(pending.id).catch(() => undefined);
          const summary = trajects.get(pending.id)!;
          if (archived) {
            finish = true;
            await this.completeArchiving(pending.id, archived.manifest, summary.title, archived.traject.client.name);
          }
        }
        if (!finish) {
          await index.update((data) => {
            data.closing = data.closing.filter((candidate) => candidate.id !== pending.id);
          });
        }
      }
      for (const entry of [...index.data.archives]) {
        if (!trajects.has(entry.id) || !(await this.exists(dossierPath(entry.id)))) continue;
        const archived = await this.readArchive(entry.id).catch(() => undefined);
        if (!archived) continue;
        await this.ports.dossiers.setArchived(entry.id, entry.archivedAt);
        await this.ports.dossiers.removeTrajectFolder(entry.id);
      }
      const known = new Set([...index.data.archives, ...index.data.closing].map((entry) => entry.id));
      const files = await readdir(this.fullPath(ARCHIVE_DIR)).catch(() => [] as string[]);
      for (const file of files) {
        const id = archiveIdOfFileName(file);
        if (!id || known.has(id)) continue;
        const summary = trajects.get(id);
        // A restore that stopped after its bookkeeping: the traject is back in its folder, the archive is spare.
        if (summary && !summary.archivedAt && (await this.exists(dossierPath(id)))) {
          await this.ports.store.remove(archivePath(id));
        }
      }
    });
  }

  private exists(vaultPath: string): Promise<boolean> {
    return stat(this.fullPath(vaultPath)).then(
      () => true,
      () => false,
    );
  }
}

function withManifest({ manifest, entries }: OpenedArchive): Map<string, Uint8Array> {
  return new Map([['manifest.json', Buffer.from(JSON.stringify(manifest, null, 2), 'utf8')], ...entries]);
}
