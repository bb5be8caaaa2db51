import { createHash, X509Certificate } from 'node:crypto';
import type { SigningIdentity } from '../../../shared/domain/signing';

/**
 * The coach's signing key and certificate chain (signer first), as they are kept sealed in the vault. The key is
 * PEM (PKCS#1) because node-forge and @signpdf need it as a forge key; certificates are DER.
 */
export interface SigningMaterial {
  privateKeyPem: string;
  certificates: Buffer[];
}

/** "AB:CD:…": the SHA-256 of the DER certificate, as PDF readers and `openssl x509 -fingerprint` show it. */
export function fingerprintSha256(der: Buffer): string {
  return createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)!.join(':');
}

/** What the coach sees of a certificate. Node's X509Certificate parses it; forge is not needed to look. */
export function describeCertificate(der: Buffer): SigningIdentity {
  const certificate = new X509Certificate(der);
  return {
    subject: oneLine(certificate.subject),
    issuer: oneLine(certificate.issuer),
    validFrom: new Date(certificate.validFrom).toISOString(),
    validTo: new Date(certificate.validTo).toISOString(),
    fingerprintSha256: fingerprintSha256(der),
    // Issued by itself: the same name and its own key verifies it. (checkIssued would also demand the
    // certificate-signing key usage, which a document-signing certificate rightly lacks.)
    selfSigned: certificate.subject === certificate.issuer && certificate.verify(certificate.publicKey),
  };
}

/** Node lists a name one attribute per line; readers show "CN=…, O=…". */
function oneLine(name: string): string {
  return name.split('\n').filter(Boolean).join(', ');
}

/** The signer certificate's common name and validity, for the visible signature block. */
export function signerDetails(material: SigningMaterial): { commonName: string; validFrom: Date; validTo: Date } {
  const certificate = new X509Certificate(material.certificates[0]!);
  const commonName = /^CN=(.*)$/m.exec(certificate.subject)?.[1] ?? '';
  return { commonName, validFrom: new Date(certificate.validFrom), validTo: new Date(certificate.validTo) };
}
