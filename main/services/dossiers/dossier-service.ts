import type { z } from 'zod';
import type { Client, ClientFields } from '../../../shared/domain/client';
import {
  type Answer,
  type AttachmentRefSchema,
  type ChainVerification,
  type DossierEvent,
  type NoteView,
  type DossierView,
  type ReplyDeliveryMethod,
  type RoundOrigin,
  type RoundView,
} from '../../../shared/domain/dossier';
import { isEmptyDoc, type RichDoc } from '../../../shared/domain/rich-text';
import { isPlausibleDate } from '../../../shared/domain/ids';
import { PASSIE_KEYS, REQUIRED_PASSIE_KEYS, type ReplyBlocks } from '../../../shared/domain/passie';
import type { TrajectSummary } from '../../../shared/domain/traject';
import { StudioError } from '../../../shared/api/studio-error';
import { reportDamage } from '../vault/damage';
import { OpenOnce } from '../vault/open-once';
import { openSealedDb, type SealedDb } from '../vault/sealed-db';
import type { SealedStore } from '../vault/sealed-store';
import { chainHead, nextEvent, verifyChain } from './hash-chain';
import { rebuildIndex, type ArchivedTraject, type RebuiltIndex } from './index-rebuild';
import { newId } from '../new-id';
import {
  AuditDataSchema,
  DossierEnvelopeSchema,
  dossierFromBytes,
  emptyAudit,
  emptyIndex,
  IndexDataSchema,
  type AuditData,
  type DossierData,
  type IndexData,
  type Tombstone,
} from './stores';
import { AUDIT_PATH, dossierPath, INDEX_PATH, trajectDir } from '../vault/vault-layout';

export interface DossierPorts {
  vaultDir: string;
  store: SealedStore;
  now: () => number;
  responseHours: () => Promise<number>;
  questionExists: (questionId: string) => Promise<boolean>;
}

/** What changed, for those who keep something derived from the dossiers (the search index). */
export type DossierChange = { kind: 'client'; id: string } | { kind: 'traject'; id: string };

export interface NewAnswer {
  questionId?: string;
  title?: string;
  content: RichDoc;
  /** Already sealed in the vault (by the import service). */
  attachments?: z.infer<typeof AttachmentRefSchema>[];
}

export interface NewRound {
  receivedAt?: string;
  source: RoundView['source'];
  /** An imported file's hash and Message-ID (see RoundOriginSchema). */
  origin?: RoundOrigin;
  answers: NewAnswer[];
  /** The answer packet the answers came in: kept in the event, so the dossier itself records the receipt. */
  packetId?: string;
}

/**
 * Clients, trajects and their dossiers: an append-only, hash-chained event list per traject, with reply drafts
 * beside it until they are sent, and the index the dashboard reads without opening every dossier.
 */
export class DossierService {
  private readonly databases = new OpenOnce<SealedDb<IndexData> | SealedDb<DossierData>>();
  private readonly listeners: ((change: DossierChange) => void)[] = [];

  constructor(private readonly ports: DossierPorts) {}

  onChange(listener: (change: DossierChange) => void): void {
    this.listeners.push(listener);
  }

