import { z } from 'zod';

/**
 * Every error that crosses a boundary carries one of these codes. The sentence shown to the coach is looked up
 * by code (shared/i18n/error-messages.ts), so no front-end ever shows a stack trace, a path or client text.
 */
export const ErrorCodeSchema = z.enum([
  'invalid_request',
  'unknown_method',
  'unauthorised',
  'forbidden_origin',
  'payload_too_large',
  'not_found',
  'vault_unreadable',
  'vault_missing',
  'vault_exists',
  'vault_folder_not_empty',
  'vault_locked',
  'vault_in_use',
  'vault_descriptor_damaged',
  'vault_too_new',
  'wrong_passphrase',
  'wrong_recovery_key',
  'too_many_attempts',
  'passphrase_too_short',
  'passphrase_too_weak',
  'index_damaged',
  'dossier_damaged',
  'audit_damaged',
  'settings_damaged',
  'catalogue_damaged',
  'file_too_new',
  'client_not_found',
  'traject_not_found',
  'round_not_found',
  'question_not_found',
  'attachment_not_found',
  'traject_closed',
  'reply_already_sent',
  'reply_needs_positive',
  'reply_has_empty_blocks',
  'catalogue_invalid',
  'import_too_large',
  'import_empty',
  'import_wrong_content',
  'import_unsupported',
  'import_damaged',
  'import_zip_bomb',
  'import_too_complex',
  'import_attachments_too_large',
  'import_no_text',
  'import_forbidden_xml',
  'import_unreadable',
  'import_bad_encoding',
  'import_preview_expired',
  'signing_identity_exists',
  'signing_identity_missing',
  'signing_identity_damaged',
  'signing_needs_coach_name',
  'signing_p12_wrong_password',
  'signing_p12_invalid',
  'signing_certificate_not_valid',
  'timestamp_unreachable',
  'timestamp_refused',
  'timestamp_invalid',
  'export_no_sent_reply',
  'export_chain_broken',
  'export_target_unwritable',
  'export_folder_not_empty',
  'backup_unwritable',
  'backup_folder_not_empty',
  'backup_inside_vault',
  'backup_other_vault',
  'backup_missing',
  'backup_damaged',
  'backup_too_new',
  'backup_file_damaged',
  'restore_folder_not_empty',
  'backup_folder_missing',
  'backup_no_folder',
  'restore_vault_not_empty',
  'traject_archived',
  'traject_not_closed',
  'archive_index_damaged',
  'archive_not_found',
  'archive_damaged',
  'archive_truncated',
  'archive_other_vault',
  'archive_entry_damaged',
  'archive_not_due',
  'archive_unknown_file',
  'archive_restore_failed',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ApiErrorSchema = z
  .object({
    code: ErrorCodeSchema,
    message: z.string().min(1),
    /** The values in the sentence (a file name, a size), so a screen can say it again in its own language. */
    params: z.record(z.string().max(40), z.string().max(1_000)).optional(),
  })
  .strict();
export type ApiError = z.infer<typeof ApiErrorSchema>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function apiResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }).strict(),
    z.object({ ok: z.literal(false), error: ApiErrorSchema }).strict(),
  ]);
}
