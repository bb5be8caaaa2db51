import type { TFunction } from 'i18next';
import type { FieldProblem } from '../../../../shared/domain/settings-checks';

export { checkEmail, checkText, parseWhole, type FieldProblem } from '../../../../shared/domain/settings-checks';

/** What is wrong with a field, said in the settings' own words (`settings.validation.*`). */
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
