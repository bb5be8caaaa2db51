import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/api/errors';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormAlert } from '../../components/FormAlert';
import { PassphraseField } from '../../passphrase/PassphraseField';
import type { NewVaultSecrets } from '../create-vault/RecoveryKeyStep';

/** The two key actions of the security card: both hand over a new recovery key, shown once. */
export type VaultKeyAction = 'newRecoveryKey' | 'rotateKey';

interface VaultKeyFormProps {
  action: VaultKeyAction;
  onDone: (secrets: NewVaultSecrets) => void;
  onCancel: () => void;
}

type Problem = { kind: 'empty' } | { kind: 'error'; code: ErrorCode };

const PASSPHRASE_ERRORS: ReadonlySet<ErrorCode> = new Set(['wrong_passphrase']);

/**
 * What the action does, the passphrase first (whoever finds the studio unlocked must not renew its keys), and while
 * the studio works, a progress line: renewing the vault's key re-encrypts every file, which can take a while.
 */
export function VaultKeyForm({ action, onDone, onCancel }: VaultKeyFormProps) {
  const { t, i18n } = useTranslation();
  const studio = useStudio();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const fieldRef = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const problemId = `${baseId}-problem`;
  const progressId = `${baseId}-progress`;
  const fieldProblem = problem?.kind === 'empty' || (problem?.kind === 'error' && PASSPHRASE_ERRORS.has(problem.code));

  // After the screen's own focus and scroll (a link can open this form with the settings): the field, in view.
  useEffect(() => fieldRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setProblem({ kind: 'empty' });
      fieldRef.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(undefined);
    const request = { passphrase, language: i18n.language === 'en' ? ('en' as const) : ('nl' as const) };
    const result = await (action === 'rotateKey'
      ? studio.vault.rotateKey(request)
      : studio.vault.newRecoveryKey(request));
    if (result.ok) {
      setPassphrase('');
      onDone({ recoveryKey: result.value.recoveryKey, sheetPdf: result.value.recoverySheetPdf });
      return;
    }
    setBusy(false);
    setProblem({ kind: 'error', code: result.error.code });
    if (PASSPHRASE_ERRORS.has(result.error.code)) {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
  };

  return (
    <form
      className="form vault-key-form"
      onSubmit={(event) => void submit(event)}
      aria-busy={busy}
      aria-labelledby={`${baseId}-title`}
      aria-describedby={`${baseId}-explain`}
      noValidate
    >
      <h4 className="change-passphrase__title" id={`${baseId}-title`}>
        {t(`vaultKeys.${action}.open`)}
      </h4>
      <p id={`${baseId}-explain`} className="vault-key-form__explain">
        {t(`vaultKeys.${action}.explain`)}
      </p>
      <PassphraseField
        id={`${baseId}-passphrase`}
        label={t('vaultKeys.passphraseLabel')}
        value={passphrase}
        onChange={(value) => {
          setPassphrase(value);
          if (problem?.kind === 'empty') setProblem(undefined);
        }}
        inputRef={fieldRef}
        invalid={fieldProblem}
        describedBy={fieldProblem ? problemId : undefined}
      />
      {problem?.kind === 'error' && <ErrorAlert id={problemId} code={problem.code} />}
      {problem?.kind === 'empty' && <FormAlert id={problemId}>{t('vaultKeys.passphraseEmpty')}</FormAlert>}
      <div role="status" className="vault-key-form__progress">
        {busy && (
          <>
            <progress aria-labelledby={progressId} />
            <span id={progressId}>{t(`vaultKeys.${action}.progress`)}</span>
          </>
        )}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t(`vaultKeys.${action}.busy`) : t(`vaultKeys.${action}.submit`)}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
          {t('vaultKeys.cancel')}
        </button>
      </div>
    </form>
  );
}
