import * as z from 'zod';
import { IsoDateTimeSchema } from '../../../shared/domain/ids';
import { StudioError } from '../../../shared/api/studio-error';
import { reportDamage } from '../vault/damage';
import type { SealedStore } from '../vault/sealed-store';
import type { SigningMaterial } from './certificate-info';
import { SIGNING_PATH } from '../vault/vault-layout';

const StoredIdentitySchema = z
  .object({
    format: z.literal(1),
    origin: z.enum(['self-signed', 'imported']),
    createdAt: IsoDateTimeSchema,
    privateKeyPem: z.string().startsWith('-----BEGIN RSA PRIVATE KEY-----').max(20_000),
    certificates: z.array(z.base64().max(100_000)).min(1).max(20),
  })
  .strict();

export interface StoredIdentity extends SigningMaterial {
  origin: 'self-signed' | 'imported';
  createdAt: string;
}

/**
 * The coach's signing key and certificates in `keys/signing.psv`, sealed like every other vault file. Only the key
 * and certificates are kept: an imported PKCS#12's password opened the file once and is gone.
 */
export class SigningIdentityStore {
  constructor(private readonly store: SealedStore) {}

  async read(): Promise<StoredIdentity | undefined> {
    const bytes = await reportDamage(() => this.store.read(SIGNING_PATH), 'signing_identity_damaged');
    if (!bytes) return undefined;
    const parsed = StoredIdentitySchema.safeParse(parseJson(bytes));
    // Opened (the seal held) but not what the studio writes there: as damaged as a failed seal.
    if (!parsed.success) throw new StudioError('signing_identity_damaged');
    const { origin, createdAt, privateKeyPem, certificates } = parsed.data;
    return { origin, createdAt, privateKeyPem, certificates: certificates.map((der) => Buffer.from(der, 'base64')) };
  }

  async write(identity: StoredIdentity): Promise<void> {
    const stored: z.infer<typeof StoredIdentitySchema> = {
      format: 1,
      origin: identity.origin,
      createdAt: identity.createdAt,
      privateKeyPem: identity.privateKeyPem,
      certificates: identity.certificates.map((der) => der.toString('base64')),
    };
    await this.store.write(SIGNING_PATH, Buffer.from(JSON.stringify(stored), 'utf8'));
  }
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}
