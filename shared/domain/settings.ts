import * as z from 'zod';
import { DEFAULT_PASSIE_LABELS, PASSIE_KEYS, type PassieKey } from './passie';
import { DEFAULT_SNIPPETS, SnippetBankSchema } from './snippets';
import { LanguageSchema } from '../i18n/language';
import { DEFAULT_EMAIL_SETTINGS, EmailSettingsSchema, type EmailSettings } from './email-settings';
import type { Language } from '../i18n/language';

/** http(s) only: a TSA's token is signed, so plain http is what most public ones offer. */
export const TimestampUrlSchema = z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2_000)]);

const LabelsSchema = z.object(
  Object.fromEntries(PASSIE_KEYS.map((key) => [key, z.string().trim().min(1).max(60)])) as Record<
    PassieKey,
    z.ZodString
  >,
);

export const ThemeSchema = z.enum(['light', 'dark', 'system']);
export type Theme = z.infer<typeof ThemeSchema>;

export const SettingsSchema = z
  .object({
    coach: z
      .object({
        name: z.string().trim().max(200),
        practice: z.string().trim().max(200),
        email: z.string().trim().max(320),
      })
      .strict(),
    responseHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 14),
    autoLockMinutes: z.number().int().min(1).max(240),
    language: LanguageSchema,
    passieLabels: z.object({ nl: LabelsSchema, en: LabelsSchema }).strict(),
    retentionYears: z.number().int().min(1).max(20),
    snippets: z.object({ nl: SnippetBankSchema, en: SnippetBankSchema }).strict(),
    /**
     * An RFC 3161 timestamp authority to stamp every signature with, or '' (or absent, as in vaults made before
     * it existed) for none: off by default, since it sends a hash (never content) to a third party over the network.
     */
    timestampUrl: TimestampUrlSchema.optional(),
    /** Greeting, sign-off, subject and signature of the reply as e-mail; absent in vaults made before: the defaults. */
    email: EmailSettingsSchema.optional(),
    /** System notifications when a round's last 8 hours begin and when it is overdue; absent: on. */
    notifications: z.boolean().optional(),
    /** Light, dark, or as the operating system is set; absent: as the system. */
    theme: ThemeSchema.optional(),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const SettingsPatchSchema = SettingsSchema.partial().strict();

export function defaultSettings(language: Language): Settings {
  return {
    coach: { name: '', practice: '', email: '' },
    responseHours: 48,
    autoLockMinutes: 10,
    language,
    passieLabels: DEFAULT_PASSIE_LABELS,
    retentionYears: 2,
    snippets: DEFAULT_SNIPPETS,
  };
}

/** The e-mail templates in force: the coach's own, or the defaults. */
export function emailSettingsOf(settings: Pick<Settings, 'email'>): EmailSettings {
  return settings.email ?? DEFAULT_EMAIL_SETTINGS;
}

/** Whether the coach wants reminders of the response clock (on unless switched off). */
export function notificationsOn(settings: Pick<Settings, 'notifications'>): boolean {
  return settings.notifications ?? true;
}

/** The theme the coach chose (as the system, unless they chose one). */
export function themeOf(settings: Pick<Settings, 'theme'>): Theme {
  return settings.theme ?? 'system';
}
