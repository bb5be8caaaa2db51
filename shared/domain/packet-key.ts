import * as z from 'zod';
import { KeyFingerprintSchema } from '../packet/packet-format';
import { IsoDateTimeSchema } from './ids';

/**
 * The coach's answer-packet key as the screens show it: its fingerprint (lowercase hex SHA-256 of the raw public
 * key, which the coach can read aloud to a client to compare with the packet page) and when it was made. The
 * private key never leaves the main process.
 */
export const PacketKeyInfoSchema = z
  .object({
    fingerprint: KeyFingerprintSchema,
    createdAt: IsoDateTimeSchema,
  })
  .strict();
export type PacketKeyInfo = z.infer<typeof PacketKeyInfoSchema>;
