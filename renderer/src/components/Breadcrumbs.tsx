import { useTranslation } from 'react-i18next';
import { Link } from '../app/router';

export interface Crumb {
  label: string;
  /** Left out for the screen the coach is on, the last crumb. */
  to?: string;
}

/** Where this screen sits: Overzicht › Daniëlle › Traject. Every step but the last is a link back. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumbs" aria-label={t('nav.breadcrumb')}>
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={index}>
            {crumb.to ? <Link to={crumb.to}>{crumb.label}</Link> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
