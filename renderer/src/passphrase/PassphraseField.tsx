import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { EyeIcon, EyeOffIcon } from '../components/icons';

interface PassphraseFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Ids of the hint, meter and error sentences that belong to this field. */
  describedBy?: string;
  invalid?: boolean;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** Shown under the label, before the field. */
  hint?: ReactNode;
  children?: ReactNode;
}

/**
 * A passphrase field with its label and a show/hide switch (typing a long sentence blind is hard). Shown or not,
 * the browser never spellchecks, corrects, capitalises or remembers it, so the passphrase goes nowhere but the studio.
 */
export function PassphraseField({
  id,
  label,
  value,
  onChange,
  onBlur,
  describedBy,
  invalid,
  autoFocus,
  inputRef,
  hint,
  children,
}: PassphraseFieldProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint}
      <div className="field__control field__control--with-toggle">
        <input
          id={id}
          ref={inputRef}
          className="field__input field__input--passphrase"
          type={shown ? 'text' : 'password'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          // The vault's passphrase belongs in no browser store: no offer to save it (the browser mode's profile
          // also has the password manager off), and shown as text it is kept neither for autofill nor for restoring
          // the page, as a field without `off` would be.
          autoComplete="off"
          autoFocus={autoFocus}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy || undefined}
        />
        <button
          type="button"
          className="field__toggle"
          aria-pressed={shown}
          aria-controls={id}
          onClick={() => setShown((previous) => !previous)}
        >
          {shown ? <EyeOffIcon /> : <EyeIcon />}
          <span>{t('passphrase.show')}</span>
        </button>
      </div>
      {children}
    </div>
  );
}
