import { access, readdir } from 'node:fs/promises';
import type { Client } from '../../../shared/domain/client';
import { idPattern } from '../../../shared/domain/id-pattern';
import type { TrajectSummary } from '../../../shared/domain/traject';
import { DamagedFileError, type SealedStore } from '../vault/sealed-store';
import { archivePath, dossierPath, INDEX_PATH, pathOnDisk, TRAJECTS_DIR } from '../vault/vault-layout';
import { dossierFromBytes, IndexDataSchema, type DossierData, type IndexData } from './stores';

const TRAJECT_ID = idPattern('tr');

/** What the archives' index says of an archived traject. */
export type ArchivedTraject = { id: string; clientId: string; clientName: string; title: string; closedAt: string };

export interface RebuildSources {
  vaultDir: string;
  store: SealedStore;
  /** The archives' own index: archived trajects, and their clients' names. */
  archived: readonly ArchivedTraject[];
  /** The name a client gets whose name is nowhere but in the lost index ("Cliënt zonder naam 1"). */
  unnamed: (n: number) => string;
  summaryOf: (data: DossierData) => Pick<TrajectSummary, 'rounds' | 'awaiting' | 'status' | 'closedAt'>;
}

export interface RebuiltIndex {
  index: IndexData;
  /** Dossiers that could not be opened: left out, and named by the vault check. */
  unreadable: string[];
  /** Clients whose name was lost with the index: to be named again by the coach. */
  unnamed: number;
}

/**
 * index.psv made again from what the vault holds besides it: every dossier in trajects/ (its first event says
 * whose traject it is, its title and when it began; the chain says the rest), and the archives' index for the
 * trajects that live in archive files. What only the index knew (a client's name, e-mail, phone, notes) is taken
 * from the index where it still reads; otherwise the client is named as unknown, for the coach to fill in.
 */
export async function rebuildIndex(sources: RebuildSources): Promise<RebuiltIndex> {
  const { archived } = sources;
  const readable = await salvagedIndex(sources.store);
  const trajects: TrajectSummary[] = [];
  const unreadable: string[] = [];
  const folders = await readdir(pathOnDisk(sources.vaultDir, TRAJECTS_DIR)).catch(() => [] as string[]);
  for (const trajectId of folders.filter((name) => TRAJECT_ID.test(name)).sort()) {
    let data: DossierData | undefined;
    try {
      // Whatever version is there: a dossier put back from an older copy stays listed, and says so when opened.
      const bytes = await sources.store.read(dossierPath(trajectId), { anyVersion: true });
      data = bytes && dossierFromBytes(bytes);
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
    }
    const started = data?.trajectId === trajectId ? data.events[0] : undefined;
    if (!data || started?.type !== 'trajectStarted') {
      unreadable.push(dossierPath(trajectId));
      continue;
    }
    const { clientId, title, goal } = started.data as { clientId: string; title: string; goal?: string };
    trajects.push({
      id: trajectId,
      clientId,
      title,
      ...(goal ? { goal } : {}),
      startedAt: started.at,
      ...sources.summaryOf(data),
    });
  }
  const inFolders = new Set(trajects.map((traject) => traject.id));
  for (const archive of archived) {
    // An entry whose archive file is gone (its client deleted, or the archive destroyed) is no traject any more.
    if (inFolders.has(archive.id) || !(await exists(pathOnDisk(sources.vaultDir, archivePath(archive.id))))) continue;
    const known = readable?.trajects.find((traject) => traject.id === archive.id);
    trajects.push({
      id: archive.id,
      clientId: archive.clientId,
      title: archive.title,
      startedAt: known?.startedAt ?? archive.closedAt,
      status: 'closed',
      closedAt: archive.closedAt,
      archivedAt: known?.archivedAt ?? archive.closedAt,
      awaiting: [],
      rounds: known?.rounds ?? 0,
    });
  }

  const clients: Client[] = [];
  let unnamed = 0;
  for (const clientId of new Set(trajects.map((traject) => traject.clientId))) {
    const known = readable?.clients.find((client) => client.id === clientId);
    if (known) {
      clients.push(known);
      continue;
    }
    const archivedName = archived.find((archive) => archive.clientId === clientId)?.clientName;
    const since = trajects
      .filter((traject) => traject.clientId === clientId)
      .map((traject) => traject.startedAt)
      .sort()[0]!;
    if (!archivedName) unnamed += 1;
    clients.push({ id: clientId, name: archivedName ?? sources.unnamed(unnamed), createdAt: since });
  }
  // Clients without any traject exist only in the index: kept when it still reads.
  for (const client of readable?.clients ?? []) {
    if (!clients.some((candidate) => candidate.id === client.id)) clients.push(client);
  }
  return { index: { format: 1, clients, trajects }, unreadable, unnamed };
}

/** The index as it still reads, in whatever version (an old copy still knows its clients' names), if it does. */
async function salvagedIndex(store: SealedStore): Promise<IndexData | undefined> {
  try {
    const bytes = await store.read(INDEX_PATH, { anyVersion: true });
    const parsed = bytes && IndexDataSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed && parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );
