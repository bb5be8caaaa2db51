import type { TFunction } from 'i18next';

/** What is wrong with a field, said in the settings' own words (`settings.validation.*`). */
export type FieldProblem =
  | { key: 'required' }
  | { key: 'tooLong'; max: number }
  | { key: 'email' }
  | { key: 'wholeNumber'; min: number; max: number }
  | { key: 'phraseEmpty' }
  | { key: 'bothLanguages' };

export function problemText(t: TFunction, problem: FieldProblem | undefined): string | undefined {
  if (!problem) return undefined;
  switch (problem.key) {
    case 'tooLong':
      return t('settings.validation.tooLong', { max: problem.max });
    case 'wholeNumber':
      return t('settings.validation.wholeNumber', { min: problem.min, max: problem.max });
    default:
      return t(`settings.validation.${problem.key}`);
  }
}

/** The same limits as the shared schemas (shared/domain/settings.ts, catalogue.ts), checked before asking. */
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
