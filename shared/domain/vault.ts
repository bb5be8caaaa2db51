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

/** A new recovery key (after a key rotation, or when the old one stopped working): the passphrase again, first. */
export const NewRecoveryKeyRequestSchema = z
  .object({ passphrase: PassphraseSchema, language: LanguageSchema.optional() })
  .strict();
export const RecoveryKeyResponseSchema = CreateVaultResponseSchema;

/** What the vault found of its own files: each damaged one by its vault path, and what is wrong with it. */
export const VaultDamageSchema = z
  .object({
    file: z.string().min(1).max(300),
    problem: z.enum(['missing', 'rolled_back', 'deleted', 'unreadable']),
  })
  .strict();
export type VaultDamage = z.infer<typeof VaultDamageSchema>;
export const VaultHealthSchema = z
  .object({ damage: z.array(VaultDamageSchema), recoveryKeyNeeded: z.boolean() })
  .strict();

export const EmptySchema = z.object({}).strict();

/** What `vault.rebuildIndex` made: counts, the dossiers it could not open, and clients whose name was lost. */
export const RebuiltIndexSchema = z
  .object({
    clients: z.number().int().min(0),
    trajects: z.number().int().min(0),
    unnamed: z.number().int().min(0),
    unreadable: z.array(z.string().max(300)),
  })
  .strict();
