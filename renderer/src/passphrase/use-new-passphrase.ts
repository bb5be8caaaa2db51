import { useEffect, useMemo, useState } from 'react';
import type { PassphraseAssessment } from '../../../shared/domain/passphrase-policy';
import { loadedPassphrasePolicy, loadPassphrasePolicy, type AssessPassphrase } from './passphrase-policy-loader';

export interface NewPassphrase {
  passphrase: string;
  confirmation: string;
  setPassphrase: (value: string) => void;
  setConfirmation: (value: string) => void;
  /** Called when the repeat field loses focus: from then on a difference shows even while it is a prefix. */
  confirmationLeft: () => void;
  /** undefined while the rule loads or while nothing is typed. */
  assessment: PassphraseAssessment | undefined;
  /** The rule is still loading (only matters once something is typed). */
  checking: boolean;
  matches: boolean;
  /** A difference worth telling: not while the repeat is still being typed as the start of the first. */
  mismatchShown: boolean;
  /** Acceptable to the studio and typed the same twice. */
  ready: boolean;
  /** Forgets both fields, once they have been used. */
  clear: () => void;
}

/** A new passphrase typed twice, judged live by the same rule the studio applies. */
export function useNewPassphrase(): NewPassphrase {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmationValue] = useState('');
  const [confirmationVisited, setConfirmationVisited] = useState(false);
  const [assess, setAssess] = useState<AssessPassphrase | undefined>(loadedPassphrasePolicy);

  useEffect(() => {
    if (assess) return undefined;
    let live = true;
    loadPassphrasePolicy().then(
      (loaded) => {
        if (live) setAssess(() => loaded);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [assess]);

  const assessment = useMemo(
    () => (assess && passphrase !== '' ? assess(passphrase) : undefined),
    [assess, passphrase],
  );
  const matches = confirmation !== '' && confirmation === passphrase;
  const mismatchShown =
    confirmation !== '' && !matches && (confirmationVisited || !passphrase.startsWith(confirmation));

  return {
    passphrase,
    confirmation,
    setPassphrase,
    setConfirmation: (value) => {
      setConfirmationValue(value);
      // Starting the repeat afresh earns the same patience as the first time.
      if (value === '') setConfirmationVisited(false);
    },
    confirmationLeft: () => setConfirmationVisited(true),
    assessment,
    checking: assess === undefined,
    matches,
    mismatchShown,
    ready: assessment?.acceptable === true && matches,
    clear: () => {
      setPassphrase('');
      setConfirmationValue('');
      setConfirmationVisited(false);
    },
  };
}
