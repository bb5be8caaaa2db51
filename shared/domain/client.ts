import * as z from 'zod';
import { LanguageSchema, type Language } from '../i18n/language';
import { ClientIdSchema, IsoDateTimeSchema } from './ids';

const trimmed = (max: number) => z.string().trim().max(max);

export const ClientFieldsSchema = z
  .object({
    name: trimmed(200).min(1),
    email: z.union([z.literal(''), z.email().max(320)]).optional(),
    phone: trimmed(40).optional(),
    notes: trimmed(10_000).optional(),
    /**
     * The language of everything this client receives (PDFs, answer packets, e-mail, block headings); absent in
     * clients made before it existed, who get the coach's language (see `clientLanguage`).
     */
    language: LanguageSchema.optional(),
    /** How the client is greeted ("Anna" in "Beste Anna,"); the first word of the name when left empty. */
    salutation: trimmed(100).optional(),
  })
  .strict();
export type ClientFields = z.infer<typeof ClientFieldsSchema>;

export const ClientSchema = ClientFieldsSchema.extend({
  id: ClientIdSchema,
  createdAt: IsoDateTimeSchema,
}).strict();
export type Client = z.infer<typeof ClientSchema>;

/** The language a client receives things in: their own, else the coach's. */
export function clientLanguage(client: Pick<ClientFields, 'language'>, coachLanguage: Language): Language {
  return client.language ?? coachLanguage;
}

/** The name a client is greeted by: the salutation the coach gave, else the first word of the name. */
export function salutationName(client: Pick<ClientFields, 'name' | 'salutation'>): string {
  return client.salutation || client.name.split(/\s+/)[0] || client.name;
}
