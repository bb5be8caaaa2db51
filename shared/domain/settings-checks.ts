import { EmailSettingsSchema, EmailTemplateSchema } from './email-settings';

/**
 * The checks the settings make on what the coach types, before asking the studio: the same limits as the shared
 * schemas (settings.ts, snippets.ts, catalogue.ts, email-settings.ts), each failure named so the screen and the CLI can say it in
 * their own words.
 */
export type FieldProblem =
  | { key: 'required' }
  | { key: 'tooLong'; max: number }
  | { key: 'email' }
  | { key: 'wholeNumber'; min: number; max: number }
  | { key: 'phraseEmpty' }
  | { key: 'bothLanguages' };

export function checkText(
  value: string,
  { required, max }: { required: boolean; max: number },
): FieldProblem | undefined {
  const trimmed = value.trim();
  if (required && trimmed === '') return { key: 'required' };
  if (trimmed.length > max) return { key: 'tooLong', max };
  return undefined;
}

/** Optional; when given, something@something.something, as the mail programs want it. */
export function checkEmail(value: string): FieldProblem | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (trimmed.length > 320) return { key: 'tooLong', max: 320 };
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? undefined : { key: 'email' };
}

export function parseWhole(value: string, min: number, max: number): { value: number } | { problem: FieldProblem } {
  const trimmed = value.trim();
  const number = /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isInteger(number) || number < min || number > max) return { problem: { key: 'wholeNumber', min, max } };
  return { value: number };
}

const template = EmailTemplateSchema.shape;
/** The e-mail texts' limits, read from their schema (email-settings.ts) so a check can never allow what it refuses. */
export const EMAIL_TEXT_LIMITS = {
  subject: { required: true, max: template.subject.maxLength! },
  greeting: { required: false, max: template.greeting.maxLength! },
  signOff: { required: false, max: template.signOff.maxLength! },
  signature: { required: false, max: EmailSettingsSchema.shape.signature.maxLength! },
} as const;
