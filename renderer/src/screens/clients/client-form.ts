import * as z from 'zod';
import type { ClientFields } from '../../../../shared/domain/client';
import type { Language } from '../../../../shared/i18n/language';

export interface ClientFormValues {
  name: string;
  salutation: string;
  email: string;
  phone: string;
  notes: string;
  /** What the client receives things in: PDFs, answer packets, e-mail. */
  language: Language;
}

export type ClientFieldName = keyof ClientFormValues;
export type ClientFormError =
  'nameEmpty' | 'nameTooLong' | 'salutationTooLong' | 'emailInvalid' | 'phoneTooLong' | 'notesTooLong';
export type ClientFormErrors = Partial<Record<ClientFieldName, ClientFormError>>;

// The same limits as the shared ClientFieldsSchema, checked here first so the coach reads which field and why.
const MAX_NAME = 200;
const MAX_SALUTATION = 100;
const MAX_PHONE = 40;
const MAX_NOTES = 10_000;
const Email = z.email().max(320);

/** The form for a client: a new one (no fields yet) speaks the coach's language until the coach says otherwise. */
export function clientFormValues(client: Partial<ClientFields>, coachLanguage: Language): ClientFormValues {
  return {
    name: client.name ?? '',
    salutation: client.salutation ?? '',
    email: client.email ?? '',
    phone: client.phone ?? '',
    notes: client.notes ?? '',
    language: client.language ?? coachLanguage,
  };
}

/** The fields to send, or what is wrong with them, field by field in the order of the form. */
export function checkClientForm(
  values: ClientFormValues,
): { ok: true; fields: ClientFields } | { ok: false; errors: ClientFormErrors } {
  const name = values.name.trim();
  const salutation = values.salutation.trim();
  const email = values.email.trim();
  const phone = values.phone.trim();
  const notes = values.notes.trim();
  const errors: ClientFormErrors = {};
  if (name === '') errors.name = 'nameEmpty';
  else if (name.length > MAX_NAME) errors.name = 'nameTooLong';
  if (salutation.length > MAX_SALUTATION) errors.salutation = 'salutationTooLong';
  if (email !== '' && !Email.safeParse(email).success) errors.email = 'emailInvalid';
  if (phone.length > MAX_PHONE) errors.phone = 'phoneTooLong';
  if (notes.length > MAX_NOTES) errors.notes = 'notesTooLong';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // Empty strings are sent as they are, so clearing a field in the edit form really clears it.
  return { ok: true, fields: { name, salutation, email, phone, notes, language: values.language } };
}
