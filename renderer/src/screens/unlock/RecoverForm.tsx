import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/api/errors';
import { useStudio } from '../../app/studio-context';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormAlert } from '../../components/FormAlert';
import { KeyIcon } from '../../components/icons';
import { StatePanel } from '../../components/StatePanel';
import { NewPassphraseFields } from '../../passphrase/NewPassphraseFields';
import { useNewPassphrase } from '../../passphrase/use-new-passphrase';

interface RecoverFormProps {
  onBack: () => void;
  onRecovered: () => void;
}

type Problem = { kind: 'keyEmpty' } | { kind: 'error'; code: ErrorCode };

const KEY_ERRORS: ReadonlySet<ErrorCode> = new Set(['wrong_recovery_key']);
const PASSPHRASE_ERRORS: ReadonlySet<ErrorCode> = new Set(['passphrase_too_short', 'passphrase_too_weak']);

/**
 * For a coach who forgot the passphrase: the recovery key from the sheet and a new passphrase, in one step
 * that also unlocks the vault. The key may be typed any way (spaces, dashes, any case); the studio reads it.
 */
export function RecoverForm({ onBack, onRecovered }: RecoverFormProps) {
  const { t } = useTranslation();
  const studio = useStudio();
  const [recoveryKey, setRecoveryKey] = useState('');
  const newPassphrase = useNewPassphrase();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const keyRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const problemId = `${id}-problem`;
  useFocusOnMount(headingRef);

  const keyProblem = problem?.kind === 'keyEmpty' || (problem?.kind === 'error' && KEY_ERRORS.has(problem.code));
  const passphraseProblem = problem?.kind === 'error' && PASSPHRASE_ERRORS.has(problem.code);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !newPassphrase.ready) return;
    if (recoveryKey.trim() === '') {
      setProblem({ kind: 'keyEmpty' });
      keyRef.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(undefined);
    const result = await studio.vault.recover({ recoveryKey, newPassphrase: newPassphrase.passphrase });
    if (result.ok) {
      setRecoveryKey('');
      newPassphrase.clear();
      onRecovered();
      return;
    }
    setBusy(false);
    setProblem({ kind: 'error', code: result.error.code });
    if (KEY_ERRORS.has(result.error.code)) keyRef.current?.focus();
  };

  return (
    <section className="card vault-card" aria-labelledby={`${id}-title`}>
      <StatePanel
        tone="accent"
        icon={<KeyIcon />}
        title={t('recover.title')}
        titleId={`${id}-title`}
        headingRef={headingRef}
        body={<p className="state-panel__body">{t('recover.body')}</p>}
      >
        <form className="form" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-key`}>
              {t('recover.keyLabel')}
            </label>
            <p id={`${id}-key-hint`} className="field__hint">
              {t('recover.keyHint')}
            </p>
            <div className="field__control">
              <input
                id={`${id}-key`}
                ref={keyRef}
                className="field__input field__input--key"
                type="text"
                value={recoveryKey}
                onChange={(event) => {
                  setRecoveryKey(event.target.value);
                  if (problem?.kind === 'keyEmpty') setProblem(undefined);
                }}
                autoComplete="off"
                spellCheck={false}
                autoCapitalize="characters"
                autoCorrect="off"
                translate="no"
                aria-invalid={keyProblem || undefined}
                aria-describedby={[`${id}-key-hint`, keyProblem ? problemId : ''].filter(Boolean).join(' ')}
              />
            </div>
          </div>
          <NewPassphraseFields
            state={newPassphrase}
            label={t('recover.passphraseLabel')}
            confirmLabel={t('recover.confirmLabel')}
            errorId={passphraseProblem ? problemId : undefined}
          />
          {problem?.kind === 'error' && <ErrorAlert id={problemId} code={problem.code} />}
          {problem?.kind === 'keyEmpty' && <FormAlert id={problemId}>{t('recover.keyEmpty')}</FormAlert>}
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={!newPassphrase.ready || busy}>
              {busy ? t('recover.busy') : t('recover.submit')}
            </button>
          </div>
        </form>
        <button type="button" className="link-button" onClick={onBack} disabled={busy}>
          {t('recover.back')}
        </button>
      </StatePanel>
    </section>
  );
}
