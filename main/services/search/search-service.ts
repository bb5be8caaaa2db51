import type MiniSearch from 'minisearch';
import type { DossierView } from '../../../shared/domain/dossier';
import { PASSIE_KEYS, type PassieKey } from '../../../shared/domain/passie';
import { plainTextOf } from '../../../shared/domain/rich-text';
import type { SearchHit, SearchResults } from '../../../shared/domain/search';
import type { Client } from '../../../shared/domain/client';
import type { TrajectSummary } from '../../../shared/domain/traject';
import type { DossierChange } from '../dossiers/dossier-service';
import { foldTerm, snippetFor } from './snippet';

interface SearchDocument {
  id: string;
  kind: SearchHit['kind'];
  clientId: string;
  trajectId?: string;
  roundId?: string;
  roundNumber?: number;
  block?: PassieKey;
  text: string;
}

export interface SearchSource {
  listClients: () => Promise<Client[]>;
  listTrajects: () => Promise<TrajectSummary[]>;
  showTraject: (id: string) => Promise<DossierView>;
}

const MAX_RESULTS = 200;

/**
 * Full-text search over client names, answers, replies, drafts and notes (MiniSearch), in memory only: built after
 * unlock, kept current as the dossiers change, and dropped when the vault locks.
 */
export class SearchService {
  private index: MiniSearch<SearchDocument> | undefined;
  private building: Promise<MiniSearch<SearchDocument>> | undefined;
  private readonly docsOfTraject = new Map<string, string[]>();
  private clients = new Map<string, Client>();
  private trajects = new Map<string, TrajectSummary>();

  /** Changes are applied one after another; a search waits for those already announced. */
  private updates: Promise<void> = Promise.resolve();

  constructor(private readonly source: SearchSource) {}

  changed(change: DossierChange): void {
    // A change during a build waits for it: the build may have read that dossier before the change.
    const built = this.building?.catch(() => undefined);
    this.updates = this.updates
      .then(() => built)
      .then(() => (change.kind === 'client' ? this.clientChanged(change.id) : this.trajectChanged(change.id)))
      .catch(() => undefined);
  }

  forget(): void {
    this.index = undefined;
    this.building = undefined;
    this.docsOfTraject.clear();
    this.clients.clear();
    this.trajects.clear();
  }

  /** Starts building in the background (after unlock), so the first search does not wait for it. */
  warm(): void {
    void this.ready().catch(() => undefined);
  }

  private ready(): Promise<MiniSearch<SearchDocument>> {
    if (this.index) return Promise.resolve(this.index);
    this.building ??= this.build().finally(() => {
      this.building = undefined;
    });
    return this.building;
  }

  private async build(): Promise<MiniSearch<SearchDocument>> {
    // Loaded when the vault is unlocked, not with every command.
    const { default: MiniSearch } = await import('minisearch');
    const index = new MiniSearch<SearchDocument>({
      fields: ['text'],
      storeFields: ['kind', 'clientId', 'trajectId', 'roundId', 'roundNumber', 'block', 'text'],
      processTerm: (term) => foldTerm(term),
      searchOptions: { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: 'AND' },
    });
    this.clients = new Map((await this.source.listClients()).map((client) => [client.id, client]));
    this.trajects = new Map((await this.source.listTrajects()).map((traject) => [traject.id, traject]));
    for (const client of this.clients.values()) index.add(clientDocument(client));
    for (const traject of this.trajects.values()) await this.indexTraject(index, traject.id);
    // Only a complete index is served: a search during the build waits for it.
    this.index = index;
    return index;
  }

  /** Re-reads one client after a change (or forgets a deleted one with all their trajects). */
  private async clientChanged(clientId: string): Promise<void> {
    if (!this.index) return;
    const index = this.index;
    if (index.has(`client:${clientId}`)) index.discard(`client:${clientId}`);
    const client = (await this.source.listClients()).find((candidate) => candidate.id === clientId);
    if (client) {
      this.clients.set(clientId, client);
      index.add(clientDocument(client));
      return;
    }
    this.clients.delete(clientId);
    for (const traject of [...this.trajects.values()].filter((t) => t.clientId === clientId)) {
      this.forgetTraject(traject.id);
      this.trajects.delete(traject.id);
    }
  }

