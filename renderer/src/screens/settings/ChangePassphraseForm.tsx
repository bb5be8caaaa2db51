import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/api/errors';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormAlert } from '../../components/FormAlert';
import { NewPassphraseFields } from '../../passphrase/NewPassphraseFields';
import { PassphraseField } from '../../passphrase/PassphraseField';
import { useNewPassphrase } from '../../passphrase/use-new-passphrase';

interface ChangePassphraseFormProps {
  onDone: () => void;
  onCancel: () => void;
}

type Problem = { kind: 'currentEmpty' } | { kind: 'error'; code: ErrorCode };

const CURRENT_ERRORS: ReadonlySet<ErrorCode> = new Set(['wrong_passphrase']);
const NEW_ERRORS: ReadonlySet<ErrorCode> = new Set(['passphrase_too_short', 'passphrase_too_weak']);

/** The current passphrase, then the new one twice; the recovery key stays what it was. */
export function ChangePassphraseForm({ onDone, onCancel }: ChangePassphraseFormProps) {
  const { t } = useTranslation();
  const studio = useStudio();
  const [current, setCurrent] = useState('');
  const newPassphrase = useNewPassphrase();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const currentRef = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const problemId = `${baseId}-problem`;

  const currentProblem =
    problem?.kind === 'currentEmpty' || (problem?.kind === 'error' && CURRENT_ERRORS.has(problem.code));
  const newProblem = problem?.kind === 'error' && NEW_ERRORS.has(problem.code);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !newPassphrase.ready) return;
    if (current === '') {
      setProblem({ kind: 'currentEmpty' });
      currentRef.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(undefined);
    const result = await studio.vault.changePassphrase({
      currentPassphrase: current,
      newPassphrase: newPassphrase.passphrase,
    });
    if (result.ok) {
      setCurrent('');
      newPassphrase.clear();
      onDone();
      return;
    }
    setBusy(false);
    setProblem({ kind: 'error', code: result.error.code });
    if (CURRENT_ERRORS.has(result.error.code)) {
      currentRef.current?.focus();
      currentRef.current?.select();
    }
  };

  return (
    <form
      className="form change-passphrase"
      onSubmit={(event) => void submit(event)}
      aria-busy={busy}
      aria-labelledby={`${baseId}-title`}
      noValidate
    >
      <h4 className="change-passphrase__title" id={`${baseId}-title`}>
        {t('settings.changePassphrase.title')}
      </h4>
      <PassphraseField
        id={`${baseId}-current`}
        label={t('settings.changePassphrase.currentLabel')}
        value={current}
        onChange={(value) => {
          setCurrent(value);
          if (problem?.kind === 'currentEmpty') setProblem(undefined);
        }}
        autoFocus
        inputRef={currentRef}
        invalid={currentProblem}
        describedBy={currentProblem ? problemId : undefined}
      />
      <NewPassphraseFields
        state={newPassphrase}
        label={t('settings.changePassphrase.newLabel')}
        confirmLabel={t('settings.changePassphrase.confirmLabel')}
        errorId={newProblem ? problemId : undefined}
      />
      {problem?.kind === 'error' && <ErrorAlert id={problemId} code={problem.code} />}
      {problem?.kind === 'currentEmpty' && (
        <FormAlert id={problemId}>{t('settings.changePassphrase.currentEmpty')}</FormAlert>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={!newPassphrase.ready || busy}>
          {busy ? t('settings.changePassphrase.busy') : t('settings.changePassphrase.submit')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
          {t('settings.changePassphrase.cancel')}
        </button>
      </div>
    </form>
  );
}
