import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { SignPdf, Signer } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import type { SigningMaterial } from './certificate-info';
import { p12ForSigning } from './signing-certificate';
import { addSignatureTimestamp, MAX_TOKEN_BYTES, type TimestampAuthority } from './timestamp';

/**
 * The signature's SubFilter. P12Signer writes a CMS with the signing-time attribute and without ESS
 * signing-certificate-v2, which ETSI EN 319 142-1 requires of `ETSI.CAdES.detached` (and node-forge cannot add
 * that attribute). Declaring the CAdES profile would claim a PAdES baseline the signature does not meet, so the
 * studio declares `adbe.pkcs7.detached`: PAdES part 2 (ETSI TS 102 778-2), which every reader validates.
 */
export const SIGNATURE_SUB_FILTER = 'adbe.pkcs7.detached';

/**
 * Room for the CMS: the RSA 3072 signature, its attributes, and every certificate of the chain, with margin; and
 * room for a timestamp token when the coach has a timestamp authority.
 */
function signatureLength(material: SigningMaterial, timestamped: boolean): number {
  const certificates = material.certificates.reduce((sum, der) => sum + der.length, 0);
  return Math.max(8_192, certificates + 4_096) + (timestamped ? MAX_TOKEN_BYTES + 64 : 0);
}

export interface SignatureFields {
  /** The signer's name as the signature panel shows it. */
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  signingTime: Date;
  /** Where the visible signature block is drawn on the current page, in PDF user space [x1, y1, x2, y2]. */
  widgetRect: [number, number, number, number];
  /** Whether the signature will carry an RFC 3161 timestamp (it needs room in the placeholder). */
  timestamped: boolean;
}

/**
 * Adds the signature field and its placeholder to the current page of a pdfkit document that is not yet ended.
 * The signature covers the whole file but its own /Contents: signpdf fills the byte range after `end()`.
 */
export function addSignaturePlaceholder(
  doc: PDFKit.PDFDocument,
  material: SigningMaterial,
  fields: SignatureFields,
): void {
  pdfkitAddPlaceholder({
    pdf: doc,
    pdfBuffer: Buffer.alloc(0),
    reason: fields.reason,
    contactInfo: fields.contactInfo,
    name: fields.name,
    location: fields.location,
    signingTime: fields.signingTime,
    signatureLength: signatureLength(material, fields.timestamped),
    subFilter: SIGNATURE_SUB_FILTER,
    widgetRect: fields.widgetRect,
    // A PDF name object: no spaces.
    appName: 'PASSIE-Studio',
  });
}

/** A signer whose CMS also carries a timestamp token from the coach's timestamp authority. */
class TimestampingSigner extends Signer {
  constructor(
    private readonly signer: Signer,
    private readonly tsa: TimestampAuthority,
  ) {
    super();
  }

  override async sign(pdf: Buffer, signingTime?: Date): Promise<Buffer> {
    return addSignatureTimestamp(await this.signer.sign(pdf, signingTime), this.tsa);
  }
}

/**
 * Signs a PDF that carries the placeholder, with a timestamp when `tsa` is given (a failure to get one throws:
 * no export comes out without the timestamp it was asked for). A P12Signer signs once, so each export makes its
 * own, from a PKCS#12 built in memory under a random password that exists only for this call.
 */
export async function signPdf(
  pdf: Buffer,
  material: SigningMaterial,
  signingTime: Date,
  tsa?: TimestampAuthority,
): Promise<Buffer> {
  const { p12, passphrase } = p12ForSigning(material);
  const signer = new P12Signer(p12, { passphrase });
  return new SignPdf().sign(pdf, tsa ? new TimestampingSigner(signer, tsa) : signer, signingTime);
}
