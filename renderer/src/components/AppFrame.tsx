import { useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, paths } from '../app/router';
import { LanguageSwitcher } from './LanguageSwitcher';
import { PassieMark } from './PassieMark';

interface AppFrameProps {
  /** Shown in the footer once the studio has told it; the footer keeps its height until then. */
  version: string | undefined;
  /** Header actions beside the language switch (the lock button, while the vault is unlocked). */
  actions?: ReactNode;
  /**
   * The unlocked studio's navigation (search, settings). With it the header turns into a compact working bar: the
   * name links to the dashboard, and a skip link leads keyboard users past the header.
   */
  nav?: ReactNode;
  children: ReactNode;
}

/** The studio's window: header with the name, the language switch and actions, the screen, and a quiet footer. */
export function AppFrame({ version, actions, nav, children }: AppFrameProps) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);

  // The fragment belongs to the router, so the skip link moves the focus itself instead of following "#main".
  const skipToMain = (event: MouseEvent) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <div className="app-frame">
      {nav && (
        <a className="skip-link" href="#main" onClick={skipToMain}>
          {t('nav.skipLink')}
        </a>
      )}
      <header className={nav ? 'app-header app-header--compact' : 'app-header'}>
        <div className="app-header__brand">
          <PassieMark size={nav ? 36 : 52} />
          {nav ? (
            <h1 className="app-header__title">
              <Link to={paths.dashboard()} className="app-header__home">
                {t('app.name')}
              </Link>
            </h1>
          ) : (
            <div>
              <h1 className="app-header__title">{t('app.name')}</h1>
              <p className="app-header__tagline">{t('app.tagline')}</p>
            </div>
          )}
        </div>
        {nav}
        <div className="app-header__actions">
          <LanguageSwitcher />
          {actions}
        </div>
      </header>
      <main
        ref={mainRef}
        id="main"
        className={nav ? 'app-main app-main--workspace' : 'app-main'}
        tabIndex={nav ? -1 : undefined}
      >
        {children}
      </main>
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
