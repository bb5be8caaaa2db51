import { useId, type ClipboardEvent, type InputHTMLAttributes, type Ref } from 'react';
import { AlertIcon } from './icons';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Said under the label, and read out with the field. */
  hint?: string;
  /** The problem with what was typed, shown under the field and read out with it. */
  error?: string;
  /** "(optioneel)" beside the label: most fields a coach may leave empty, and should know it. */
  optionalLabel?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'tel' | 'date' | 'datetime-local' | 'password';
  autoComplete?: string;
  maxLength?: number;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  spellCheck?: boolean;
  fieldRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  onPaste?: (event: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>) => void;
  className?: string;
}

/** A labelled text field or text area with its hint and its error, tied together for screen readers. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  optionalLabel,
  multiline,
  rows = 4,
  type = 'text',
  autoComplete,
  maxLength,
  inputMode,
  spellCheck,
  fieldRef,
  onPaste,
  className,
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    className: multiline ? 'field__input field__input--multiline' : 'field__input',
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    maxLength,
    spellCheck,
    onPaste,
  } as const;

  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optionalLabel && <span className="field__optional"> ({optionalLabel})</span>}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="field__control">
        {multiline ? (
          <textarea {...shared} ref={fieldRef} rows={rows} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input
            {...shared}
            ref={fieldRef}
            type={type}
            autoComplete={autoComplete}
            inputMode={inputMode}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </div>
      {error && (
        <p className="field__error" id={errorId}>
          <AlertIcon />
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}
