import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierView, RoundView } from '../../../../shared/domain/dossier';
import { timeLeft } from '../../../../shared/domain/response-clock';
import { useDateFormat } from '../../app/format-date';
import { paths } from '../../app/router';
import { useNow } from '../../app/use-now';
import { Breadcrumbs, type Crumb } from '../../components/Breadcrumbs';
import { ClockState } from '../../components/ClockState';
import { timeLeftWords } from '../../components/clock-words';

interface RoundHeaderProps {
  dossier: DossierView;
  round: RoundView;
  headingRef: Ref<HTMLHeadingElement>;
  /** Where the round sits, when not in the active traject (an archived dossier): the crumbs before the round. */
  trail?: Crumb[];
  /** False in an archived dossier: its response clock stopped when the traject was closed. */
  clock?: boolean;
}

/** Whose round this is and where it stands: client, traject, round number, received, and the response clock. */
export function RoundHeader({ dossier, round, headingRef, trail, clock: showClock = true }: RoundHeaderProps) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const now = useNow();
  const clock = timeLeft(round.dueAt, now);

  return (
    <div className="round-header">
      <Breadcrumbs
        crumbs={[
          ...(trail ?? [
            { label: t('nav.dashboard'), to: paths.dashboard() },
            { label: dossier.client.name, to: paths.client(dossier.client.id) },
            { label: dossier.traject.title, to: paths.traject(dossier.traject.id) },
          ]),
          { label: t('round.title', { number: round.number }) },
        ]}
      />
      <div className="round-header__main">
        <h2 className="round-header__title" ref={headingRef} tabIndex={-1}>
          <span>{t('round.title', { number: round.number })}</span>
          <span className="round-header__client"> · {dossier.client.name}</span>
        </h2>
        <dl className="round-facts">
          <div className="round-facts__item">
            <dt>{t('round.received')}</dt>
            <dd>{dates.dateTime(round.receivedAt)}</dd>
          </div>
          {round.reply ? (
            <div className="round-facts__item">
              <dt>{t('round.sentOn')}</dt>
              <dd>{dates.dateTime(round.reply.sentAt)}</dd>
            </div>
          ) : round.answeredOutside ? (
            <div className="round-facts__item">
              <dt>{t('round.outside.fact')}</dt>
              <dd>{t('round.outside.marked', { date: dates.date(round.answeredOutside.at) })}</dd>
            </div>
          ) : (
            <div className="round-facts__item">
              <dt>{t('round.due')}</dt>
              <dd>
                {dates.dateTime(round.dueAt)}
                {showClock && (
                  <span className="round-facts__clock">
                    <ClockState state={clock.state} />
                    <span className="round-facts__left">{timeLeftWords(t, clock.minutes)}</span>
                  </span>
                )}
              </dd>
            </div>
          )}
        </dl>
      </div>
    </div>
  );
}