  /** Re-reads one traject's dossier after a change. */
  private async trajectChanged(trajectId: string): Promise<void> {
    if (!this.index) return;
    const traject = (await this.source.listTrajects()).find((candidate) => candidate.id === trajectId);
    if (traject) this.trajects.set(trajectId, traject);
    await this.indexTraject(this.index, trajectId);
  }

  private forgetTraject(trajectId: string, index = this.index): void {
    for (const id of this.docsOfTraject.get(trajectId) ?? []) if (index?.has(id)) index.discard(id);
    this.docsOfTraject.delete(trajectId);
  }

  private async indexTraject(index: MiniSearch<SearchDocument>, trajectId: string): Promise<void> {
    this.forgetTraject(trajectId, index);
    let dossier: DossierView;
    try {
      dossier = await this.source.showTraject(trajectId);
    } catch {
      return; // a damaged dossier is reported where it is opened; search simply goes without it
    }
    const documents = dossierDocuments(dossier);
    index.addAll(documents);
    this.docsOfTraject.set(
      trajectId,
      documents.map((document) => document.id),
    );
  }

  async search(query: string): Promise<SearchResults> {
    const index = await this.ready();
    await this.updates;
    const found = index.search(query).slice(0, MAX_RESULTS);
    const groups = new Map<string, SearchResults['groups'][number]>();
    for (const result of found) {
      const document = result as unknown as SearchDocument & { terms: string[] };
      const client = this.clients.get(document.clientId);
      if (!client) continue;
      let group = groups.get(client.id);
      if (!group) {
        group = { clientId: client.id, clientName: client.name, hits: [], trajects: [] };
        groups.set(client.id, group);
      }
      const hit: SearchHit = {
        kind: document.kind,
        ...(document.roundId ? { roundId: document.roundId, roundNumber: document.roundNumber } : {}),
        ...(document.block ? { block: document.block } : {}),
        snippet: snippetFor(document.text, new Set(document.terms.map(foldTerm))),
      };
      if (!document.trajectId) {
        group.hits.push(hit);
        continue;
      }
      let traject = group.trajects.find((candidate) => candidate.trajectId === document.trajectId);
      if (!traject) {
        traject = {
          trajectId: document.trajectId,
          title: this.trajects.get(document.trajectId)?.title ?? '',
          hits: [],
        };
        group.trajects.push(traject);
      }
      traject.hits.push(hit);
    }
    return { groups: [...groups.values()], total: found.length };
  }
}

function clientDocument(client: Client): SearchDocument {
  return {
    id: `client:${client.id}`,
    kind: 'client',
    clientId: client.id,
    text: [client.name, client.email, client.notes].filter(Boolean).join('\n'),
  };
}

function dossierDocuments(dossier: DossierView): SearchDocument[] {
  const base = { clientId: dossier.client.id, trajectId: dossier.traject.id };
  const documents: SearchDocument[] = [
    {
      ...base,
      id: `traject:${dossier.traject.id}`,
      kind: 'traject',
      text: [dossier.traject.title, dossier.traject.goal].filter(Boolean).join('\n'),
    },
  ];
  for (const round of dossier.rounds) {
    const inRound = { ...base, roundId: round.id, roundNumber: round.number };
    for (const answer of round.answers) {
      const text = [answer.title, plainTextOf(answer.content)].filter(Boolean).join('\n');
      documents.push({ ...inRound, id: `answer:${answer.id}`, kind: 'answer', text });
    }
    const reply = round.reply ?? round.draft;
    if (!reply) continue;
    const kind = round.reply ? 'reply' : 'draft';
    for (const block of PASSIE_KEYS) {
      const text = plainTextOf(reply.blocks[block]);
      if (text.trim()) documents.push({ ...inRound, id: `${kind}:${round.id}:${block}`, kind, block, text });
    }
  }
  dossier.notes.forEach((note, position) => {
    documents.push({
      ...base,
      id: `note:${dossier.traject.id}:${position}`,
      kind: 'note',
      text: plainTextOf(note.content),
    });
  });
  return documents;
}
