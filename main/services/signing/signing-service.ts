import type { SigningIdentity } from '../../../shared/domain/signing';
import { StudioError } from '../../../shared/api/studio-error';
import type { SealedStore } from '../vault/sealed-store';
import { SigningIdentityStore, type StoredIdentity } from './identity-store';
import { describeCertificate, type SigningMaterial } from './certificate-info';

/** node-forge, loaded when a key is made or imported, not at every start of the studio or the CLI. */
const forgeWork = () => import('./signing-certificate');

export interface SigningPorts {
  store: SealedStore;
  now: () => number;
  /** The coach's name and practice from the settings: subject CN and O of a self-signed certificate. */
  coach: () => Promise<{ name: string; practice: string }>;
}

/**
 * The coach's signing identity: made once (self-signed) or imported (PKCS#12), shown, exported as a public
 * certificate, and handed to the PDF signer. Nothing decrypted is kept between calls, so locking the vault
 * leaves nothing of the key in this service.
 */
export class SigningService {
  private readonly identities: SigningIdentityStore;
  /** The one creation in progress: two exports at first use must not each make (and sign with) their own key. */
  private creating: Promise<StoredIdentity> | undefined;

  constructor(private readonly ports: SigningPorts) {
    this.identities = new SigningIdentityStore(ports.store);
  }

  async show(): Promise<SigningIdentity | undefined> {
    const identity = await this.identities.read();
    return identity && describeCertificate(identity.certificates[0]!);
  }

  async create(replace: boolean): Promise<SigningIdentity> {
    if (!replace && (await this.identities.read())) throw new StudioError('signing_identity_exists');
    const identity = await this.createOnce();
    return describeCertificate(identity.certificates[0]!);
  }

  async importP12(bytes: Buffer, password: string, replace: boolean): Promise<SigningIdentity> {
    if (!replace && (await this.identities.read())) throw new StudioError('signing_identity_exists');
    const { materialFromP12, P12Error } = await forgeWork();
    let material: SigningMaterial;
    try {
      material = materialFromP12(bytes, password);
    } catch (error) {
      if (error instanceof P12Error) {
        throw new StudioError(
          error.problem === 'wrong_password' ? 'signing_p12_wrong_password' : 'signing_p12_invalid',
        );
      }
      throw error;
    }
    // Node must be able to read the certificate as well: it describes it and computes the fingerprint.
    let shown: SigningIdentity;
    try {
      shown = describeCertificate(material.certificates[0]!);
    } catch {
      throw new StudioError('signing_p12_invalid');
    }
    await this.identities.write({ ...material, origin: 'imported', createdAt: this.iso() });
    return shown;
  }

  /** The public certificate as DER, for a `.cer` file. */
  async certificateDer(): Promise<Buffer> {
    const identity = await this.identities.read();
    if (!identity) throw new StudioError('signing_identity_missing');
    return identity.certificates[0]!;
  }

  /**
   * The key and certificates to sign with, made on first use; refused when the certificate is not valid at
   * `at`, since a reader would show such a signature as invalid.
   */
  async materialForSigning(at: Date): Promise<SigningMaterial> {
    const identity = (await this.identities.read()) ?? (await this.createOnce());
    const { validFrom, validTo } = describeCertificate(identity.certificates[0]!);
    if (at < new Date(validFrom) || at > new Date(validTo)) throw new StudioError('signing_certificate_not_valid');
    return identity;
  }

  private createOnce(): Promise<StoredIdentity> {
    this.creating ??= this.createNow().finally(() => {
      this.creating = undefined;
    });
    return this.creating;
  }

  private async createNow(): Promise<StoredIdentity> {
    const { name, practice } = await this.ports.coach();
    if (!name.trim()) throw new StudioError('signing_needs_coach_name');
    const { createSelfSignedMaterial } = await forgeWork();
    const material = await createSelfSignedMaterial(
      { name: name.trim(), practice: practice.trim() },
      new Date(this.ports.now()),
    );
    const identity: StoredIdentity = { ...material, origin: 'self-signed', createdAt: this.iso() };
    await this.identities.write(identity);
    return identity;
  }

  private iso(): string {
    return new Date(this.ports.now()).toISOString();
  }
}
