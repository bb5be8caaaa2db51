import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';
import { PassieMark } from './PassieMark';

interface AppFrameProps {
  /** Shown in the footer once the studio has told it; the footer keeps its height until then. */
  version: string | undefined;
  /** Header actions beside the language switch (the lock button, while the vault is unlocked). */
  actions?: ReactNode;
  children: ReactNode;
}

/** The studio's window: header with the name, the language switch and actions, the screen, and a quiet footer. */
export function AppFrame({ version, actions, children }: AppFrameProps) {
  const { t } = useTranslation();
  return (
    <div className="app-frame">
      <header className="app-header">
        <div className="app-header__brand">
          <PassieMark />
          <div>
            <h1 className="app-header__title">{t('app.name')}</h1>
            <p className="app-header__tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <div className="app-header__actions">
          <LanguageSwitcher />
          {actions}
        </div>
      </header>
      <main className="app-main">{children}</main>
      <footer className="app-footer">
        <span>{t('app.localOnly')}</span>
        {version !== undefined && (
          <span>
            {t('app.name')} · {t('app.version', { version })}
          </span>
        )}
      </footer>
    </div>
  );
}
