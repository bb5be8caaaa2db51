import { useTranslation } from 'react-i18next';
import type { SearchResults } from '../../../../shared/domain/search';
import type { Settings } from '../../../../shared/domain/settings';
import { Link, paths } from '../../app/router';
import type { Language } from '../../i18n/language';
import { SearchHitItem } from './SearchHitItem';

interface SearchGroupProps {
  group: SearchResults['groups'][number];
  passieLabels: Settings['passieLabels'] | undefined;
  language: Language;
}

/** A client's hits: about the client themselves, then per traject. */
export function SearchGroup({ group, passieLabels, language }: SearchGroupProps) {
  const { t } = useTranslation();
  const client = { id: group.clientId, name: group.clientName };
  return (
    <li className="card search-group">
      <h3 className="search-group__client">
        <Link to={paths.client(group.clientId)}>{group.clientName}</Link>
      </h3>
      {group.hits.length > 0 && (
        <section className="search-group__part" aria-label={t('search.aboutClient')}>
          <ul className="search-hits">
            {group.hits.map((hit, index) => (
              <SearchHitItem key={index} hit={hit} client={client} passieLabels={passieLabels} language={language} />
            ))}
          </ul>
        </section>
      )}
      {group.trajects.map((traject) => (
        <section key={traject.trajectId} className="search-group__part">
          <h4 className="search-group__traject">
            <Link to={paths.traject(traject.trajectId)}>{traject.title}</Link>
          </h4>
          <ul className="search-hits">
            {traject.hits.map((hit, index) => (
              <SearchHitItem
                key={index}
                hit={hit}
                client={client}
                traject={{ id: traject.trajectId, title: traject.title }}
                passieLabels={passieLabels}
                language={language}
              />
            ))}
          </ul>
        </section>
      ))}
    </li>
  );
}
