import { createHash, createPublicKey, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeCertificate, fingerprintSha256 } from '../../../../main/services/signing/certificate-info';
import {
  createSelfSignedMaterial,
  materialFromP12,
  P12Error,
  p12ForSigning,
} from '../../../../main/services/signing/signing-certificate';

type Material = Awaited<ReturnType<typeof createSelfSignedMaterial>>;
let material: Material;
const now = new Date('2025-03-01T10:00:00Z');

beforeAll(async () => {
  // RSA 3072 takes a moment: made once for the whole file.
  material = await createSelfSignedMaterial({ name: 'Sjoerd ’t Hart', practice: 'Coaching & Co' }, now);
}, 30_000);

describe('the self-signed signing certificate', () => {
  it('is RSA 3072 with SHA-256, in the coach’s name and practice, valid from now for five years', () => {
    const certificate = new X509Certificate(material.certificates[0]!);
    expect(certificate.subject).toBe('CN=Sjoerd ’t Hart\nO=Coaching & Co');
    expect(certificate.issuer).toBe(certificate.subject);
    expect(certificate.publicKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    const parsed = forge.pki.certificateFromAsn1(forge.asn1.fromDer(material.certificates[0]!.toString('binary')));
    expect(parsed.siginfo.algorithmOid).toBe(forge.pki.oids.sha256WithRSAEncryption);
    expect(parsed.getExtension('keyUsage')).toMatchObject({ digitalSignature: true, nonRepudiation: true });
    expect(parsed.getExtension('basicConstraints')).toMatchObject({ cA: false });
    expect(new Date(certificate.validFrom).getTime()).toBeLessThanOrEqual(now.getTime());
    expect(new Date(certificate.validTo).toISOString().slice(0, 10)).toBe('2030-03-01');
    // The key in the material is the certificate's.
    const fromKey = createPublicKey(material.privateKeyPem).export({ type: 'spki', format: 'der' });
    expect(fromKey.equals(certificate.publicKey.export({ type: 'spki', format: 'der' }) as Buffer)).toBe(true);
  });

  it('is described with a colon-separated SHA-256 fingerprint of its DER bytes', () => {
    const shown = describeCertificate(material.certificates[0]!);
    const digest = createHash('sha256').update(material.certificates[0]!).digest('hex');
    expect(shown.fingerprintSha256.replaceAll(':', '').toLowerCase()).toBe(digest);
    expect(fingerprintSha256(material.certificates[0]!)).toBe(shown.fingerprintSha256);
    expect(shown).toMatchObject({ subject: 'CN=Sjoerd ’t Hart, O=Coaching & Co', selfSigned: true });
  });

  it('leaves the organisation out when the coach has no practice name', async () => {
    const bare = await createSelfSignedMaterial({ name: 'Alleen Naam', practice: '' }, now);
    expect(new X509Certificate(bare.certificates[0]!).subject).toBe('CN=Alleen Naam');
  }, 30_000);
});

describe('PKCS#12', () => {
  it('round-trips through the in-memory PKCS#12 the signer uses, under its random password', () => {
    const { p12, passphrase } = p12ForSigning(material);
    expect(passphrase.length).toBeGreaterThanOrEqual(32);
    const opened = materialFromP12(p12, passphrase);
    expect(opened.certificates.map((der) => der.toString('hex'))).toEqual(
      material.certificates.map((der) => der.toString('hex')),
    );
    expect(p12ForSigning(material).passphrase).not.toBe(passphrase);
  });

  it('names a wrong password as such, and anything else as an unusable file', () => {
    const { p12 } = p12ForSigning(material);
    expect(() => materialFromP12(p12, 'fout')).toThrow(expect.objectContaining({ problem: 'wrong_password' }));
    expect(() => materialFromP12(Buffer.from('not a p12'), 'x')).toThrow(P12Error);
    expect(() => materialFromP12(Buffer.from('not a p12'), 'x')).toThrow(
      expect.objectContaining({ problem: 'invalid' }),
    );
  });

  it('refuses a PKCS#12 whose certificate does not belong to its key', () => {
    const other = forge.pki.rsa.generateKeyPair({ bits: 1024 });
    const certificate = forge.pki.certificateFromAsn1(forge.asn1.fromDer(material.certificates[0]!.toString('binary')));
    const asn1 = forge.pkcs12.toPkcs12Asn1(other.privateKey, [certificate], 'pw', { algorithm: '3des' });
    const mismatched = Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
    expect(() => materialFromP12(mismatched, 'pw')).toThrow(expect.objectContaining({ problem: 'invalid' }));
  });
});
