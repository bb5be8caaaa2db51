import * as z from 'zod';
import type { Language } from '../i18n/language';

/**
 * How the coach's replies read as e-mail, per language of the client: the subject, the greeting above the reply and
 * the sign-off below it, each a template with fields in braces ({voornaam} or {firstName}, see `fillTemplate`).
 */
export const EmailTemplateSchema = z
  .object({
    subject: z.string().trim().min(1).max(200),
    greeting: z.string().trim().max(500),
    signOff: z.string().trim().max(1_000),
  })
  .strict();
export type EmailTemplate = z.infer<typeof EmailTemplateSchema>;

export const EmailSettingsSchema = z
  .object({
    nl: EmailTemplateSchema,
    en: EmailTemplateSchema,
    /** Under every e-mail, in either language: the coach's name, practice, phone, web site, as they like. */
    signature: z.string().trim().max(2_000),
    /** Block headings ("P — Positief benoemen") in the e-mail: off by default, the reply reads as a letter. */
    headings: z.boolean(),
  })
  .strict();
export type EmailSettings = z.infer<typeof EmailSettingsSchema>;

export const DEFAULT_EMAIL_SETTINGS: EmailSettings = {
  nl: {
    subject: 'Mijn reactie op je antwoorden (ronde {ronde})',
    greeting: 'Beste {voornaam},',
    signOff: 'Hartelijke groet,\n{coach}',
  },
  en: {
    subject: 'My reply to your answers (round {round})',
    greeting: 'Dear {firstName},',
    signOff: 'Warm regards,\n{coach}',
  },
  signature: '',
  headings: false,
};

/** What a template can say, by the field names of either language (a coach may write in one, read in the other). */
export interface TemplateValues {
  firstName: string;
  name: string;
  round: string;
  traject: string;
  coach: string;
  practice: string;
}

const FIELD_ALIASES: Record<string, keyof TemplateValues> = {
  voornaam: 'firstName',
  firstname: 'firstName',
  naam: 'name',
  name: 'name',
  ronde: 'round',
  round: 'round',
  traject: 'traject',
  coach: 'coach',
  praktijk: 'practice',
  practice: 'practice',
};

/** The field names the Settings screen lists, in the language it is shown in. */
export const TEMPLATE_FIELDS: Record<Language, readonly string[]> = {
  nl: ['{voornaam}', '{naam}', '{ronde}', '{traject}', '{coach}', '{praktijk}'],
  en: ['{firstName}', '{name}', '{round}', '{traject}', '{coach}', '{practice}'],
};

/** A template with its fields filled in; a brace that names no field stays as written, so nothing typed is lost. */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, field: string) => {
    const key = FIELD_ALIASES[field.toLowerCase()];
    return key === undefined ? whole : values[key];
  });
}
