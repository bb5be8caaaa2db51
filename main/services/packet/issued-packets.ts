import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Sha256HexSchema } from '../../../shared/domain/dossier';
import { CatalogueIdSchema, IsoDateTimeSchema, PacketIdSchema, TrajectIdSchema } from '../../../shared/domain/ids';
import { PACKET_QUESTIONS_MAX } from '../../../shared/packet/packet-page-data';
import { OneAtATime } from '../one-at-a-time';
import { reportDamage } from '../vault/damage';
import { SealedJsonAdapter } from '../vault/sealed-db';
import type { SealedStore } from '../vault/sealed-store';
import { PACKETS_ISSUED_PATH } from '../vault/vault-layout';

/**
 * How long answers to packets made before the record began are still taken in (with a warning) once it has: a
 * client with a packet from before an update has this long to send it.
 */
export const UNRECORDED_PACKETS_DAYS = 90;

const IssuedQuestionSchema = z
  .object({
    questionId: CatalogueIdSchema.optional(),
    /** SHA-256 of the question's text as the page showed it (trimmed): enough to check an answer against. */
    sha256: Sha256HexSchema,
  })
  .strict();

const IssuedPacketSchema = z
  .object({
    packetId: PacketIdSchema,
    trajectId: TrajectIdSchema,
    createdAt: IsoDateTimeSchema,
    questions: z.array(IssuedQuestionSchema).min(1).max(PACKET_QUESTIONS_MAX),
  })
  .strict();
export type IssuedPacket = z.infer<typeof IssuedPacketSchema>;

const IssuedRecordSchema = z
  .object({
    format: z.literal(1),
    /** When this vault began the record. */
    since: IsoDateTimeSchema,
    /**
     * Set when the vault already had a packet key then (pages from before may be out there): until this moment, an
     * answer file for a packet the record does not name is taken in with a warning rather than refused.
     */
    unrecordedUntil: IsoDateTimeSchema.optional(),
    issued: z.array(IssuedPacketSchema),
  })
  .strict();
type IssuedRecord = z.infer<typeof IssuedRecordSchema>;

/** What the record says of a packet id. */
export type PacketStanding =
  | { kind: 'issued'; packet: IssuedPacket }
  /** Possibly made before the record began: taken in, with a warning. */
  | { kind: 'unrecorded' }
  /** Not made by this vault. */
  | { kind: 'unknown' };

/** How a question is recorded and matched: the SHA-256 of its trimmed text. */
export function questionDigest(text: string): string {
  return createHash('sha256').update(text.trim(), 'utf8').digest('hex');
}

/**
 * The answer packets this vault made, sealed in `packets/issued.psv`: for each, its traject, when, and which
 * questions (by catalogue id and a digest of the text, so no client's words outlive a deletion here). An answer
 * file for any other packet id is refused: a forwarded page lets anyone seal answers, but only to the packet it is.
 *
 * A vault that already has a packet key at its first unlock by a studio that keeps this record may have pages out
 * there that no record names: the record begins then, and their answers are taken in, with a warning, for
 * UNRECORDED_PACKETS_DAYS. Any other vault begins it with its first packet, and has no such period: a key made
 * later, in a vault without a record, has no page from before.
 */
export class IssuedPackets {
  private readonly changes = new OneAtATime();
  private readonly file: SealedJsonAdapter<IssuedRecord>;

  constructor(
    store: SealedStore,
    private readonly now: () => number,
    /** Whether the vault has a packet key: then pages from before the record may exist. */
    private readonly hasKey: () => Promise<boolean>,
  ) {
    this.file = new SealedJsonAdapter(store, PACKETS_ISSUED_PATH, IssuedRecordSchema);
  }

  /**
   * Begins the record, with its period for packets from before, in a vault that has a packet key but no record yet
   * (one from before this record existed). Run after every unlock; anywhere else it writes nothing.
   */
  begin(): Promise<void> {
    return this.changes.run(async () => {
      if ((await this.read()) || !(await this.hasKey())) return;
      const now = this.now();
      await this.file.write({
        format: 1,
        since: new Date(now).toISOString(),
        unrecordedUntil: new Date(now + UNRECORDED_PACKETS_DAYS * 86_400_000).toISOString(),
        issued: [],
      });
    });
  }

  /** Records a packet; done before its page is handed to the coach. */
  issue(packet: IssuedPacket): Promise<void> {
    return this.changes.run(async () => {
      const record = (await this.read()) ?? { format: 1, since: new Date(this.now()).toISOString(), issued: [] };
      await this.file.write({ ...record, issued: [...record.issued, IssuedPacketSchema.parse(packet)] });
    });
  }

  async standing(packetId: string): Promise<PacketStanding> {
    const record = await this.read();
    // No record, yet the answer file opened with this vault's packet key: a key from before whose record could not
    // be begun at unlock (or one made since, that no page carries yet).
    if (!record) return { kind: 'unrecorded' };
    const packet = record.issued.find((candidate) => candidate.packetId === packetId);
    if (packet) return { kind: 'issued', packet };
    const { unrecordedUntil } = record;
    return unrecordedUntil && this.now() < Date.parse(unrecordedUntil) ? { kind: 'unrecorded' } : { kind: 'unknown' };
  }

  private async read(): Promise<IssuedRecord | undefined> {
    return (await reportDamage(() => this.file.read(), 'packet_issued_damaged')) ?? undefined;
  }
}
