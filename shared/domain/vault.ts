import * as z from 'zod';
import { PassphraseSchema } from './passphrase';
import { LanguageSchema } from '../i18n/language';

export const CreateVaultRequestSchema = z
  .object({
    passphrase: PassphraseSchema,
    /** The language of the recovery sheet: the screen's, which may differ from the system's. */
    language: LanguageSchema.optional(),
  })
  .strict();
export const CreateVaultResponseSchema = z
  .object({
    /** Shown once: "7KQ2-M9XD-…". */
    recoveryKey: z.string().regex(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/),
    /** The printable recovery sheet (PDF), base64, for the coach to save or print. */
    recoverySheetPdf: z.base64(),
  })
  .strict();

export const UnlockVaultRequestSchema = z.object({ passphrase: PassphraseSchema }).strict();
export const RecoverVaultRequestSchema = z
  .object({ recoveryKey: z.string().min(1).max(200), newPassphrase: PassphraseSchema })
  .strict();
export const ChangePassphraseRequestSchema = z
  .object({ currentPassphrase: PassphraseSchema, newPassphrase: PassphraseSchema })
  .strict();

export const EmptySchema = z.object({}).strict();
