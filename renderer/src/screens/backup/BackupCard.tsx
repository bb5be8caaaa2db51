import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { LongWorkProgress } from '../../components/LongWorkProgress';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiResult } from '../../../../shared/api/errors';
import type { BackupReport, BackupStatus } from '../../../../shared/domain/backup';
import { useDateFormat } from '../../app/format-date';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AlertIcon, CheckIcon } from '../../components/icons';
import { TextField } from '../../components/TextField';
import { backupReportText } from './backup-report';
import { checkTypedFolder, nativeFolderDialog } from './backup-folder';

type Outcome = { kind: 'done'; report: BackupReport } | { kind: 'failed'; error: ApiError } | undefined;

/**
 * "Back-up maken": when the last backup was made, and a new one, into the same folder (only what changed is
 * copied) or another. The desktop app picks the folder in the system's dialog; the browser mode takes a typed or
 * pasted path. The screen never learns more of a folder than its name.
 */
export function BackupCard() {
  const { t } = useTranslation();
  const studio = useStudio();
  const format = useDateFormat();
  const titleId = useId();
  const chooseFolder = nativeFolderDialog();
  const [status, setStatus] = useState<BackupStatus | undefined>();
  const [typed, setTyped] = useState('');
  const [typedProblem, setTypedProblem] = useState<'empty' | 'notAbsolute' | undefined>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  const showStatus = useCallback((result: ApiResult<BackupStatus>) => {
    setStatus(result.ok ? result.value : {});
    if (!result.ok) setOutcome({ kind: 'failed', error: result.error });
  }, []);
  useEffect(() => {
    void studio.backup.status({}).then(showStatus);
  }, [studio, showStatus]);

  const remembered = status?.folderName;

  const make = async (folder?: string) => {
    setBusy(true);
    setOutcome(undefined);
    const result = await studio.backup.create(folder === undefined ? {} : { folder });
    setBusy(false);
    if (!result.ok) return setOutcome({ kind: 'failed', error: result.error });
    setTyped('');
    setOutcome({ kind: 'done', report: result.value });
    showStatus(await studio.backup.status({}));
  };

  const chooseThenMake = async () => {
    if (!chooseFolder || busy) return;
    const choice = await chooseFolder('backup');
    if (choice.chosen) await make();
  };

  const submitTyped = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkTypedFolder(typed);
    if (!checked.ok && checked.problem === 'empty' && remembered) return void make();
    if (!checked.ok) {
      setTypedProblem(checked.problem);
      fieldRef.current?.focus();
      return;
    }
    setTypedProblem(undefined);
    void make(checked.folder);
  };

  const makeLabel = busy ? t('backup.card.busy') : t('backup.card.make');

  return (
    <section className="card page-section settings-card" aria-labelledby={titleId} aria-busy={status === undefined}>
      <h3 className="section-title" id={titleId}>
        {t('backup.card.title')}
      </h3>
      <p className="section-intro settings-card__intro">{t('backup.card.intro')}</p>
      {status && (
        <p>
          {status.last && remembered
            ? t('backup.card.last', { when: format.dateTime(status.last.at), folder: remembered })
            : t('backup.card.never')}
        </p>
      )}
      {status &&
        (chooseFolder ? (
          <div className="settings-card__actions">
            {remembered && (
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void make()}>
                {makeLabel}
              </button>
            )}
            <button
              type="button"
              className={remembered ? 'button button--secondary' : 'button button--primary'}
              disabled={busy}
              onClick={() => void chooseThenMake()}
            >
              {remembered ? t('backup.card.chooseOther') : busy ? makeLabel : t('backup.card.chooseAndMake')}
            </button>
          </div>
        ) : (
          <form className="form settings-card__form" onSubmit={submitTyped} noValidate aria-busy={busy}>
            <TextField
              label={t('backup.card.folderLabel')}
              value={typed}
              onChange={(value) => {
                setTyped(value);
                setTypedProblem(undefined);
              }}
              hint={
                remembered ? t('backup.card.folderHintRemembered', { folder: remembered }) : t('backup.card.folderHint')
              }
              error={typedProblem && t(`backup.folder.${typedProblem}`)}
              autoComplete="off"
              spellCheck={false}
              fieldRef={fieldRef}
            />
            <div className="settings-card__actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                {makeLabel}
              </button>
            </div>
          </form>
        ))}
      <LongWorkProgress active={busy} />
      <div className="status-slot" role="status">
        {outcome?.kind === 'done' && (
          <>
            <p className="notice notice--success">
              <CheckIcon />
              <span>{backupReportText(t, outcome.report)}</span>
            </p>
            <UnreadableFiles report={outcome.report} />
          </>
        )}
      </div>
      {outcome?.kind === 'failed' && <ErrorAlert code={outcome.error.code} params={outcome.error.params} />}
    </section>
  );
}

/**
 * Vault files the backup could not open (damaged on disk), by their path in the vault: the backup kept its earlier
 * version of some, and left out the rest. The coach can then restore them from this backup, or an earlier one.
 */
function UnreadableFiles({ report }: { report: BackupReport }) {
  const { t } = useTranslation();
  const groups = [
    { key: 'unreadableKept', paths: report.unreadable.filter((file) => file.olderKept).map((file) => file.path) },
    { key: 'unreadableLeftOut', paths: report.unreadable.filter((file) => !file.olderKept).map((file) => file.path) },
  ] as const;
  return groups
    .filter((group) => group.paths.length > 0)
    .map((group) => (
      <div className="notice notice--warning" key={group.key}>
        <AlertIcon />
        <div>
          <p>{t(`backup.card.${group.key}`, { count: group.paths.length })}</p>
          <ul className="notice__list">
            {group.paths.map((path) => (
              <li key={path}>
                <code>{path}</code>
              </li>
            ))}
          </ul>
        </div>
      </div>
    ));
}
