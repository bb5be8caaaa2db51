import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lockShortcut } from '../../app/platform';
import { CheckIcon } from '../../components/icons';
import { ChangePassphraseForm } from './ChangePassphraseForm';

/** How the vault protects itself, and the one thing to change about it here: the passphrase. */
export function SecurityCard({ autoLockMinutes }: { autoLockMinutes: number | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [changed, setChanged] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const focusOpener = useRef(false);
  const titleId = useId();

  useLayoutEffect(() => {
    if (open || !focusOpener.current) return;
    focusOpener.current = false;
    openerRef.current?.focus();
  }, [open]);

  const close = (done: boolean) => {
    // The form disappears; the focus goes back to the button that opened it.
    focusOpener.current = true;
    setOpen(false);
    setChanged(done);
  };

  return (
    <section className="card page-section settings-card" aria-labelledby={titleId}>
      <h3 className="section-title" id={titleId}>
        {t('settings.security.title')}
      </h3>
      <ul className="security-facts">
        {autoLockMinutes !== undefined && <li>{t('settings.security.autoLock', { count: autoLockMinutes })}</li>}
        <li>{t('settings.security.lockHint', { shortcut: lockShortcut().label })}</li>
      </ul>
      <div role="status">
        {changed && (
          <p className="notice notice--success">
            <CheckIcon />
            {t('settings.changePassphrase.done')}
          </p>
        )}
      </div>
      {open ? (
        <ChangePassphraseForm onDone={() => close(true)} onCancel={() => close(false)} />
      ) : (
        <div>
          <button
            ref={openerRef}
            type="button"
            className="button button--secondary"
            aria-expanded={false}
            onClick={() => {
              setChanged(false);
              setOpen(true);
            }}
          >
            {t('settings.changePassphrase.open')}
          </button>
        </div>
      )}
    </section>
  );
}
