import * as z from 'zod';

/** A passphrase as it crosses the API. The strength rule lives in passphrase-policy.ts, with its dictionaries. */
export const MAX_PASSPHRASE_LENGTH = 1024;
export const PassphraseSchema = z.string().min(1).max(MAX_PASSPHRASE_LENGTH);