  private changed(change: DossierChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** Forgets every decrypted database; called when the vault locks. */
  forget(): void {
    this.databases.clear();
  }

  /**
   * Makes index.psv again from the dossiers and the archives' index (index-rebuild.ts), when the coach asks: the
   * index could not be read, or is an old copy. Written only once whole and valid; everything opens anew after.
   */
  async rebuildIndex(
    archived: readonly ArchivedTraject[],
    unnamed: (n: number) => string,
  ): Promise<Omit<RebuiltIndex, 'index'> & { clients: number; trajects: number }> {
    const rebuilt = await rebuildIndex({
      vaultDir: this.ports.vaultDir,
      store: this.ports.store,
      archived,
      unnamed,
      summaryOf,
    });
    const index = IndexDataSchema.parse(rebuilt.index);
    await this.ports.store.write(INDEX_PATH, Buffer.from(JSON.stringify(index), 'utf8'));
    this.forget();
    for (const client of index.clients) this.changed({ kind: 'client', id: client.id });
    return {
      unreadable: rebuilt.unreadable,
      unnamed: rebuilt.unnamed,
      clients: index.clients.length,
      trajects: index.trajects.length,
    };
  }

  private iso(time = this.ports.now()): string {
    return new Date(time).toISOString();
  }

  private indexDb(): Promise<SealedDb<IndexData>> {
    return this.databases.get(INDEX_PATH, () =>
      reportDamage(() => openSealedDb(this.ports.store, INDEX_PATH, IndexDataSchema, emptyIndex), 'index_damaged'),
    ) as Promise<SealedDb<IndexData>>;
  }

  private dossierDb(summary: TrajectSummary): Promise<SealedDb<DossierData>> {
    // An archived traject has no folder: opening it here would start an empty dossier in its place.
    if (summary.archivedAt) return Promise.reject(new StudioError('traject_archived'));
    return this.databases.get(dossierPath(summary.id), async () => {
      const db = await reportDamage(
        () =>
          openSealedDb(this.ports.store, dossierPath(summary.id), DossierEnvelopeSchema, () => ({
            format: 1 as const,
            trajectId: summary.id,
            events: [],
            drafts: {},
          })),
        'dossier_damaged',
        { traject: summary.title },
      );
      if (db.data.trajectId !== summary.id) {
        throw new StudioError('dossier_damaged', { params: { traject: summary.title } });
      }
      if (db.data.events.length === 0) {
        const { clientId, title, goal } = summary;
        await db.update((data) => {
          data.events.push(nextEvent([], 'trajectStarted', { clientId, title, goal }, summary.startedAt));
        });
      }
      // The dossier is written before the index, so an index ahead of its dossier can only be an older dossier
      // put back in its place: named, never "repaired" into losing rounds.
      if (summary.rounds > summaryOf(db.data).rounds) {
        throw new StudioError('file_rolled_back', {
          params: { traject: summary.title, file: dossierPath(summary.id) },
        });
      }
      // A crash between the two leaves the index behind, so the dossier, the record of what happened, sets it
      // right whenever it is opened.
      if (!summaryMatches(summary, db.data)) await this.refreshSummary(summary.id, db.data);
      return db;
    }) as Promise<SealedDb<DossierData>>;
  }

  // Clients

  async listClients(): Promise<Client[]> {
    return (await this.indexDb()).data.clients;
  }

  async addClient(fields: ClientFields): Promise<Client> {
    const index = await this.indexDb();
    const client: Client = { ...fields, id: newId('cl'), createdAt: this.iso() };
    await index.update((data) => data.clients.push(client));
    this.changed({ kind: 'client', id: client.id });
    return client;
  }

  async updateClient(id: string, fields: Partial<ClientFields>): Promise<Client> {
    const index = await this.indexDb();
    const client = await index.update((data) => Object.assign(this.client(data, id), fields));
    this.changed({ kind: 'client', id });
    return client;
  }

  /**
   * The right to erasure: the client, their trajects and dossiers go; a tombstone without personal data stays.
   * Returns the ids of the client's trajects, whose archives the archive service removes next.
   */
  async deleteClient(id: string, reason: string): Promise<string[]> {
    const index = await this.indexDb();
    this.client(index.data, id);
    const trajects = index.data.trajects.filter((traject) => traject.clientId === id);
    const audit = await this.auditDb();
    const at = this.iso();
    // The tombstone first: if the studio stops half-way, a restart or a restored backup still knows what must go.
    await audit.update((data) => {
      data.tombstones.push({ kind: 'client', id, at, reason });
      for (const traject of trajects) data.tombstones.push({ kind: 'traject', id: traject.id, at, reason });
    });
    // Once the tombstone is durable the erasure is done as far as the coach is concerned: what follows may fail on
    // a full disk, and is then finished by applyTombstones on the next unlock.
    await index.follow((data) => {
      data.clients = data.clients.filter((client) => client.id !== id);
      data.trajects = data.trajects.filter((traject) => traject.clientId !== id);
    });
    for (const traject of trajects) {
      this.databases.delete(dossierPath(traject.id));
      await this.ports.store.removeFolder(trajectDir(traject.id)).catch(() => undefined);
    }
    this.changed({ kind: 'client', id });
    return trajects.map((traject) => traject.id);
  }

  /**
   * Finishes deletions a crash interrupted: the tombstone is written first, so whatever it names and still
   * exists (a client in the index, a traject folder) is removed now. Run after unlock.
   */
  async applyTombstones(): Promise<Tombstone[]> {
    const { tombstones } = await this.audit();
    const gone = new Set(tombstones.map((tombstone) => tombstone.id));
    if (gone.size === 0) return tombstones;
    const index = await this.indexDb();
    const stays = (traject: TrajectSummary) => !gone.has(traject.id) && !gone.has(traject.clientId);
    if (index.data.clients.some((client) => gone.has(client.id)) || !index.data.trajects.every(stays)) {
      await index.update((data) => {
        data.clients = data.clients.filter((client) => !gone.has(client.id));
        data.trajects = data.trajects.filter(stays);
      });
    }
    for (const tombstone of tombstones) {
      if (tombstone.kind === 'traject') {
        await this.ports.store.removeFolder(trajectDir(tombstone.id));
      }
    }
    return tombstones;
  }

  /**
   * Opens every traject's dossier once, so an index entry that lags behind its dossier (its write failed on a full
   * disk, or a crash came between the two) is set right before anyone lists the trajects. Run after unlock; the
   * search index opens them all next anyway.
   */
  async settleSummaries(): Promise<void> {
    for (const summary of await this.listTrajects()) {
      if (!summary.archivedAt) await this.dossierDb(summary).catch(() => undefined);
    }
  }

  /** The deletions the vault remembers (audit.psv). */
  private async audit(): Promise<AuditData> {
    return (await this.auditDb()).data;
  }

  private auditDb(): Promise<SealedDb<AuditData>> {
    return reportDamage(
      () => openSealedDb<AuditData>(this.ports.store, AUDIT_PATH, AuditDataSchema, emptyAudit),
      'audit_damaged',
    );
  }

  /** Remembers a deletion before it is done (see deleteClient), so a crash or a restored backup re-applies it. */
  async recordTombstone(tombstone: Tombstone): Promise<void> {
    await (await this.auditDb()).update((data) => data.tombstones.push(tombstone));
  }

  // Trajects

  async listTrajects(clientId?: string): Promise<TrajectSummary[]> {
    const { trajects } = (await this.indexDb()).data;
    return clientId ? trajects.filter((traject) => traject.clientId === clientId) : trajects;
  }

  async addTraject(input: {
    clientId: string;
    title: string;
    goal?: string;
    startedAt?: string;
  }): Promise<TrajectSummary> {
    const index = await this.indexDb();
    this.client(index.data, input.clientId);
    const summary: TrajectSummary = {
      id: newId('tr'),
      clientId: input.clientId,
      title: input.title,
      ...(input.goal ? { goal: input.goal } : {}),
      status: 'active',
      startedAt: input.startedAt ?? this.iso(),
      awaiting: [],
      rounds: 0,
    };
    // The index first: opening the new dossier then writes its first event. A crash in between leaves a traject
    // whose dossier is started on first open, never a dossier no traject points to.
    await index.update((data) => {
      this.client(data, input.clientId);
      data.trajects.push(summary);
    });
    await this.dossierDb(summary);
    this.changed({ kind: 'traject', id: summary.id });
    return summary;
  }

  /**
   * Title, goal and start date only: the dossier's history is never rewritten, so this changes the index, not the
   * chain.
   */
  async updateTraject(
    id: string,
    fields: { title?: string; goal?: string; startedAt?: string },
  ): Promise<TrajectSummary> {
    const index = await this.indexDb();
    const summary = await index.update((data) => {
      const found = this.traject(data, id);
      if (fields.title !== undefined) found.title = fields.title;
      if (fields.goal !== undefined) found.goal = fields.goal;
      if (fields.startedAt !== undefined) found.startedAt = fields.startedAt;
      return found;
    });
    this.changed({ kind: 'traject', id });
    return summary;
  }

  async showTraject(id: string): Promise<DossierView> {
    const index = await this.indexDb();
    const summary = this.traject(index.data, id);
    const dossier = await this.dossierDb(summary);
    const { events, drafts } = dossier.data;
    return {
      traject: summary,
      client: this.client(index.data, summary.clientId),
      rounds: roundsOf(events, drafts),
      notes: notesOf(events),
      chain: { events: events.length, head: chainHead(events) },
    };
  }

  /**
   * "Traject afsluiten", the dossier's part: `trajectClosed` enters the chain (once: a closing that is resumed or
   * repeated appends nothing, so the chain head stays what it was) and the index says closed.
   */
  async closeTraject(
    id: string,
  ): Promise<{ summary: TrajectSummary; client: Client; closedAt: string; closedNow: boolean }> {
    const index = await this.indexDb();
    const summary = this.traject(index.data, id);
    const dossier = await this.dossierDb(summary);
    const { event: closed, closedNow } = await dossier.update((data) => {
      const earlier = data.events.find((event) => event.type === 'trajectClosed');
      if (earlier) return { event: earlier, closedNow: false };
      const event = nextEvent(data.events, 'trajectClosed', {}, this.iso());
      data.events.push(event);
      return { event, closedNow: true };
    });
    await this.refreshSummary(id, dossier.data);
    this.changed({ kind: 'traject', id });
    return {
      summary: this.traject(index.data, id),
      client: this.client(index.data, summary.clientId),
      closedAt: closed.at,
      closedNow,
    };
  }

  /**
   * Takes back the `trajectClosed` a closing that then failed appended: the last event of the chain, which nothing
   * has seen yet (the closing made no PDF and no archive), so the traject is active as it was.
   */
  async undoClose(id: string): Promise<void> {
    const summary = this.traject((await this.indexDb()).data, id);
    const dossier = await this.dossierDb(summary);
    await dossier.update((data) => {
      if (data.events.at(-1)?.type === 'trajectClosed') data.events.pop();
    });
    await this.refreshSummary(id, dossier.data);
    this.changed({ kind: 'traject', id });
  }

  /** The traject's index entry and client, as they are (also for an archived traject). */
  async trajectWithClient(id: string): Promise<{ summary: TrajectSummary; client: Client | undefined }> {
    const index = await this.indexDb();
    const summary = this.traject(index.data, id);
    return { summary, client: index.data.clients.find((client) => client.id === summary.clientId) };
  }

  /**
   * Marks a closed traject as living in its archive (`at`), or back in trajects/ (undefined). A traject the index
   * no longer knows (an archive from before a restored backup) is put back with its client from the archive.
   */
  async setArchived(id: string, at: string | undefined, fromArchive?: { summary: TrajectSummary; client: Client }) {
    const index = await this.indexDb();
    this.databases.delete(dossierPath(id));
    const summary = await index.update((data) => {
      let found = data.trajects.find((candidate) => candidate.id === id);
      if (!found) {
        if (!fromArchive) throw new StudioError('traject_not_found');
        found = { ...fromArchive.summary };
        data.trajects.push(found);
        if (!data.clients.some((client) => client.id === fromArchive.client.id)) data.clients.push(fromArchive.client);
      }
      if (at) found.archivedAt = at;
      else delete found.archivedAt;
      return found;
    });
    this.changed({ kind: 'traject', id });
    return summary;
  }

  /** Takes a destroyed archive's traject out of the index (its tombstone is already written). */
  async forgetTraject(id: string): Promise<void> {
    const index = await this.indexDb();
    this.databases.delete(dossierPath(id));
    await index.update((data) => {
      data.trajects = data.trajects.filter((traject) => traject.id !== id);
    });
    this.changed({ kind: 'traject', id });
  }

  /** Removes a traject's folder once its archive is verified; the folder's removal is made durable. */
  async removeTrajectFolder(id: string): Promise<void> {
    this.databases.delete(dossierPath(id));
    await this.ports.store.removeFolder(trajectDir(id));
  }

  /**
   * The dossier as it is on disk once every pending save is written: its exact plaintext (an archive keeps these
   * bytes as they are) and its data. `dossier_damaged` when it cannot be opened or read.
   */
  async storedDossier(id: string): Promise<{ bytes: Buffer; data: DossierData }> {
    const { title } = this.traject((await this.indexDb()).data, id);
    await this.ports.store.flush();
    const damaged = () => new StudioError('dossier_damaged', { params: { traject: title } });
    const bytes = await reportDamage(() => this.ports.store.read(dossierPath(id)), 'dossier_damaged', {
      traject: title,
    });
    const data = bytes && dossierFromBytes(bytes);
    if (!bytes || !data || data.trajectId !== id) throw damaged();
    return { bytes, data };
  }

  async verifyTraject(id: string): Promise<ChainVerification> {
    const summary = this.traject((await this.indexDb()).data, id);
    return verifyChain((await this.dossierDb(summary)).data.events);
  }

  // Rounds and replies

  async addRound(trajectId: string, round: NewRound): Promise<RoundView> {
    const { summary, dossier } = await this.openActive(trajectId);
    for (const answer of round.answers) {
      if (answer.questionId && !(await this.ports.questionExists(answer.questionId))) {
        throw new StudioError('question_not_found');
      }
    }
    const receivedAt = round.receivedAt ?? this.iso();
    // A round is never received in the future (a day's grace for clocks), nor before the studio's time: a date
    // the vault could not read back (year 10000) never gets as far as a file.
    if (!isPlausibleDate(receivedAt, this.ports.now())) {
      throw new StudioError('date_out_of_range', { params: { date: receivedAt.slice(0, 10) } });
    }
    const dueAt = this.iso(Date.parse(receivedAt) + (await this.ports.responseHours()) * 3_600_000);
    const answers: Answer[] = round.answers.map((answer) => ({
      id: newId('an'),
      ...(answer.questionId ? { questionId: answer.questionId } : {}),
      ...(answer.title ? { title: answer.title } : {}),
      content: answer.content,
      attachments: answer.attachments ?? [],
    }));
    const event = await dossier.update((data) => {
      const received = nextEvent(
        data.events,
        'answersReceived',
        {
          roundId: newId('rd'),
          receivedAt,
          dueAt,
          source: round.source,
          ...(round.origin ? { origin: round.origin } : {}),
          answers,
          ...(round.packetId ? { packetId: round.packetId } : {}),
        },
        this.iso(),
      );
      data.events.push(received);
      return received;
    });
    await this.refreshSummary(summary.id, dossier.data);
    this.changed({ kind: 'traject', id: trajectId });
    return roundsOf(dossier.data.events, dossier.data.drafts).find((view) => view.id === event.data.roundId)!;
  }

  async saveDraft(trajectId: string, roundId: string, blocks: ReplyBlocks): Promise<{ updatedAt: string }> {
    const { dossier } = await this.openActive(trajectId);
    const updatedAt = this.iso();
    await dossier.update((data) => {
      this.unsentRound(data, roundId);
      data.drafts[roundId] = { blocks, updatedAt };
    });
    this.changed({ kind: 'traject', id: trajectId });
    return { updatedAt };
  }

  /** Sends the draft: it enters the chain and can never change again. */
  async sendReply(trajectId: string, roundId: string, allowEmptyBlocks: boolean): Promise<{ sentAt: string }> {
    const { summary, dossier } = await this.openActive(trajectId);
    const sentAt = this.iso();
    await dossier.update((data) => {
      this.unsentRound(data, roundId);
      const draft = data.drafts[roundId];
      if (!draft || REQUIRED_PASSIE_KEYS.some((key) => isEmptyDoc(draft.blocks[key]))) {
        throw new StudioError('reply_needs_positive');
      }
      if (!allowEmptyBlocks && PASSIE_KEYS.some((key) => isEmptyDoc(draft.blocks[key]))) {
        throw new StudioError('reply_has_empty_blocks');
      }
      data.events.push(nextEvent(data.events, 'replySent', { roundId, blocks: draft.blocks }, sentAt));
      delete data.drafts[roundId];
    });
    await this.refreshSummary(summary.id, dossier.data);
    this.changed({ kind: 'traject', id: trajectId });
    return { sentAt };
  }

  /** Records that a sent reply left the studio (copied, by a mailto: link, or as a draft), in the chain. */
  async recordDelivery(trajectId: string, roundId: string, method: ReplyDeliveryMethod): Promise<{ at: string }> {
    const { dossier } = await this.openActive(trajectId);
    const at = this.iso();
    await dossier.update((data) => {
      const sent = data.events.some((event) => event.type === 'replySent' && event.data.roundId === roundId);
      if (!sent) throw new StudioError('reply_not_sent');
      data.events.push(nextEvent(data.events, 'replyDelivered', { roundId, method }, at));
    });
    this.changed({ kind: 'traject', id: trajectId });
    return { at };
  }

  /**
   * Marks a round as answered outside the studio (an imported round from long ago, a reply given by phone), or
   * takes the mark back: the round then waits for a reply again.
   */
  async markAnsweredOutside(trajectId: string, roundId: string, answeredOutside: boolean): Promise<void> {
    const { summary, dossier } = await this.openActive(trajectId);
    await dossier.update((data) => {
      this.unsentRound(data, roundId);
      data.events.push(nextEvent(data.events, 'roundAnsweredOutside', { roundId, answeredOutside }, this.iso()));
    });
    await this.refreshSummary(summary.id, dossier.data);
    this.changed({ kind: 'traject', id: trajectId });
  }

  /** A note rewritten; the earlier wording stays in the chain (and in the note's history). */
  async editNote(trajectId: string, noteSeq: number, content: RichDoc): Promise<void> {
    const { dossier } = await this.openActive(trajectId);
    await dossier.update((data) => {
      if (!data.events.some((event) => event.type === 'noteAdded' && event.seq === noteSeq)) {
        throw new StudioError('note_not_found');
      }
      data.events.push(nextEvent(data.events, 'noteEdited', { noteSeq, content }, this.iso()));
    });
    this.changed({ kind: 'traject', id: trajectId });
  }

  async addNote(trajectId: string, content: RichDoc): Promise<void> {
    const { dossier } = await this.openActive(trajectId);
    await dossier.update((data) => {
      data.events.push(nextEvent(data.events, 'noteAdded', { content }, this.iso()));
    });
    this.changed({ kind: 'traject', id: trajectId });
  }

  /** Writes every pending save; run before the key is dropped. */
  async flush(): Promise<void> {
    await this.ports.store.flush();
  }

  // Helpers

  private client(index: IndexData, id: string): Client {
    const client = index.clients.find((candidate) => candidate.id === id);
    if (!client) throw new StudioError('client_not_found');
    return client;
  }

  private traject(index: IndexData, id: string): TrajectSummary {
    const traject = index.trajects.find((candidate) => candidate.id === id);
    if (!traject) throw new StudioError('traject_not_found');
    return traject;
  }

  private async openActive(trajectId: string) {
    const summary = this.traject((await this.indexDb()).data, trajectId);
    if (summary.status !== 'active') throw new StudioError('traject_closed');
    return { summary, dossier: await this.dossierDb(summary) };
  }

  private unsentRound(data: DossierData, roundId: string): void {
    const received = data.events.some((event) => event.type === 'answersReceived' && event.data.roundId === roundId);
    if (!received) throw new StudioError('round_not_found');
    const sent = data.events.some((event) => event.type === 'replySent' && event.data.roundId === roundId);
    if (sent) throw new StudioError('reply_already_sent');
  }

  /**
   * The traject's index entry made to follow its dossier (written after it: see dossierDb). The dossier is the
   * record: once it is durable the change is made, and an index write that fails (a full disk) is set right from
   * the dossier on the next open, so the memory keeps the summary meanwhile.
   */
  private async refreshSummary(trajectId: string, data: DossierData): Promise<void> {
    await (await this.indexDb()).follow((index) => followDossier(this.traject(index, trajectId), data));
  }
}

type DerivedSummary = Pick<TrajectSummary, 'rounds' | 'awaiting' | 'status' | 'closedAt'>;

/** The part of a traject's index entry that follows from its dossier. */
function summaryOf(data: DossierData): DerivedSummary {
  return summaryOfRounds(roundsOf(data.events, data.drafts), data);
}

function summaryOfRounds(rounds: RoundView[], data: DossierData): DerivedSummary {
  const closed = data.events.find((event) => event.type === 'trajectClosed');
  return {
    // The chain says whether the traject was closed: the index, written after it, follows.
    status: closed ? 'closed' : 'active',
    ...(closed ? { closedAt: closed.at } : {}),
    rounds: rounds.length,
    awaiting: rounds
      .filter((round) => !round.reply && !round.answeredOutside)
      .map((round) => ({
        roundId: round.id,
        number: round.number,
        receivedAt: round.receivedAt,
        dueAt: round.dueAt,
      })),
  };
}

/** A traject cannot have begun after its first answers came in (mails from long ago, imported today). */
function startNoLaterThanFirstRound(summary: TrajectSummary, rounds: RoundView[]): boolean {
  const earliest = rounds[0]?.receivedAt;
  return !earliest || Date.parse(summary.startedAt) <= Date.parse(earliest);
}

/** The index entry made to follow its dossier: what derives from it, and a start no later than its first round. */
function followDossier(summary: TrajectSummary, data: DossierData): void {
  const rounds = roundsOf(data.events, data.drafts);
  Object.assign(summary, summaryOfRounds(rounds, data));
  if (!startNoLaterThanFirstRound(summary, rounds)) summary.startedAt = rounds[0]!.receivedAt;
}

function summaryMatches(summary: TrajectSummary, data: DossierData): boolean {
  const rounds = roundsOf(data.events, data.drafts);
  const derived = summaryOfRounds(rounds, data);
  return (
    summary.rounds === derived.rounds &&
    JSON.stringify(summary.awaiting) === JSON.stringify(derived.awaiting) &&
    summary.status === derived.status &&
    summary.closedAt === derived.closedAt &&
    startNoLaterThanFirstRound(summary, rounds)
  );
}

/**
 * The rounds of a dossier, each with its sent reply or its draft, numbered in the order the answers were received
 * (not the order they were added: mails from last year imported today come first).
 */
export function roundsOf(events: readonly DossierEvent[], drafts: DossierData['drafts']): RoundView[] {
  const rounds: RoundView[] = [];
  for (const event of events) {
    if (event.type === 'answersReceived') {
      const { roundId, receivedAt, dueAt, source, origin, answers } = event.data;
      const draft = drafts[roundId];
      rounds.push({
        id: roundId,
        number: 0,
        receivedAt,
        dueAt,
        source,
        ...(origin ? { origin } : {}),
        answers,
        ...(draft ? { draft } : {}),
      });
    } else if (event.type === 'replySent') {
      const round = rounds.find((candidate) => candidate.id === event.data.roundId);
      if (round) {
        round.reply = { blocks: event.data.blocks, sentAt: event.at };
        delete round.draft;
      }
    } else if (event.type === 'replyDelivered') {
      const reply = rounds.find((candidate) => candidate.id === event.data.roundId)?.reply;
      if (reply) (reply.deliveries ??= []).push({ at: event.at, method: event.data.method });
    } else if (event.type === 'roundAnsweredOutside') {
      const round = rounds.find((candidate) => candidate.id === event.data.roundId);
      if (round && event.data.answeredOutside) round.answeredOutside = { at: event.at };
      else if (round) delete round.answeredOutside;
    }
  }
  // A stable sort: rounds received at the same moment keep the order they were added in.
  rounds.sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
  rounds.forEach((round, position) => (round.number = position + 1));
  return rounds;
}

/** The private notes as they read now, each with its earlier wordings. */
export function notesOf(events: readonly DossierEvent[]): NoteView[] {
  const notes = new Map<number, NoteView>();
  for (const event of events) {
    if (event.type === 'noteAdded') {
      notes.set(event.seq, { seq: event.seq, at: event.at, content: event.data.content });
    } else if (event.type === 'noteEdited') {
      const note = notes.get(event.data.noteSeq);
      if (!note) continue;
      (note.earlier ??= []).push({ at: note.editedAt ?? note.at, content: note.content });
      note.content = event.data.content;
      note.editedAt = event.at;
    }
  }
  return [...notes.values()];
}
