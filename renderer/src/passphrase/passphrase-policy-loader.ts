import type { PassphraseAssessment } from '../../../shared/domain/passphrase-policy';

export type AssessPassphrase = (passphrase: string) => PassphraseAssessment;

let loading: Promise<AssessPassphrase> | undefined;
let loaded: AssessPassphrase | undefined;

/**
 * The studio's own passphrase rule (zxcvbn with Dutch and English dictionaries), loaded only when a passphrase is
 * chosen: its dictionaries are large and the first screen does not need them. Loaded once, then kept.
 */
export function loadPassphrasePolicy(): Promise<AssessPassphrase> {
  loading ??= import('../../../shared/domain/passphrase-policy').then(
    (policy) => {
      loaded = (passphrase) => policy.assessPassphrase(passphrase);
      return loaded;
    },
    (error: unknown) => {
      // A failed load (an interrupted chunk) may be retried by the next screen that needs it.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The rule if it has been loaded already, so a later form has it on its first render. */
export function loadedPassphrasePolicy(): AssessPassphrase | undefined {
  return loaded;
}
