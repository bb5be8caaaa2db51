import { useId, useRef, useState, type FormEvent } from 'react';
import { LongWorkProgress } from '../../components/LongWorkProgress';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { RestoredBackup } from '../../../../shared/domain/backup';
import { useStudio } from '../../app/studio-context';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormAlert } from '../../components/FormAlert';
import { UploadIcon } from '../../components/icons';
import { StatePanel } from '../../components/StatePanel';
import { TextField } from '../../components/TextField';
import { PassphraseField } from '../../passphrase/PassphraseField';
import { checkTypedFolder, nativeFolderDialog } from './backup-folder';

interface RestoreBackupScreenProps {
  onBack: () => void;
  /** The backup is in place as the studio's (locked) vault: on to the unlock screen. */
  onRestored: (restored: RestoredBackup) => void;
}

/**
 * "Terugzetten uit een back-up", offered on the first screen while the studio has no vault: the coach points at
 * the backup (the system's folder dialog, or a pasted path in the browser mode) and gives the passphrase or the
 * recovery key of the backed-up vault. With its key the studio checks the seal on the backup's list of files, and
 * opens every file, before it puts the backup in place as its vault, which the coach then unlocks as usual. A
 * backup without a seal (made by an older studio, or with its seal taken off) is restored only once the coach
 * confirms it is an old one.
 */
export function RestoreBackupScreen({ onBack, onRestored }: RestoreBackupScreenProps) {
  const { t } = useTranslation();
  const studio = useStudio();
  const id = useId();
  const chooseFolder = nativeFolderDialog();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const secretRef = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [typedProblem, setTypedProblem] = useState<'empty' | 'notAbsolute' | undefined>();
  const [secret, setSecret] = useState('');
  const [secretMissing, setSecretMissing] = useState(false);
  const [unsealedSeen, setUnsealedSeen] = useState(false);
  const [acceptUnsealed, setAcceptUnsealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>();
  useFocusOnMount(headingRef);

  /** The secret is asked first: without it nothing can be checked, so the dialog is not even opened. */
  const secretGiven = () => {
    if (secret !== '') return true;
    setSecretMissing(true);
    secretRef.current?.focus();
    return false;
  };

  const restore = async (folder?: string) => {
    setBusy(true);
    setFailure(undefined);
    const result = await studio.backup.restore({
      ...(folder === undefined ? {} : { folder }),
      secret,
      ...(acceptUnsealed ? { acceptUnsealed } : {}),
    });
    if (result.ok) {
      setSecret('');
      return onRestored(result.value);
    }
    setBusy(false);
    setFailure(result.error);
    if (result.error.code === 'backup_unsealed') setUnsealedSeen(true);
  };

  const chooseThenRestore = async () => {
    if (!chooseFolder || busy || !secretGiven()) return;
    const choice = await chooseFolder('restore');
    if (choice.chosen) await restore();
  };

  const submitTyped = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkTypedFolder(typed);
    if (!checked.ok) {
      setTypedProblem(checked.problem);
      fieldRef.current?.focus();
      return;
    }
    setTypedProblem(undefined);
    if (secretGiven()) void restore(checked.folder);
  };

  const secretField = (
    <PassphraseField
      id={`${id}-secret`}
      label={t('backup.restore.secretLabel')}
      hint={
        <p className="field__hint" id={`${id}-secret-hint`}>
          {t('backup.restore.secretHint')}
        </p>
      }
      value={secret}
      onChange={(value) => {
        setSecret(value);
        setSecretMissing(false);
      }}
      inputRef={secretRef}
      invalid={secretMissing}
      describedBy={[`${id}-secret-hint`, secretMissing ? `${id}-secret-missing` : ''].filter(Boolean).join(' ')}
    >
      {secretMissing && <FormAlert id={`${id}-secret-missing`}>{t('backup.restore.secretMissing')}</FormAlert>}
    </PassphraseField>
  );
  const outcome = (
    <>
      {failure && <ErrorAlert code={failure.code} params={failure.params} />}
      {unsealedSeen && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={acceptUnsealed}
            onChange={(event) => setAcceptUnsealed(event.target.checked)}
          />
          <span>{t('backup.restore.acceptUnsealed')}</span>
        </label>
      )}
    </>
  );

  return (
    <section className="card vault-card" aria-labelledby={`${id}-title`}>
      <StatePanel
        tone="accent"
        icon={<UploadIcon />}
        title={t('backup.restore.title')}
        titleId={`${id}-title`}
        headingRef={headingRef}
        body={<p className="state-panel__body">{t('backup.restore.body')}</p>}
      >
        {chooseFolder ? (
          <div className="form">
            {secretField}
            {outcome}
            <div className="form__actions">
              <button
                type="button"
                className="button button--primary"
                disabled={busy}
                onClick={() => void chooseThenRestore()}
              >
                {busy ? t('backup.restore.busy') : t('backup.restore.choose')}
              </button>
            </div>
          </div>
        ) : (
          <form className="form" onSubmit={submitTyped} aria-busy={busy} noValidate>
            <TextField
              label={t('backup.restore.folderLabel')}
              value={typed}
              onChange={(value) => {
                setTyped(value);
                setTypedProblem(undefined);
              }}
              hint={t('backup.restore.folderHint')}
              error={typedProblem && t(`backup.folder.${typedProblem}`)}
              autoComplete="off"
              spellCheck={false}
              fieldRef={fieldRef}
            />
            {secretField}
            {outcome}
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                {busy ? t('backup.restore.busy') : t('backup.restore.submit')}
              </button>
            </div>
          </form>
        )}
        <LongWorkProgress active={busy} />
        <button type="button" className="link-button" onClick={onBack} disabled={busy}>
          {t('backup.restore.back')}
        </button>
      </StatePanel>
    </section>
  );
}
