import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import type { SigningMaterial } from './certificate-info';
import { p12ForSigning } from './signing-certificate';

/**
 * The signature's SubFilter. P12Signer writes a CMS with the signing-time attribute and without ESS
 * signing-certificate-v2, which ETSI EN 319 142-1 requires of `ETSI.CAdES.detached` (and node-forge cannot add
 * that attribute). Declaring the CAdES profile would claim a PAdES baseline the signature does not meet, so the
 * studio declares `adbe.pkcs7.detached`: PAdES part 2 (ETSI TS 102 778-2), which every reader validates.
 */
export const SIGNATURE_SUB_FILTER = 'adbe.pkcs7.detached';

/** Room for the CMS: the RSA 3072 signature, its attributes, and every certificate of the chain, with margin. */
function signatureLength(material: SigningMaterial): number {
  const certificates = material.certificates.reduce((sum, der) => sum + der.length, 0);
  return Math.max(8_192, certificates + 4_096);
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
    signatureLength: signatureLength(material),
    subFilter: SIGNATURE_SUB_FILTER,
    widgetRect: fields.widgetRect,
    // A PDF name object: no spaces.
    appName: 'PASSIE-Studio',
  });
}

/**
 * Signs a PDF that carries the placeholder. A P12Signer signs once, so each export makes its own, from a
 * PKCS#12 built in memory under a random password that exists only for this call.
 */
export async function signPdf(pdf: Buffer, material: SigningMaterial, signingTime: Date): Promise<Buffer> {
  const { p12, passphrase } = p12ForSigning(material);
  return new SignPdf().sign(pdf, new P12Signer(p12, { passphrase }), signingTime);
}
