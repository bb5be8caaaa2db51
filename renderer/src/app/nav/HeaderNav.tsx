import { useTranslation } from 'react-i18next';
import { Link, paths, useRoute } from '../router';
import { ArchiveIcon, SettingsIcon } from '../../components/icons';
import { useSearchQuery } from '../search-query';
import { HeaderSearch } from './HeaderSearch';

/** The unlocked studio's header navigation: search across every dossier, the archive, and the settings. */
export function HeaderNav() {
  const { t } = useTranslation();
  const route = useRoute();
  const { query } = useSearchQuery();
  return (
    <nav className="header-nav" aria-label={t('nav.primary')}>
      <HeaderSearch query={route.name === 'search' ? query : ''} />
      <Link to={paths.archive()} className="header-link" aria-current={route.name === 'archive' ? 'page' : undefined}>
        <ArchiveIcon />
        <span>{t('nav.archive')}</span>
      </Link>
      <Link to={paths.settings()} className="header-link" aria-current={route.name === 'settings' ? 'page' : undefined}>
        <SettingsIcon />
        <span>{t('nav.settings')}</span>
      </Link>
    </nav>
  );
}
