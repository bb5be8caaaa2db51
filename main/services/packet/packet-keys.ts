import { webcrypto } from 'node:crypto';
import * as z from 'zod';
import { IsoDateTimeSchema } from '../../../shared/domain/ids';
import { keyFingerprint, type PacketCryptoKey } from '../../../shared/packet/envelope';
import { StudioError } from '../../../shared/api/studio-error';
import { reportDamage } from '../vault/damage';
import type { SealedStore } from '../vault/sealed-store';
import { PACKET_KEY_PATH } from '../vault/vault-layout';

const P256 = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** A P-256 coordinate or scalar as JWK writes it: 32 bytes, base64url without padding. */
const JwkNumberSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const StoredPacketKeySchema = z
  .object({
    format: z.literal(1),
    createdAt: IsoDateTimeSchema,
    privateKey: z.object({
      kty: z.literal('EC'),
      crv: z.literal('P-256'),
      x: JwkNumberSchema,
      y: JwkNumberSchema,
      d: JwkNumberSchema,
    }),
  })
  .strict();
type StoredPacketKey = z.infer<typeof StoredPacketKeySchema>;

export interface PacketKey {
  /** The uncompressed 65-byte public key the packet page encrypts to. */
  publicKeyRaw: Uint8Array;
  /** Lowercase hex SHA-256 of publicKeyRaw. */
  fingerprint: string;
  /** Not extractable: it can derive the answers' key and nothing else. */
  privateKey: PacketCryptoKey;
  createdAt: string;
}

/**
 * The coach's answer-packet key pair (ECDH P-256), made once with WebCrypto and kept sealed in `keys/packet.psv`
 * like the signing key. Clients' pages carry the public key; the private key never leaves the main process.
 * Nothing is cached: locking the vault leaves nothing of the key here.
 */
export class PacketKeyStore {
  /** The one creation in progress: two first uses at once must not each make (and hand out) their own key. */
  private creating: Promise<PacketKey> | undefined;

  constructor(
    private readonly store: SealedStore,
    private readonly now: () => number,
  ) {}

  /** The key pair, made on first use. */
  async getOrCreate(): Promise<PacketKey> {
    return (await this.read()) ?? (await this.createOnce());
  }

  /** What settings show: the fingerprint (to read aloud to a client) and when the key was made. */
  async describe(): Promise<{ fingerprint: string; createdAt: string }> {
    const { fingerprint, createdAt } = await this.getOrCreate();
    return { fingerprint, createdAt };
  }

  /** The stored key pair, or undefined before the first use. */
  async read(): Promise<PacketKey | undefined> {
    const bytes = await reportDamage(() => this.store.read(PACKET_KEY_PATH), 'packet_key_damaged');
    if (!bytes) return undefined;
    const parsed = StoredPacketKeySchema.safeParse(parseJson(bytes));
    // Opened (the seal held) but not what the studio writes there: as damaged as a failed seal.
    if (!parsed.success) throw new StudioError('packet_key_damaged');
    try {
      return await fromStored(parsed.data);
    } catch {
      throw new StudioError('packet_key_damaged');
    }
  }

  private createOnce(): Promise<PacketKey> {
    this.creating ??= this.createNow().finally(() => {
      this.creating = undefined;
    });
    return this.creating;
  }

  private async createNow(): Promise<PacketKey> {
    // Checked again inside the single creation: an earlier one may have finished since the caller looked.
    const existing = await this.read();
    if (existing) return existing;
    const pair = await webcrypto.subtle.generateKey(P256, true, ['deriveBits']);
    const { kty, crv, x, y, d } = await webcrypto.subtle.exportKey('jwk', pair.privateKey);
    const stored = StoredPacketKeySchema.parse({
      format: 1,
      createdAt: new Date(this.now()).toISOString(),
      privateKey: { kty, crv, x, y, d },
    });
    await this.store.write(PACKET_KEY_PATH, Buffer.from(JSON.stringify(stored), 'utf8'));
    return fromStored(stored);
  }
}

async function fromStored(stored: StoredPacketKey): Promise<PacketKey> {
  const { kty, crv, x, y, d } = stored.privateKey;
  const privateKey = await webcrypto.subtle.importKey('jwk', { kty, crv, x, y, d }, P256, false, ['deriveBits']);
  const publicKey = await webcrypto.subtle.importKey('jwk', { kty, crv, x, y }, P256, true, []);
  const publicKeyRaw = new Uint8Array(await webcrypto.subtle.exportKey('raw', publicKey));
  return { publicKeyRaw, fingerprint: await keyFingerprint(publicKeyRaw), privateKey, createdAt: stored.createdAt };
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}
