import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../../shared/domain/dossier';
import { useDateFormat } from '../../app/format-date';

interface RoundSwitcherProps {
  /** This round and the ones before it, oldest first (later rounds are not context for this reply). */
  rounds: readonly RoundView[];
  currentId: string;
  shownId: string;
  onShow: (roundId: string) => void;
}

/** Which round the left pane shows: this one, or an earlier one (with its reply) for context. A plain select. */
export function RoundSwitcher({ rounds, currentId, shownId, onShow }: RoundSwitcherProps) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const id = useId();
  if (rounds.length < 2) return null;
  return (
    <div className="round-switcher">
      <label className="round-switcher__label" htmlFor={id}>
        {t('round.switcher.label')}
      </label>
      <select
        id={id}
        className="round-switcher__select"
        value={shownId}
        onChange={(event) => onShow(event.target.value)}
      >
        {[...rounds].reverse().map((round) => (
          <option key={round.id} value={round.id}>
            {round.id === currentId
              ? t('round.switcher.current', { number: round.number })
              : t('round.switcher.earlier', { number: round.number, date: dates.date(round.receivedAt) })}
          </option>
        ))}
      </select>
    </div>
  );
}
