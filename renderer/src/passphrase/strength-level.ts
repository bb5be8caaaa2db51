import type { PassphraseAssessment } from '../../../shared/domain/passphrase-policy';

export type StrengthLevel = 0 | 1 | 2 | 3 | 4;
export type StrengthTone = 'weak' | 'fair' | 'strong';

export const STRENGTH_STEPS = 5;

/**
 * The step the meter shows: zxcvbn's score, except that a passphrase the studio would refuse never shows as
 * strong (a strong-sounding but too short one stops at "fair"), so the colour never contradicts the verdict.
 */
export function strengthLevel(assessment: PassphraseAssessment): StrengthLevel {
  return assessment.acceptable ? assessment.score : (Math.min(assessment.score, 2) as StrengthLevel);
}

export function strengthTone(level: StrengthLevel): StrengthTone {
  if (level >= 3) return 'strong';
  return level === 2 ? 'fair' : 'weak';
}
