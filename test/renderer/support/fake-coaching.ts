import type { ParsedRequestOf } from '../../../shared/api/contract';
import type { Catalogue } from '../../../shared/domain/catalogue';
import type { Client } from '../../../shared/domain/client';
import type { DossierView, RoundView } from '../../../shared/domain/dossier';
import type { SearchResults } from '../../../shared/domain/search';
import type { TrajectSummary } from '../../../shared/domain/traject';
import { fakeStudio, failure, type FakeStudio, type Overrides } from './fake-studio';

/** Ids in the studio's format: prefix, underscore, 20 characters. */
export const idOf = (prefix: 'cl' | 'tr' | 'rd' | 'an', index: number) =>
  `${prefix}_${String(index).padStart(20, '0')}`;

export const HOUR = 3_600_000;

export function client(index: number, fields: Partial<Client> = {}): Client {
  return { id: idOf('cl', index), name: `Cliënt ${index}`, createdAt: '2025-01-02T09:00:00.000Z', ...fields };
}

export function traject(index: number, clientIndex: number, fields: Partial<TrajectSummary> = {}): TrajectSummary {
  return {
    id: idOf('tr', index),
    clientId: idOf('cl', clientIndex),
    title: `Traject ${index}`,
    status: 'active',
    startedAt: '2025-01-06T09:00:00.000Z',
    awaiting: [],
    rounds: 0,
    ...fields,
  };
}

/**
 * An awaiting round, numbered `index`, whose reply is due `hoursLeft` hours from `now` (negative: overdue): received
 * 48 h before that, or an hour ago when the coach's response time is longer than 48 h.
 */
export function awaitingRound(index: number, now: number, hoursLeft: number) {
  const due = now + hoursLeft * HOUR;
  return {
    roundId: idOf('rd', index),
    number: index,
    receivedAt: new Date(Math.min(due - 48 * HOUR, now - HOUR)).toISOString(),
    dueAt: new Date(due).toISOString(),
  };
}

export const catalogue: Catalogue = {
  places: [
    {
      id: 'haven',
      name: { nl: 'Veilige haven', en: 'Safe harbour' },
      questions: [
        { id: 'haven-1', text: { nl: 'Wat is jouw veilige haven?', en: 'What is your safe harbour?' } },
        { id: 'haven-2', text: { nl: 'Wie hoort daarbij?', en: 'Who belongs there?' } },
      ],
    },
    {
      id: 'topjob',
      name: { nl: 'Topjob', en: 'Top job' },
      questions: [{ id: 'topjob-1', text: { nl: 'Wat is jouw topjob?', en: 'What is your top job?' } }],
    },
  ],
};

export interface World {
  clients: Client[];
  trajects: TrajectSummary[];
  /** Rounds and notes per traject id; a traject without an entry has none. */
  dossiers: Map<string, { rounds: RoundView[]; notes: DossierView['notes'] }>;
  catalogue: Catalogue;
  search: (query: string) => SearchResults;
}

/**
 * A fake studio with clients, trajects and dossiers in memory, answering the methods the dashboard, client,
 * traject and search screens call as the real one would (and refusing requests the contract refuses).
 */
