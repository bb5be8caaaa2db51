import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/api/errors';
import { useStudio } from '../../app/studio-context';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ShieldIcon } from '../../components/icons';
import { StatePanel } from '../../components/StatePanel';
import { NewPassphraseFields } from '../../passphrase/NewPassphraseFields';
import { useNewPassphrase } from '../../passphrase/use-new-passphrase';
import type { NewVaultSecrets } from './RecoveryKeyStep';

interface ChoosePassphraseStepProps {
  onCancel: () => void;
  onVaultExists: () => void;
  onCreated: (secrets: NewVaultSecrets) => void;
}

const PASSPHRASE_ERRORS: ReadonlySet<ErrorCode> = new Set(['passphrase_too_short', 'passphrase_too_weak']);

/** Step 1: the passphrase, twice, with its strength; the vault is created once the studio accepts it. */
export function ChoosePassphraseStep({ onCancel, onVaultExists, onCreated }: ChoosePassphraseStepProps) {
  const { t, i18n } = useTranslation();
  const studio = useStudio();
  const newPassphrase = useNewPassphrase();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | undefined>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const errorId = useId();
  useFocusOnMount(headingRef);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!newPassphrase.ready || busy) return;
    setBusy(true);
    setError(undefined);
    const language = i18n.language === 'en' ? 'en' : 'nl';
    const result = await studio.vault.create({ passphrase: newPassphrase.passphrase, language });
    if (result.ok) {
      newPassphrase.clear();
      onCreated({ recoveryKey: result.value.recoveryKey, sheetPdf: result.value.recoverySheetPdf });
      return;
    }
    setBusy(false);
    setError(result.error.code);
  };

  return (
    <section className="card vault-card" aria-labelledby={titleId}>
      <StatePanel
        tone="accent"
        icon={<ShieldIcon />}
        title={t('create.title')}
        titleId={titleId}
        headingRef={headingRef}
        body={<p className="state-panel__body">{t('create.body')}</p>}
      >
        <form className="form" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
          <NewPassphraseFields
            state={newPassphrase}
            label={t('create.passphraseLabel')}
            confirmLabel={t('create.confirmLabel')}
            errorId={error && PASSPHRASE_ERRORS.has(error) ? errorId : undefined}
          />
          {error && <ErrorAlert id={errorId} code={error} />}
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={!newPassphrase.ready || busy}>
              {busy ? t('create.busy') : t('create.submit')}
            </button>
            {error === 'vault_exists' ? (
              <button type="button" className="button button--secondary" onClick={onVaultExists}>
                {t('create.toUnlock')}
              </button>
            ) : (
              <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
                {t('create.cancel')}
              </button>
            )}
          </div>
        </form>
      </StatePanel>
    </section>
  );
}
