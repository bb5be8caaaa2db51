import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { RestoredBackup } from '../../../../shared/domain/backup';
import { useStudio } from '../../app/studio-context';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UploadIcon } from '../../components/icons';
import { StatePanel } from '../../components/StatePanel';
import { TextField } from '../../components/TextField';
import { checkTypedFolder, nativeFolderDialog } from './backup-folder';

interface RestoreBackupScreenProps {
  onBack: () => void;
  /** The backup is in place as the studio's (locked) vault: on to the unlock screen. */
  onRestored: (restored: RestoredBackup) => void;
}

/**
 * "Terugzetten uit een back-up", offered on the first screen while the studio has no vault: the coach points at
 * the backup (the system's folder dialog, or a pasted path in the browser mode); the studio checks every file
 * against the backup's manifest and puts it in place as its vault, which the coach then unlocks as usual.
 */
export function RestoreBackupScreen({ onBack, onRestored }: RestoreBackupScreenProps) {
  const { t } = useTranslation();
  const studio = useStudio();
  const id = useId();
  const chooseFolder = nativeFolderDialog();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [typed, setTyped] = useState('');
  const [typedProblem, setTypedProblem] = useState<'empty' | 'notAbsolute' | undefined>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>();
  useFocusOnMount(headingRef);

  const restore = async (folder?: string) => {
    setBusy(true);
    setFailure(undefined);
    const result = await studio.backup.restore(folder === undefined ? {} : { folder });
    if (result.ok) return onRestored(result.value);
    setBusy(false);
    setFailure(result.error);
  };

  const chooseThenRestore = async () => {
    if (!chooseFolder || busy) return;
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
    void restore(checked.folder);
  };

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
            {failure && <ErrorAlert code={failure.code} params={failure.params} />}
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
            {failure && <ErrorAlert code={failure.code} params={failure.params} />}
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                {busy ? t('backup.restore.busy') : t('backup.restore.submit')}
              </button>
            </div>
          </form>
        )}
        <button type="button" className="link-button" onClick={onBack} disabled={busy}>
          {t('backup.restore.back')}
        </button>
      </StatePanel>
    </section>
  );
}
