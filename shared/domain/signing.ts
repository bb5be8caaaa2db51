import * as z from 'zod';
import { IsoDateTimeSchema } from './ids';

/** SHA-256 of the certificate's DER bytes as PDF readers show it: 32 upper-case hex pairs joined by colons. */
export const CertificateFingerprintSchema = z.string().regex(/^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/);

/** The coach's signing certificate as the screens show it; the private key never leaves the vault. */
export const SigningIdentitySchema = z
  .object({
    subject: z.string().max(2_000),
    issuer: z.string().max(2_000),
    validFrom: IsoDateTimeSchema,
    validTo: IsoDateTimeSchema,
    fingerprintSha256: CertificateFingerprintSchema,
    selfSigned: z.boolean(),
  })
  .strict();
export type SigningIdentity = z.infer<typeof SigningIdentitySchema>;

/** A PKCS#12 file (.p12/.pfx) from a trust provider: a few kB, so well within the hosts' request limit. */
export const ImportP12RequestSchema = z
  .object({
    base64: z.base64().min(1).max(700_000),
    /** Used once to open the file, never stored. */
    password: z.string().max(1_024),
    replace: z.boolean().default(false),
  })
  .strict();
