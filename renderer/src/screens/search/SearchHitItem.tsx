import { useTranslation } from 'react-i18next';
import { DEFAULT_PASSIE_LABELS } from '../../../../shared/domain/passie';
import type { SearchHit } from '../../../../shared/domain/search';
import type { Settings } from '../../../../shared/domain/settings';
import { Link, paths } from '../../app/router';
import type { Language } from '../../i18n/language';
import { highlighted } from './highlight';

interface SearchHitItemProps {
  hit: SearchHit;
  clientId: string;
  trajectId?: string;
  passieLabels: Settings['passieLabels'] | undefined;
  language: Language;
}

/** Where a hit leads: its round when it has one, else its traject, else its client. */
export function hitPath(hit: SearchHit, clientId: string, trajectId: string | undefined): string {
  if (trajectId && hit.roundId) return paths.round(trajectId, hit.roundId);
  if (trajectId) return paths.traject(trajectId);
  return paths.client(clientId);
}

/** One match: what kind of text it is (and in which PASSIE block), the words around it with the match marked. */
export function SearchHitItem({ hit, clientId, trajectId, passieLabels, language }: SearchHitItemProps) {
  const { t } = useTranslation();
  const kind = t(`search.kind.${hit.kind}`);
  const label = hit.block
    ? t('search.inBlock', { kind, block: (passieLabels ?? DEFAULT_PASSIE_LABELS)[language][hit.block] })
    : kind;
  const opens = trajectId && hit.roundId ? 'round' : trajectId ? 'traject' : 'client';
  return (
    <li className={`search-hit search-hit--${hit.kind}`}>
      <Link to={hitPath(hit, clientId, trajectId)} className="search-hit__link">
        <span className="search-hit__kind">{label}</span>
        <span className="search-hit__snippet">{highlighted(hit.snippet.text, hit.snippet.highlights)}</span>
        <span className="visually-hidden"> – {t(`search.open.${opens}`)}</span>
      </Link>
    </li>
  );
}
