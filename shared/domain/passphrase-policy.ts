import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nl from '@zxcvbn-ts/language-nl-be';
import * as z from 'zod';

/** The vault passphrase rule, shared so the strength meter in the UI and the service can never disagree. */
export const MIN_PASSPHRASE_LENGTH = 12;
export const MIN_PASSPHRASE_SCORE = 3;
export { MAX_PASSPHRASE_LENGTH, PassphraseSchema } from './passphrase';

export const PassphraseWeaknessSchema = z.enum(['too_short', 'too_guessable']);
export type PassphraseWeakness = z.infer<typeof PassphraseWeaknessSchema>;

export interface PassphraseAssessment {
  /** 0 (trivially guessed) to 4 (very strong), zxcvbn's scale. */
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  weakness?: PassphraseWeakness;
}

let checker: ZxcvbnFactory | undefined;

function prefixed(prefix: string, dictionary: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(dictionary).map(([name, words]) => [`${prefix}-${name}`, words]));
}

function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...prefixed('en', en.dictionary), ...prefixed('nl', nl.dictionary) },
    graphs: common.adjacencyGraphs,
    // Levenshtein matching makes every keystroke of the strength meter ~10× slower for little gain on passphrases.
    useLevenshteinDistance: false,
  });
  return checker;
}

/** Judges a passphrase; `related` are words the coach's own data suggests (name, practice) and so guessable. */
export function assessPassphrase(passphrase: string, related: string[] = []): PassphraseAssessment {
  const score = zxcvbn().check(passphrase.slice(0, 256), related).score as PassphraseAssessment['score'];
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return { score, acceptable: false, weakness: 'too_short' };
  if (score < MIN_PASSPHRASE_SCORE) return { score, acceptable: false, weakness: 'too_guessable' };
  return { score, acceptable: true };
}
