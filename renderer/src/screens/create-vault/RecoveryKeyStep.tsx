import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { base64Bytes, saveFile } from '../../app/save-file';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { useStudio } from '../../app/studio-context';
import { CheckIcon, DownloadIcon, KeyIcon, PrinterIcon } from '../../components/icons';
import { StatePanel } from '../../components/StatePanel';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';

/** What `vault.create` hands over once: the recovery key and its printable sheet (a base64 PDF). */
export interface NewVaultSecrets {
  recoveryKey: string;
  sheetPdf: string;
}

interface RecoveryKeyStepProps {
  secrets: NewVaultSecrets;
  /** A new key for an existing vault (from the settings): the previous one stopped working, which it says. */
  renewed?: boolean;
  onDone: () => void;
}

/**
 * Step 2: the recovery key, shown this once, with the sheet to save or print. "Verder" waits until the coach
 * says the key is kept: without it a forgotten passphrase would mean every dossier is lost. The settings show a
 * new recovery key the same way.
 */
export function RecoveryKeyStep({ secrets, renewed = false, onDone }: RecoveryKeyStepProps) {
  const { t, i18n } = useTranslation();
  const [kept, setKept] = useState(false);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const studio = useStudio();
  useFocusOnMount(headingRef);
  // The step opens at its top (the key first), wherever the step before it had been scrolled to.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, []);

  // The studio keeps an unconfirmed key across a reload of the window; once the coach has it, the studio forgets it.
  // Whatever the answer, the coach moves on: the key is kept, which is what the confirmation says.
  const confirm = () => {
    setConfirming(true);
    void studio.vault
      .confirmRecoveryKey({})
      .catch(() => undefined)
      .then(onDone);
  };

  const saveSheet = () => {
    saveFile(base64Bytes(secrets.sheetPdf), t('recoveryKey.fileName'), 'application/pdf');
    setSaved(true);
  };

  return (
    <section className="card vault-card recovery-card" aria-labelledby={`${id}-title`}>
      <StatePanel
        tone="accent"
        icon={<KeyIcon />}
        title={renewed ? t('vaultKeys.renewed.title') : t('recoveryKey.title')}
        titleId={`${id}-title`}
        headingRef={headingRef}
        body={
          <>
            <p className="state-panel__body">{t('recoveryKey.body')}</p>
            {renewed && <p className="state-panel__body">{t('vaultKeys.renewed.note')}</p>}
          </>
        }
      >
        <div className="recovery-card__key">
          <p className="recovery-card__key-label">{t('recoveryKey.keyLabel')}</p>
          <RecoveryKeyGroups recoveryKey={secrets.recoveryKey} id={`${id}-key`} />
        </div>

        <p className="print-only">
          {t('recoveryKey.printHeader', {
            date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date()),
          })}
        </p>
        <div className="recovery-card__save no-print">
          <button type="button" className="button button--secondary" onClick={saveSheet}>
            <DownloadIcon />
            {t('recoveryKey.save')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => window.print()}>
            <PrinterIcon />
            {t('recoveryKey.print')}
          </button>
        </div>
        <p className="recovery-card__saved no-print" role="status">
          {saved && (
            <>
              <CheckIcon />
              {t('recoveryKey.saved', { fileName: t('recoveryKey.fileName') })}
            </>
          )}
        </p>

        <div className="recovery-card__confirm no-print">
          <label className="checkbox">
            <input type="checkbox" checked={kept} onChange={(event) => setKept(event.target.checked)} />
            <span>{t('recoveryKey.kept')}</span>
          </label>
          <button type="button" className="button button--primary" disabled={!kept || confirming} onClick={confirm}>
            {t('recoveryKey.continue')}
          </button>
        </div>
      </StatePanel>
    </section>
  );
}
