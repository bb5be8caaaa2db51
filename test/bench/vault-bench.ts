// Vault figures for `npm run bench`: unlock with the real KDF, saving and opening a 2 MB dossier next to the floor
// (the same bytes through plain node:crypto and node:fs, measured in the same run), and a cold open of a large index.
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStudio } from '../../main/api/studio';
import { nextEvent } from '../../main/services/dossiers/hash-chain';
import { newId } from '../../main/services/new-id';
import {
  DossierDataSchema,
  DossierEnvelopeSchema,
  emptyIndex,
  IndexDataSchema,
  type DossierData,
  type IndexData,
} from '../../main/services/dossiers/stores';
import { DEFAULT_SCRYPT } from '../../main/services/vault/key-wrapping';
import { openSealedDb } from '../../main/services/vault/sealed-db';
import { SealedStore } from '../../main/services/vault/sealed-store';
import type { Client } from '../../shared/domain/client';
import type { DossierEvent } from '../../shared/domain/dossier';
import { PASSIE_KEYS, type ReplyBlocks } from '../../shared/domain/passie';
import { richTextFromPlain } from '../../shared/domain/rich-text';
import type { TrajectSummary } from '../../shared/domain/traject';
import { repeat, summarise, type Figures } from './measure';
import { dossierPath, INDEX_PATH } from '../../main/services/vault/vault-layout';

export interface BenchRow {
  name: string;
  figures: Figures;
  note?: string;
}

const PASSPHRASE = 'de zee is vandaag opvallend groen';
const DOSSIER_BYTES = 2 * 1024 * 1024;
const INDEX_TARGET_MS = 100;

const SENTENCES = [
  'Ik merk dat ik het lastig vind om te kiezen tussen wat ik wil en wat er van mij verwacht wordt.',
  'Vorige week heb ik voor het eerst hardop gezegd dat ik minder uren wil werken – en dat voelde goed.',
  'Als ik eerlijk ben, stel ik de beslissing al maanden uit omdat ik bang ben om iemand teleur te stellen.',
  'Mijn collega’s zien me als de sterkste van het team, maar thuis ben ik vaak te moe om nog iets te doen.',
  'Wat helpt is wandelen langs de rivier; daar komen de gedachten vanzelf op hun plek. 🚶‍♀️',
];

function paragraphs(seed: number, count: number): string {
  return Array.from({ length: count }, (_, index) => SENTENCES[(seed + index) % SENTENCES.length]).join('\n');
}

/** A dossier of real shape: rounds of three answers, most with a sent reply, until its JSON holds `bytes`. */
export function bigDossier(bytes: number): DossierData {
  const trajectId = newId('tr');
  const events: DossierEvent[] = [];
  const at = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 3_600_000).toISOString();
  events.push(nextEvent(events, 'trajectStarted', { clientId: newId('cl'), title: 'Traject', goal: 'Kiezen' }, at(0)));
  let size = 0;
  for (let round = 1; size < bytes; round += 1) {
    const roundId = newId('rd');
    const answers = [0, 1, 2].map((answer) => ({
      id: newId('an'),
      questionId: `vraag-${(round + answer) % 18}`,
      content: richTextFromPlain(paragraphs(round + answer, 12)),
      attachments: [],
    }));
    events.push(
      nextEvent(
        events,
        'answersReceived',
        { roundId, receivedAt: at(round * 2), dueAt: at(round * 2 + 48), source: 'email', answers },
        at(round * 2),
      ),
    );
    const blocks = Object.fromEntries(
      PASSIE_KEYS.map((key, index) => [key, richTextFromPlain(paragraphs(round + index, 2))]),
    ) as ReplyBlocks;
    events.push(nextEvent(events, 'replySent', { roundId, blocks }, at(round * 2 + 1)));
    // Measured every few rounds: the size of the whole JSON is what the save writes.
    if (round % 10 === 0) size = Buffer.byteLength(JSON.stringify({ format: 1, trajectId, events, drafts: {} }));
  }
  return DossierDataSchema.parse({ format: 1, trajectId, events, drafts: {} });
}

/** 500 clients with 1,500 trajects between them, summaries as the dashboard keeps them. */
function bigIndex(): IndexData {
  const index = emptyIndex();
  const at = (days: number) => new Date(Date.UTC(2023, 0, 1) + days * 86_400_000).toISOString();
  for (let c = 0; c < 500; c += 1) {
    const client: Client = {
      id: newId('cl'),
      name: `Cliënt ${c} van der Berg-Ramdin`,
      email: `client${c}@example.com`,
      phone: '+31 6 1234 5678',
      notes: 'Kwam via de huisarts; voorkeur voor reacties op dinsdag.',
      createdAt: at(c),
    };
    index.clients.push(client);
    for (let t = 0; t < 3; t += 1) {
      const closed = t < 2;
      const summary: TrajectSummary = {
        id: newId('tr'),
        clientId: client.id,
        title: `Traject ${t + 1}: werk en energie`,
        goal: 'Na een burn-out bewust kiezen hoe ik weer wil werken, zonder terug te glijden in het oude patroon.',
        status: closed ? 'closed' : 'active',
        startedAt: at(c + t * 90),
        ...(closed ? { closedAt: at(c + t * 90 + 80) } : {}),
        awaiting: closed ? [] : [{ roundId: newId('rd'), receivedAt: at(c + 200), dueAt: at(c + 202) }],
        rounds: 4 + ((c + t) % 6),
      };
      index.trajects.push(summary);
    }
  }
  return IndexDataSchema.parse(index);
}

async function timed(once: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await once();
  return performance.now() - started;
}

