import { useTranslation } from 'react-i18next';
import { Link, paths, useRoute } from '../router';
import { SettingsIcon } from '../../components/icons';
import { HeaderSearch } from './HeaderSearch';

/** The unlocked studio's header navigation: search across every dossier, and the settings. */
export function HeaderNav() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <nav className="header-nav" aria-label={t('nav.primary')}>
      <HeaderSearch query={route.name === 'search' ? route.query : ''} />
      <Link to={paths.settings()} className="header-link" aria-current={route.name === 'settings' ? 'page' : undefined}>
        <SettingsIcon />
        <span>{t('nav.settings')}</span>
      </Link>
    </nav>
  );
}
