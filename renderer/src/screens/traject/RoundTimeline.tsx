import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { RoundView } from '../../../../shared/domain/dossier';
import { useDateFormat } from '../../app/format-date';
import { paths } from '../../app/router';
import { pasteShortcut } from '../../app/platform';
import { useDisclosure } from '../../app/use-disclosure';
import { useNow } from '../../app/use-now';
import { CheckIcon, PlusIcon } from '../../components/icons';
import type { Language } from '../../i18n/language';
import { AddRoundForm } from './AddRoundForm';
import type { QuestionLabel } from './question-labels';
import { TimelineRound } from './TimelineRound';

/** The latest rounds are what the coach works on; older ones wait behind one button (200 rounds stay calm). */
export const TIMELINE_LATEST = 20;

interface RoundTimelineProps {
  trajectId: string;
  rounds: RoundView[];
  active: boolean;
  catalogue: Catalogue;
  labels: Map<string, QuestionLabel>;
  language: Language;
  /** Absent: rounds cannot be added here (an archived dossier, read-only). */
  onRoundAdded?: () => Promise<void>;
  /** "Bestanden importeren", beside "Ronde toevoegen". */
  importAction?: ReactNode;
  /** Where a round opens; the split view unless said otherwise (the archive opens its read-only view). */
  roundPath?: (roundId: string) => string;
  /** False in an archived dossier: its response clocks stopped when the traject was closed. */
  clocks?: boolean;
}

/** The traject's rounds in the order they happened, and adding the next one. */
export function RoundTimeline({
  trajectId,
  rounds,
  active,
  catalogue,
  labels,
  language,
  onRoundAdded,
  importAction,
  roundPath = (roundId) => paths.round(trajectId, roundId),
  clocks,
}: RoundTimelineProps) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const now = useNow();
  const titleId = useId();
  const { open: adding, show, hide, openerRef } = useDisclosure();
  const [all, setAll] = useState(false);
  const [added, setAdded] = useState<number | undefined>();
  const hidden = all ? 0 : Math.max(0, rounds.length - TIMELINE_LATEST);
  const listRef = useRef<HTMLOListElement>(null);

  // The button goes away once pressed; the focus goes to the first round, where the earlier ones now begin.
  useLayoutEffect(() => {
    if (all) listRef.current?.querySelector('a')?.focus();
  }, [all]);
  const shown = hidden > 0 ? rounds.slice(hidden) : rounds;
  const canAdd = active && onRoundAdded !== undefined;

  return (
    <section className="card page-section" aria-labelledby={titleId}>
      <div className="section-header section-header--with-action">
        <h3 className="section-title" id={titleId}>
          {t('traject.timeline.title')}
        </h3>
        {canAdd && !adding && (
          <div className="section-header__actions">
            {importAction}
            <button
              ref={openerRef}
              type="button"
              className="button button--primary"
              onClick={() => {
                setAdded(undefined);
                show();
              }}
            >
              <PlusIcon />
              <span>{t('traject.addRound.open')}</span>
            </button>
          </div>
        )}
      </div>
      <div className="status-slot" role="status">
        {added !== undefined && (
          <p className="notice notice--success">
            <CheckIcon />
            {t('traject.addRound.done', { number: added })}
          </p>
        )}
      </div>
      {canAdd && adding && (
        <div className="inline-form-card">
          <AddRoundForm
            trajectId={trajectId}
            catalogue={catalogue}
            language={language}
            onAdded={(round) => {
              void onRoundAdded?.().then(() => {
                setAdded(round.number);
                hide();
              });
            }}
            onCancel={hide}
          />
        </div>
      )}
      {canAdd && !adding && <p className="import-hint">{t('import.dropHint', { shortcut: pasteShortcut().label })}</p>}
      {rounds.length === 0 ? (
        !adding && <p className="muted">{t('traject.timeline.empty')}</p>
      ) : (
        <>
          {hidden > 0 && (
            <button type="button" className="button button--quiet show-more" onClick={() => setAll(true)}>
              {t('traject.timeline.earlier', { count: hidden })}
            </button>
          )}
          <ol className="timeline" start={hidden + 1} ref={listRef}>
            {shown.map((round) => (
              <TimelineRound
                key={round.id}
                to={roundPath(round.id)}
                round={round}
                labels={labels}
                now={now}
                format={format}
                clocks={clocks}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