export function coachingStudio(initial: Partial<World> = {}, extra: Overrides = {}): FakeStudio & { world: World } {
  const world: World = {
    clients: [],
    trajects: [],
    dossiers: new Map(),
    catalogue,
    search: () => ({ groups: [], total: 0 }),
    ...initial,
  };
  let next = 1_000;
  const dossierOf = (id: string) => {
    let dossier = world.dossiers.get(id);
    if (!dossier) {
      dossier = { rounds: [], notes: [] };
      world.dossiers.set(id, dossier);
    }
    return dossier;
  };

  const overrides: Overrides = {
    'client.list': () => ({ ok: true, value: { clients: world.clients } }),
    'client.add': (request) => {
      const added = {
        ...(request as ParsedRequestOf<'client.add'>),
        id: idOf('cl', next++),
        createdAt: new Date().toISOString(),
      };
      world.clients.push(added);
      return { ok: true, value: { id: added.id } };
    },
    'client.update': (request) => {
      const { id, fields } = request as ParsedRequestOf<'client.update'>;
      const found = world.clients.find((candidate) => candidate.id === id);
      if (!found) return failure('client_not_found');
      Object.assign(found, fields);
      return { ok: true, value: found };
    },
    'traject.list': (request) => {
      const { clientId } = request as ParsedRequestOf<'traject.list'>;
      return { ok: true, value: { trajects: world.trajects.filter((t) => !clientId || t.clientId === clientId) } };
    },
    'traject.add': (request) => {
      const { clientId, title, goal } = request as ParsedRequestOf<'traject.add'>;
      const added: TrajectSummary = {
        id: idOf('tr', next++),
        clientId,
        title,
        ...(goal ? { goal } : {}),
        status: 'active',
        startedAt: new Date().toISOString(),
        awaiting: [],
        rounds: 0,
      };
      world.trajects.push(added);
      return { ok: true, value: { id: added.id } };
    },
    'traject.update': (request) => {
      const { id, fields } = request as ParsedRequestOf<'traject.update'>;
      const found = world.trajects.find((candidate) => candidate.id === id);
      if (!found) return failure('traject_not_found');
      Object.assign(found, fields);
      return { ok: true, value: found };
    },
    'traject.show': (request) => {
      const { id } = request as ParsedRequestOf<'traject.show'>;
      const summary = world.trajects.find((candidate) => candidate.id === id);
      const owner = world.clients.find((candidate) => candidate.id === summary?.clientId);
      if (!summary || !owner) return failure('traject_not_found');
      const dossier = dossierOf(id);
      return {
        ok: true,
        value: {
          traject: summary,
          client: owner,
          rounds: dossier.rounds,
          notes: dossier.notes,
          chain: { events: 1, head: '0'.repeat(64) },
        },
      };
    },
    'traject.addNote': (request) => {
      const { trajectId, content } = request as ParsedRequestOf<'traject.addNote'>;
      dossierOf(trajectId).notes.push({ seq: next++, at: new Date().toISOString(), content });
      return { ok: true, value: {} };
    },
    'traject.editNote': (request) => {
      const { trajectId, noteSeq, content } = request as ParsedRequestOf<'traject.editNote'>;
      const note = dossierOf(trajectId).notes.find((candidate) => candidate.seq === noteSeq);
      if (!note) return failure('note_not_found');
      (note.earlier ??= []).push({ at: note.editedAt ?? note.at, content: note.content });
      note.content = content;
      note.editedAt = new Date().toISOString();
      return { ok: true, value: {} };
    },
    'round.add': (request) => {
      const { trajectId, receivedAt, answers } = request as ParsedRequestOf<'round.add'>;
      const summary = world.trajects.find((candidate) => candidate.id === trajectId);
      if (!summary) return failure('traject_not_found');
      const dossier = dossierOf(trajectId);
      const received = receivedAt ?? new Date().toISOString();
      const round: RoundView = {
        id: idOf('rd', next++),
        number: dossier.rounds.length + 1,
        receivedAt: received,
        dueAt: new Date(Date.parse(received) + 48 * HOUR).toISOString(),
        source: 'typed',
        answers: answers.map((answer, index) => ({
          id: idOf('an', next + index),
          ...(answer.question ? { questionId: answer.question } : {}),
          ...(answer.title ? { title: answer.title } : {}),
          content: answer.content,
          attachments: [],
        })),
      };
      dossier.rounds.push(round);
      summary.rounds = dossier.rounds.length;
      summary.awaiting.push({
        roundId: round.id,
        number: round.number,
        receivedAt: round.receivedAt,
        dueAt: round.dueAt,
      });
      return { ok: true, value: round };
    },
    'catalogue.list': () => ({ ok: true, value: world.catalogue }),
    'search.query': (request) => ({
      ok: true,
      value: world.search((request as ParsedRequestOf<'search.query'>).query),
    }),
    ...extra,
  };
  return { ...fakeStudio({ vault: 'unlocked' }, overrides), world };
}
