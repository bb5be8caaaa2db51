import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon, CheckIcon } from '../components/icons';
import { PassphraseField } from './PassphraseField';
import { StrengthMeter } from './StrengthMeter';
import type { NewPassphrase } from './use-new-passphrase';

interface NewPassphraseFieldsProps {
  state: NewPassphrase;
  label: string;
  confirmLabel: string;
  /** An error sentence from the studio that concerns the new passphrase (too short, too weak). */
  errorId?: string;
  autoFocus?: boolean;
}

/** The new passphrase, its live strength and a hint, then the same again to rule out a typing error. */
export function NewPassphraseFields({ state, label, confirmLabel, errorId, autoFocus }: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const meterId = `${id}-meter`;
  const matchId = `${id}-match`;
  const matchShown = state.matches || state.mismatchShown;

  return (
    <>
      <PassphraseField
        id={`${id}-new`}
        label={label}
        value={state.passphrase}
        onChange={state.setPassphrase}
        autoFocus={autoFocus}
        invalid={errorId !== undefined}
        describedBy={[hintId, meterId, errorId].filter(Boolean).join(' ')}
        hint={
          <p id={hintId} className="field__hint">
            {t('passphrase.hint')}
          </p>
        }
      >
        <StrengthMeter
          id={meterId}
          passphrase={state.passphrase}
          assessment={state.assessment}
          checking={state.checking}
        />
      </PassphraseField>
      <PassphraseField
        id={`${id}-confirm`}
        label={confirmLabel}
        value={state.confirmation}
        onChange={state.setConfirmation}
        onBlur={state.confirmationLeft}
        invalid={state.mismatchShown}
        describedBy={matchShown ? matchId : undefined}
      >
        <p id={matchId} className="field__feedback" aria-live="polite">
          {state.matches && (
            <span className="field__feedback-line field__feedback-line--ok">
              <CheckIcon />
              {t('passphrase.match')}
            </span>
          )}
          {state.mismatchShown && (
            <span className="field__feedback-line field__feedback-line--problem">
              <AlertIcon />
              {t('passphrase.mismatch')}
            </span>
          )}
        </p>
      </PassphraseField>
    </>
  );
}