/** The floor of a save: the same JSON, AES-256-GCM sealed with node:crypto, written and fsynced with node:fs. */
async function floorSave(key: Buffer, path: string, data: unknown): Promise<void> {
  const plaintext = Buffer.from(JSON.stringify(data), 'utf8');
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const sealed = Buffer.concat([nonce, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  const handle = await open(path, 'w', 0o600);
  try {
    await handle.writeFile(sealed);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The floor of an open: read, decrypt, JSON.parse. */
async function floorOpen(key: Buffer, path: string): Promise<unknown> {
  const sealed = await readFile(path);
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  const plaintext = Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
  return JSON.parse(plaintext.toString('utf8'));
}

/** Runs floor and studio alternately, so a slow patch of the machine hits both alike. */
async function paired(runs: number, floor: () => Promise<unknown>, studio: () => Promise<unknown>) {
  await floor();
  await studio();
  const floors: number[] = [];
  const studios: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    floors.push(await timed(floor));
    studios.push(await timed(studio));
  }
  return { floor: summarise(floors), studio: summarise(studios) };
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const ratio = (studio: Figures, floor: Figures) => `×${(studio.median / floor.median).toFixed(2)} of the floor`;

export async function vaultBench(runs: number): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'passie-vault-bench-'));
  const rows: BenchRow[] = [];
  try {
    // Unlock with the KDF of every real vault (scrypt N=2^17, r=8, p=1), next to scrypt alone.
    const vaultDir = join(dir, 'vault');
    const studio = createStudio({ vaultDir, language: () => 'en' });
    try {
      const created = await studio.dispatch('vault.create', { passphrase: PASSPHRASE });
      if (!created.ok) throw new Error(created.error.code);
      await studio.dispatch('vault.lock', {});
      const scryptOnce = () =>
        new Promise((resolveKey, reject) =>
          scrypt(PASSPHRASE, randomBytes(16), 32, { ...DEFAULT_SCRYPT, maxmem: 256 * 1024 * 1024 }, (error, key) =>
            error ? reject(error) : resolveKey(key),
          ),
        );
      const unlockOnce = async () => {
        const result = await studio.dispatch('vault.unlock', { passphrase: PASSPHRASE });
        if (!result.ok) throw new Error(result.error.code);
      };
      // Alternately, like the floors below; locking again is not timed.
      const scrypts: number[] = [];
      const unlocks: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        scrypts.push(await timed(scryptOnce));
        unlocks.push(await timed(unlockOnce));
        await studio.dispatch('vault.lock', {});
      }
      const kdf = summarise(scrypts);
      rows.push({
        name: 'vault: unlock (`vault.unlock`, scrypt N=2^17)',
        figures: summarise(unlocks),
        note: `scrypt alone: ${ms(kdf.median)} median`,
      });
    } finally {
      await studio.close();
    }

    const key = randomBytes(32);
    const store = new SealedStore(dir, () => key);

    // A 2 MB dossier: the sealed lowdb write and a cold open, each next to its floor.
    const dossier = bigDossier(DOSSIER_BYTES);
    const json = Buffer.byteLength(JSON.stringify(dossier));
    const path = dossierPath(dossier.trajectId);
    const defaults = (): DossierData => ({ format: 1, trajectId: dossier.trajectId, events: [], drafts: {} });
    const db = await openSealedDb(store, path, DossierEnvelopeSchema, defaults);
    await db.replace(() => dossier);
    const floorPath = join(dir, 'floor.bin');
    const size = `${(json / 1024 / 1024).toFixed(2)} MiB JSON, ${dossier.events.length} events`;
    const save = await paired(
      runs,
      () => floorSave(key, floorPath, dossier),
      () => db.update(() => undefined),
    );
    rows.push({
      name: 'dossier 2 MB: save floor (stringify + AES-GCM + write + fsync)',
      figures: save.floor,
      note: size,
    });
    rows.push({
      name: 'dossier 2 MB: save (sealed lowdb, `db.update()`)',
      figures: save.studio,
      note: `${ratio(save.studio, save.floor)}; adds the envelope check, temp file, rename, folder fsync`,
    });
    const load = await paired(
      runs,
      () => floorOpen(key, floorPath),
      () => openSealedDb(new SealedStore(dir, () => key), path, DossierEnvelopeSchema, defaults),
    );
    const parsed = JSON.parse(JSON.stringify(dossier)) as unknown;
    const validation = summarise(await repeat(runs, () => timed(async () => DossierDataSchema.parse(parsed))));
    rows.push({ name: 'dossier 2 MB: open floor (read + AES-GCM + JSON.parse)', figures: load.floor });
    rows.push({
      name: 'dossier 2 MB: open (`openSealedDb`, cold)',
      figures: load.studio,
      note: `${ratio(load.studio, load.floor)}; envelope check (full schema would add ${ms(validation.median)})`,
    });

    // The index of a big practice, opened cold as after an unlock.
    const index = await openSealedDb(store, INDEX_PATH, IndexDataSchema, emptyIndex);
    await index.replace(() => bigIndex());
    const indexBytes = Buffer.byteLength(JSON.stringify(index.data));
    const indexOpen = summarise(
      await repeat(runs, () =>
        timed(() => openSealedDb(new SealedStore(dir, () => key), INDEX_PATH, IndexDataSchema, emptyIndex)),
      ),
    );
    rows.push({
      name: 'index 500 clients / 1,500 trajects: cold open',
      figures: indexOpen,
      note: `${(indexBytes / 1024).toFixed(0)} KiB JSON; target < ${INDEX_TARGET_MS} ms: ${
        indexOpen.p95 < INDEX_TARGET_MS
          ? 'met (p95)'
          : indexOpen.median < INDEX_TARGET_MS
            ? 'met (median only)'
            : 'MISSED'
      }`,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
