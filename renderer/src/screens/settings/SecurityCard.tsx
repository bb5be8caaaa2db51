import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVaultHealth } from '../../app/health/vault-health';
import { lockShortcut } from '../../app/platform';
import { CheckIcon } from '../../components/icons';
import type { NewVaultSecrets } from '../create-vault/RecoveryKeyStep';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { VaultKeyForm, type VaultKeyAction } from './VaultKeyForm';

type SecurityAction = 'changePassphrase' | VaultKeyAction;

const ACTIONS: readonly SecurityAction[] = ['changePassphrase', 'newRecoveryKey', 'rotateKey'];

interface SecurityCardProps {
  autoLockMinutes: number | undefined;
  /** The action whose form is open when the card appears (a link to it). */
  initiallyOpen?: SecurityAction;
  /** Shows a new recovery key in place of the settings, once; resolves when the coach has kept it. */
  showRecoveryKey: (secrets: NewVaultSecrets) => Promise<void>;
}

/**
 * How the vault protects itself, and what to change about it here: the passphrase, the recovery key, and the key
 * of the whole vault. One form at a time; when it closes, the focus goes back to the button that opened it.
 */
export function SecurityCard({ autoLockMinutes, initiallyOpen, showRecoveryKey }: SecurityCardProps) {
  const { t } = useTranslation();
  const health = useVaultHealth();
  const [open, setOpen] = useState<SecurityAction | undefined>(initiallyOpen);
  const [done, setDone] = useState<SecurityAction | undefined>();
  const openers = useRef(new Map<SecurityAction, HTMLButtonElement>());
  const focusOpener = useRef<SecurityAction | undefined>(undefined);
  const titleId = useId();

  useLayoutEffect(() => {
    const action = focusOpener.current;
    if (!action || open) return;
    focusOpener.current = undefined;
    openers.current.get(action)?.focus();
  });

  const close = (action: SecurityAction, completed: boolean) => {
    focusOpener.current = action;
    setOpen(undefined);
    setDone(completed ? action : undefined);
  };

  const keyMade = async (action: VaultKeyAction, secrets: NewVaultSecrets) => {
    // The recovery key works again from here: the banner asking for one can go.
    void health.refresh();
    await showRecoveryKey(secrets);
    close(action, true);
  };

  const doneText: Record<SecurityAction, string> = {
    changePassphrase: t('settings.changePassphrase.done'),
    newRecoveryKey: t('vaultKeys.newRecoveryKey.done'),
    rotateKey: t('vaultKeys.rotateKey.done'),
  };
  const openerText: Record<SecurityAction, string> = {
    changePassphrase: t('settings.changePassphrase.open'),
    newRecoveryKey: t('vaultKeys.newRecoveryKey.open'),
    rotateKey: t('vaultKeys.rotateKey.open'),
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
        {done && (
          <p className="notice notice--success">
            <CheckIcon />
            {doneText[done]}
          </p>
        )}
      </div>
      {open === 'changePassphrase' && (
        <ChangePassphraseForm
          onDone={() => close('changePassphrase', true)}
          onCancel={() => close('changePassphrase', false)}
        />
      )}
      {(open === 'newRecoveryKey' || open === 'rotateKey') && (
        <VaultKeyForm
          key={open}
          action={open}
          onDone={(secrets) => void keyMade(open, secrets)}
          onCancel={() => close(open, false)}
        />
      )}
      {!open && (
        <div className="security-actions">
          {ACTIONS.map((action) => (
            <button
              key={action}
              ref={(button) => {
                if (button) openers.current.set(action, button);
                else openers.current.delete(action);
              }}
              type="button"
              className="button button--secondary"
              aria-expanded={false}
              onClick={() => {
                setDone(undefined);
                setOpen(action);
              }}
            >
              {openerText[action]}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
