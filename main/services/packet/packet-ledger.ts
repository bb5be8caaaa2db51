import * as z from 'zod';
import { IsoDateTimeSchema, TrajectIdSchema } from '../../../shared/domain/ids';
import { PacketIdSchema } from '../../../shared/packet/packet-format';
import { StudioError } from '../../../shared/api/studio-error';
import { ImportError } from '../import/import-error';
import { reportDamage } from '../vault/damage';
import type { SealedStore } from '../vault/sealed-store';
import { PACKET_LEDGER_PATH } from '../vault/vault-layout';

const LedgerSchema = z
  .object({
    format: z.literal(1),
    received: z.array(
      z.object({ packetId: PacketIdSchema, trajectId: TrajectIdSchema, importedAt: IsoDateTimeSchema }).strict(),
    ),
  })
  .strict();
type Ledger = z.infer<typeof LedgerSchema>;

/**
 * The answer packets this vault has taken in, by packet id, sealed in `packets/received.psv`: a packet imported
 * once is refused ever after (replay protection), whichever traject it went into. Holds random ids and dates
 * only, nothing about a client.
 */
export class PacketLedger {
  /** Receipts run one at a time, so two imports of one packet cannot both find it new. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: SealedStore,
    private readonly now: () => number,
  ) {}

  async has(packetId: string): Promise<boolean> {
    return (await this.read())?.received.some((entry) => entry.packetId === packetId) ?? false;
  }

  /**
   * Records the packet, then runs `work` (storing its round); when `work` fails the record is taken back, so a
   * failed import leaves nothing behind. The record comes first because a round, once in the append-only dossier,
   * cannot be taken back: a crash in between may refuse a packet that never arrived (the coach then sends the
   * client a new packet), but can never let one packet in twice. Refused with
   * `import_packet_replayed` when the packet was taken in before.
   */
  receive<T>(packetId: string, trajectId: string, work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const stored = await this.read();
      const ledger: Ledger = stored ?? { format: 1, received: [] };
      if (ledger.received.some((entry) => entry.packetId === packetId)) {
        throw new ImportError('import_packet_replayed');
      }
      const importedAt = new Date(this.now()).toISOString();
      await this.write({ ...ledger, received: [...ledger.received, { packetId, trajectId, importedAt }] });
      try {
        return await work();
      } catch (error) {
        if (stored) await this.write(stored);
        else await this.store.remove(PACKET_LEDGER_PATH);
        throw error;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The ledger, or undefined before the first packet. */
  private async read(): Promise<Ledger | undefined> {
    const bytes = await reportDamage(() => this.store.read(PACKET_LEDGER_PATH), 'packet_ledger_damaged');
    if (!bytes) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch {
      value = undefined;
    }
    const parsed = LedgerSchema.safeParse(value);
    // Opened (the seal held) but not what the studio writes there: as damaged as a failed seal.
    if (!parsed.success) throw new StudioError('packet_ledger_damaged');
    return parsed.data;
  }

  private write(ledger: Ledger): Promise<void> {
    return this.store.write(PACKET_LEDGER_PATH, Buffer.from(JSON.stringify(ledger), 'utf8'));
  }
}
