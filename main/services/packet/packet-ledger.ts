import * as z from 'zod';
import { IsoDateTimeSchema, PacketIdSchema, TrajectIdSchema } from '../../../shared/domain/ids';
import { StudioError } from '../../../shared/api/studio-error';
import type { DossierData } from '../dossiers/stores';
import { ImportError } from '../import/import-error';
import { OneAtATime } from '../one-at-a-time';
import { reportDamage } from '../vault/damage';
import { SealedJsonAdapter } from '../vault/sealed-db';
import type { SealedStore } from '../vault/sealed-store';
import { PACKET_LEDGER_PATH } from '../vault/vault-layout';

const ReceivedSchema = z
  .object({
    packetId: PacketIdSchema,
    trajectId: TrajectIdSchema,
    importedAt: IsoDateTimeSchema,
    /** Written before the round is stored: whether it got in is the dossier's to say (see receive). */
    pending: z.literal(true).optional(),
  })
  .strict();
type Received = z.infer<typeof ReceivedSchema>;

/** Format 1 had no pending entries; it reads the same, and is written back as 2. */
const LedgerSchema = z
  .object({ format: z.union([z.literal(1), z.literal(2)]), received: z.array(ReceivedSchema) })
  .strict();
type Ledger = z.infer<typeof LedgerSchema>;

/**
 * Whether the dossier as it is on disk holds a round from this packet (its `answersReceived` event names it); a
 * traject that is gone holds nothing. Asked of the disk, not of the studio's cache, so "yes" means durable.
 */
export type DossierHoldsPacket = (trajectId: string, packetId: string) => Promise<boolean>;

export function dossierHoldsPacket(
  storedDossier: (trajectId: string) => Promise<{ data: DossierData }>,
): DossierHoldsPacket {
  return async (trajectId, packetId) => {
    let data: DossierData;
    try {
      ({ data } = await storedDossier(trajectId));
    } catch (error) {
      if (error instanceof StudioError && error.code === 'traject_not_found') return false;
      throw error;
    }
    return data.events.some((event) => event.type === 'answersReceived' && event.data.packetId === packetId);
  };
}

/**
 * The answer packets this vault has taken in, by packet id, sealed in `packets/received.psv`: a packet imported
 * once is refused ever after (replay protection), whichever traject it went into. Holds random ids and dates
 * only, nothing about a client.
 *
 * The round itself names its packet in the dossier, and the dossier is the record: a packet's entry is written
 * `pending` before its round is stored and made final after, and a pending entry is settled by asking the dossier
 * (at every unlock, and before any receipt). So a crash at any instant leaves the round and the receipt, or
 * neither: never a packet refused as imported whose answers are not there, never one taken in twice.
 */
export class PacketLedger {
  /** Receipts run one at a time, so two imports of one packet cannot both find it new. */
  private readonly receipts = new OneAtATime();
  private readonly file: SealedJsonAdapter<Ledger>;

  constructor(
    private readonly store: SealedStore,
    private readonly now: () => number,
    private readonly holds: DossierHoldsPacket,
  ) {
    this.file = new SealedJsonAdapter(store, PACKET_LEDGER_PATH, LedgerSchema);
  }

  /** Whether the packet was taken in. Reads only: a pending entry is answered by its dossier, not settled here. */
  async has(packetId: string): Promise<boolean> {
    const entry = (await this.read()).received.find((candidate) => candidate.packetId === packetId);
    if (!entry) return false;
    return entry.pending ? this.holds(entry.trajectId, packetId) : true;
  }

  /** Settles the entries a crash left pending; run after every unlock. */
  settle(): Promise<void> {
    return this.receipts.run(async () => {
      await this.settled();
    });
  }

  /**
   * Records the packet as pending, runs `work` (storing its round, which names the packet), then makes the entry
   * final. When `work` fails, the dossier decides: the entry stays if the round got in after all, else it goes.
   * Refused with `import_packet_replayed` when the packet was taken in before.
   */
  receive<T>(packetId: string, trajectId: string, work: () => Promise<T>): Promise<T> {
    return this.receipts.run(async () => {
      const { ledger, unsettled } = await this.settled();
      const earlier = unsettled.get(packetId);
      // Its dossier cannot be read (damaged, say): that, not "imported before", is what the coach must hear.
      if (earlier) throw earlier.error;
      if (ledger.received.some((entry) => entry.packetId === packetId)) throw new ImportError('import_packet_replayed');
      const entry: Received = { packetId, trajectId, importedAt: new Date(this.now()).toISOString(), pending: true };
      await this.write([...ledger.received, entry]);
      let result: T;
      try {
        result = await work();
      } catch (error) {
        // Left pending if even this fails: the next unlock or receipt settles it.
        await this.settled().catch(() => undefined);
        throw error;
      }
      // The round is stored, so the packet is in; an entry left pending by a failure here is settled later.
      await this.write([...ledger.received, final(entry)]).catch(() => undefined);
      return result;
    });
  }

  /**
   * The ledger with its pending entries settled by their dossiers, written back when that changed anything. An
   * entry whose dossier cannot be read stays pending, with the reason, for the next try.
   */
  private async settled(): Promise<{ ledger: Ledger; unsettled: Map<string, { error: unknown }> }> {
    const ledger = await this.read();
    const unsettled = new Map<string, { error: unknown }>();
    if (!ledger.received.some((entry) => entry.pending)) return { ledger, unsettled };
    const received: Received[] = [];
    for (const entry of ledger.received) {
      if (!entry.pending) {
        received.push(entry);
        continue;
      }
      try {
        if (await this.holds(entry.trajectId, entry.packetId)) received.push(final(entry));
      } catch (error) {
        unsettled.set(entry.packetId, { error });
        received.push(entry);
      }
    }
    if (unsettled.size < ledger.received.filter((entry) => entry.pending).length) await this.write(received);
    return { ledger: { format: 2, received }, unsettled };
  }

  /** The ledger; empty before the first packet. */
  private async read(): Promise<Ledger> {
    return (await reportDamage(() => this.file.read(), 'packet_ledger_damaged')) ?? { format: 2, received: [] };
  }

  /** An empty ledger is no file, as before the first packet: a failed first import leaves nothing behind. */
  private write(received: Received[]): Promise<void> {
    if (received.length === 0) return this.store.remove(PACKET_LEDGER_PATH);
    return this.file.write({ format: 2, received });
  }
}

function final({ packetId, trajectId, importedAt }: Received): Received {
  return { packetId, trajectId, importedAt };
}
