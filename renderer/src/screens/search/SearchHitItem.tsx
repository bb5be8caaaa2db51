import { useTranslation } from 'react-i18next';
import { DEFAULT_PASSIE_LABELS } from '../../../../shared/domain/passie';
import type { SearchHit } from '../../../../shared/domain/search';
import type { Settings } from '../../../../shared/domain/settings';
import { Link, paths } from '../../app/router';
import type { Language } from '../../i18n/language';
import { highlighted } from './highlight';

interface SearchHitItemProps {
  hit: SearchHit;
  client: { id: string; name: string };
  traject?: { id: string; title: string };
  passieLabels: Settings['passieLabels'] | undefined;
  language: Language;
}

/** Where a hit leads: its round when it has one, else its traject, else its client. */
export function hitPath(hit: SearchHit, clientId: string, trajectId: string | undefined): string {
  if (trajectId && hit.roundId) return paths.round(trajectId, hit.roundId);
  if (trajectId) return paths.traject(trajectId);
  return paths.client(clientId);
}

/**
 * One match: what kind of text it is (in which round, in which PASSIE block), the words around it with the match
 * marked, and where it leads, said in full so no two links sound alike.
 */
export function SearchHitItem({ hit, client, traject, passieLabels, language }: SearchHitItemProps) {
  const { t } = useTranslation();
  const kind = t(`search.kind.${hit.kind}`);
  const inBlock = hit.block
    ? t('search.inBlock', { kind, block: (passieLabels ?? DEFAULT_PASSIE_LABELS)[language][hit.block] })
    : kind;
  const label = hit.roundNumber ? t('search.inRound', { number: hit.roundNumber, kind: inBlock }) : inBlock;
  const opens = !traject
    ? t('search.open.client', { client: client.name })
    : hit.roundId && hit.roundNumber
      ? t('search.open.round', { number: hit.roundNumber, traject: traject.title })
      : t('search.open.traject', { traject: traject.title });
  return (
    <li className={`search-hit search-hit--${hit.kind}`}>
      <Link to={hitPath(hit, client.id, traject?.id)} className="search-hit__link">
        <span className="search-hit__kind">{label}</span>
        <span className="search-hit__snippet">{highlighted(hit.snippet.text, hit.snippet.highlights)}</span>
        <span className="visually-hidden"> – {opens}</span>
      </Link>
    </li>
  );
}
