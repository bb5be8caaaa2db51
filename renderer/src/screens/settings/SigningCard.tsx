import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { SigningIdentity } from '../../../../shared/domain/signing';
import { useDateFormat } from '../../app/format-date';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormAlert } from '../../components/FormAlert';
import { CheckIcon, DownloadIcon } from '../../components/icons';
import { TextField } from '../../components/TextField';
import { madeFile, useExport } from '../export/use-export';
import { readImportFiles } from '../import/read-files';
import { useLanguage } from '../../i18n/use-language';

type Outcome = { kind: 'done' } | { kind: 'failed'; error: ApiError } | undefined;

/**
 * The coach's signing certificate: what it says, the public part to give to clients, a new self-signed one, or
 * one from a trust provider (PKCS#12). The private key never leaves the studio.
 */
export function SigningCard() {
  const { t } = useTranslation();
  const studio = useStudio();
  const format = useDateFormat();
  const language = useLanguage();
  const titleId = useId();
  const [identity, setIdentity] = useState<SigningIdentity | null | undefined>();
  const [busy, setBusy] = useState<'create' | 'import' | undefined>();
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [p12, setP12] = useState<File | undefined>();
  const [password, setPassword] = useState('');
  const [fileMissing, setFileMissing] = useState(false);
  const certificate = useExport();

  useEffect(() => {
    void studio.signing.show({}).then((result) => setIdentity(result.ok ? (result.value.identity ?? null) : null));
  }, [studio]);

  const finish = (result: Awaited<ReturnType<typeof studio.signing.create>>) => {
    setBusy(undefined);
    setConfirmReplace(false);
    if (!result.ok) return setOutcome({ kind: 'failed', error: result.error });
    setIdentity(result.value);
    setOutcome({ kind: 'done' });
  };

  const create = async (replace: boolean) => {
    setBusy('create');
    setOutcome(undefined);
    finish(await studio.signing.create({ replace }));
  };

  const importP12 = async (event: FormEvent) => {
    event.preventDefault();
    if (!p12) return setFileMissing(true);
    setBusy('import');
    setOutcome(undefined);
    const [read] = await readImportFiles([p12], language);
    if (!read?.ok) {
      setBusy(undefined);
      return setOutcome({ kind: 'failed', error: read?.ok === false ? read.error : { code: 'internal', message: '' } });
    }
    const result = await studio.signing.importP12({ base64: read.file.base64, password, replace: true });
    setPassword('');
    finish(result);
  };

  return (
    <section className="card page-section settings-card" aria-labelledby={titleId} aria-busy={identity === undefined}>
      <h3 className="section-title" id={titleId}>
        {t('export.signing.title')}
      </h3>
      <p className="section-intro settings-card__intro">{t('export.signing.intro')}</p>
      {identity === null && <p className="muted">{t('export.signing.none')}</p>}
      {identity && (
        <dl className="details signing-details">
          <div className="details__wide">
            <dt>{t('export.signing.subject')}</dt>
            <dd>{identity.subject}</dd>
          </div>
          <div className="details__wide">
            <dt>{t('export.signing.issuer')}</dt>
            <dd>{identity.selfSigned ? t('export.signing.selfSigned') : identity.issuer}</dd>
          </div>
          <div className="details__wide">
            <dt>{t('export.signing.validity')}</dt>
            <dd>
              {t('export.signing.validRange', {
                from: format.date(identity.validFrom),
                to: format.date(identity.validTo),
              })}
            </dd>
          </div>
          <div className="details__wide">
            <dt>{t('export.signing.fingerprint')}</dt>
            <dd className="signing-details__fingerprint">{identity.fingerprintSha256}</dd>
          </div>
        </dl>
      )}
      <div className="status-slot" role="status">
        {outcome?.kind === 'done' && (
          <p className="notice notice--success">
            <CheckIcon />
            <span>{t('export.signing.done')}</span>
          </p>
        )}
        {outcome?.kind === 'failed' && <ErrorAlert code={outcome.error.code} params={outcome.error.params} />}
      </div>
      {identity !== undefined && (
        <div className="settings-card__actions">
          {identity ? (
            <>
              <button
                type="button"
                className="button button--secondary"
                disabled={certificate.busy}
                onClick={() => void certificate.run(async () => madeFile(await studio.signing.exportCert({})))}
              >
                <DownloadIcon />
                <span>{t('export.signing.exportCert')}</span>
              </button>
              {!confirmReplace && (
                <button type="button" className="button button--quiet" onClick={() => setConfirmReplace(true)}>
                  {t('export.signing.replace')}
                </button>
              )}
            </>
          ) : (
            <button
              type="button"
              className="button button--primary"
              disabled={busy !== undefined}
              onClick={() => void create(false)}
            >
              {busy === 'create' ? t('export.signing.creating') : t('export.signing.create')}
            </button>
          )}
        </div>
      )}
      {certificate.outcome}
      {confirmReplace && (
        <div className="notice signing-replace" role="group" aria-label={t('export.signing.replace')}>
          <p>{t('export.signing.replaceWarning')}</p>
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy !== undefined}
              onClick={() => void create(true)}
            >
              {busy === 'create' ? t('export.signing.creating') : t('export.signing.replaceConfirm')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirmReplace(false)}>
              {t('export.signing.cancel')}
            </button>
          </div>
        </div>
      )}
      <form className="form signing-import" onSubmit={(event) => void importP12(event)} noValidate>
        <h4 className="signing-import__title">{t('export.signing.importTitle')}</h4>
        <div className="field">
          <label className="field__label" htmlFor={`${titleId}-p12`}>
            {t('export.signing.importFile')}
          </label>
          <div className="field__control">
            <input
              id={`${titleId}-p12`}
              className="field__input"
              type="file"
              accept=".p12,.pfx,application/x-pkcs12"
              onChange={(event) => {
                setP12(event.target.files?.[0]);
                setFileMissing(false);
              }}
            />
          </div>
        </div>
        <TextField
          label={t('export.signing.importPassword')}
          hint={t('export.signing.importHint')}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="off"
        />
        {fileMissing && <FormAlert>{t('export.signing.chooseFile')}</FormAlert>}
        <div>
          <button type="submit" className="button button--secondary" disabled={busy !== undefined}>
            {busy === 'import' ? t('export.signing.importing') : t('export.signing.importSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
