import { useTranslation } from 'react-i18next';
import { lockShortcut } from '../app/platform';
import { LockIcon } from './icons';

/** The always-visible way out: locks the vault (also Ctrl+L / ⌘L, which the button names). */
export function LockButton({ onLock, busy }: { onLock: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const shortcut = lockShortcut();
  return (
    <button
      type="button"
      className="button button--lock"
      onClick={onLock}
      disabled={busy}
      aria-keyshortcuts={shortcut.aria}
      title={t('lock.tooltip', { shortcut: shortcut.label })}
    >
      <LockIcon />
      <span>{t('lock.label')}</span>
      <kbd className="button__shortcut" aria-hidden="true">
        {shortcut.label}
      </kbd>
    </button>
  );
}
