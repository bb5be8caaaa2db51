import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/api/errors';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormAlert } from '../../components/FormAlert';
import { CheckIcon, LockIcon } from '../../components/icons';
import { useDateFormat } from '../../app/format-date';
import { StatePanel } from '../../components/StatePanel';
import { PassphraseField } from '../../passphrase/PassphraseField';

interface UnlockFormProps {
  /** The vault locked itself while the coach was away: say so, calmly. */
  autoLocked: boolean;
  /** Just restored from the backup made at this moment: say so, and which passphrase opens it. */
  restoredFrom?: string;
  onForgot: () => void;
  onUnlocked: () => void;
}

type Problem = { kind: 'empty' } | { kind: 'error'; code: ErrorCode };

/** The passphrase, focused and ready: type it, press Enter. */
export function UnlockForm({ autoLocked, restoredFrom, onForgot, onUnlocked }: UnlockFormProps) {
  const format = useDateFormat();
  const { t } = useTranslation();
  const studio = useStudio();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const problemId = `${id}-problem`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setProblem({ kind: 'empty' });
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(undefined);
    const result = await studio.vault.unlock({ passphrase });
    if (result.ok) {
      setPassphrase('');
      onUnlocked();
      return;
    }
    setBusy(false);
    setProblem({ kind: 'error', code: result.error.code });
    // Ready for another try: the field keeps the focus and its text is selected, so typing replaces it.
    inputRef.current?.focus();
    inputRef.current?.select();
  };

  return (
    <section className="card vault-card" aria-labelledby={`${id}-title`}>
      <StatePanel
        tone="accent"
        icon={<LockIcon />}
        title={t('unlock.title')}
        titleId={`${id}-title`}
        headingRef={headingRef}
        body={
          <>
            {autoLocked && (
              <p className="notice" id={`${id}-auto-locked`} role="status">
                {t('unlock.autoLocked')}
              </p>
            )}
            {restoredFrom && (
              <p className="notice notice--success" id={`${id}-restored`} role="status">
                <CheckIcon />
                <span>{t('backup.restore.done', { when: format.dateTime(restoredFrom) })}</span>
              </p>
            )}
            <p className="state-panel__body">{t('unlock.body')}</p>
          </>
        }
      >
        <form className="form" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
          <PassphraseField
            id={`${id}-passphrase`}
            label={t('unlock.passphraseLabel')}
            value={passphrase}
            onChange={(value) => {
              setPassphrase(value);
              if (problem?.kind === 'empty') setProblem(undefined);
            }}
            autoFocus
            inputRef={inputRef}
            invalid={problem !== undefined}
            describedBy={[
              autoLocked ? `${id}-auto-locked` : '',
              restoredFrom ? `${id}-restored` : '',
              problem ? problemId : '',
            ]
              .filter(Boolean)
              .join(' ')}
          />
          {problem?.kind === 'error' && <ErrorAlert id={problemId} code={problem.code} />}
          {problem?.kind === 'empty' && <FormAlert id={problemId}>{t('unlock.empty')}</FormAlert>}
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? t('unlock.busy') : t('unlock.submit')}
            </button>
          </div>
        </form>
        <button type="button" className="link-button" onClick={onForgot}>
          {t('unlock.forgot')}
        </button>
      </StatePanel>
    </section>
  );
}
