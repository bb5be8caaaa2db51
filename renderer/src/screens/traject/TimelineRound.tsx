import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../../shared/domain/dossier';
import type { DateFormat } from '../../app/format-date';
import { Link } from '../../app/router';
import { ClockState } from '../../components/ClockState';
import { roundClock, timeLeftWords } from '../../components/clock-words';
import { ArrowRightIcon, CheckCircleIcon } from '../../components/icons';
import type { QuestionLabel } from './question-labels';

/** A round shows the first few of its answers by question; the rest are counted. */
const ANSWERS_NAMED = 3;

interface TimelineRoundProps {
  /** Where "Openen" goes: the round's split view (or, in the archive, its read-only view). */
  to: string;
  round: RoundView;
  labels: Map<string, QuestionLabel>;
  now: number;
  format: DateFormat;
  /** False in an archived dossier: its response clock stopped when the traject was closed. */
  clocks?: boolean;
}

/**
 * One round on the traject's timeline, as the dossier tells it: received, due or replied, what it answered, and
 * the way into the split view.
 */
export const TimelineRound = memo(function TimelineRound({
  to,
  round,
  labels,
  now,
  format,
  clocks = true,
}: TimelineRoundProps) {
  const { t } = useTranslation();
  const clock = round.reply || round.answeredOutside || !clocks ? undefined : roundClock(round, now);
  const state = clock ? clock.state : round.reply ? 'replied' : round.answeredOutside ? 'outside' : 'unanswered';
  const titles = round.answers.map(
    (answer) =>
      answer.title ??
      (answer.questionId
        ? (labels.get(answer.questionId)?.text ?? t('traject.timeline.unknownQuestion', { id: answer.questionId }))
        : ''),
  );
  const more = titles.length - ANSWERS_NAMED;

  return (
    <li className={`timeline-round timeline-round--${state}`} data-round-id={round.id}>
      <div className="timeline-round__head">
        <h4 className="timeline-round__title">{t('traject.timeline.round', { number: round.number })}</h4>
        {clock && <ClockState state={clock.state} />}
        {state === 'replied' && (
          <span className="clock-state clock-state--replied">
            <CheckCircleIcon />
            <span>{t('traject.timeline.replied')}</span>
          </span>
        )}
        {state === 'outside' && (
          <span className="clock-state clock-state--replied">
            <CheckCircleIcon />
            <span>{t('traject.timeline.answeredOutside')}</span>
          </span>
        )}
        {state === 'unanswered' && (
          <span className="clock-state clock-state--unanswered">{t('traject.timeline.unanswered')}</span>
        )}
        <Link
          to={to}
          className="button button--secondary timeline-round__open"
          aria-label={t('traject.timeline.openLabel', { number: round.number })}
        >
          <span>{t('traject.timeline.open')}</span>
          <ArrowRightIcon />
        </Link>
      </div>
      <dl className="timeline-round__facts">
        <div>
          <dt>{t('traject.timeline.received')}</dt>
          <dd>
            <time dateTime={round.receivedAt}>{format.dateTime(round.receivedAt)}</time>
          </dd>
        </div>
        {round.reply ? (
          <div>
            <dt>{t('traject.timeline.replied')}</dt>
            <dd>
              <time dateTime={round.reply.sentAt}>{format.dateTime(round.reply.sentAt)}</time>
            </dd>
          </div>
        ) : (
          <div>
            <dt>{t('traject.timeline.due')}</dt>
            <dd>
              <time dateTime={round.dueAt}>{format.dateTime(round.dueAt)}</time>
              {clock && <strong className="timeline-round__left"> · {timeLeftWords(t, clock.minutes)}</strong>}
            </dd>
          </div>
        )}
        {round.reply?.deliveries?.map((delivery) => (
          <div key={`${delivery.at}-${delivery.method}`}>
            <dt>{t('traject.timeline.delivered')}</dt>
            <dd>
              {t(`round.deliver.methods.${delivery.method}`)} ·{' '}
              <time dateTime={delivery.at}>{format.dateTime(delivery.at)}</time>
            </dd>
          </div>
        ))}
      </dl>
      {!round.reply && round.draft && (
        <p className="timeline-round__draft">
          {t('traject.timeline.draft', { date: format.dateTime(round.draft.updatedAt) })}
        </p>
      )}
      <div className="timeline-round__answers">
        <p className="timeline-round__count">{t('traject.timeline.answers', { count: round.answers.length })}</p>
        <ul>
          {titles.slice(0, ANSWERS_NAMED).map((title, index) => (
            <li key={index}>{title}</li>
          ))}
          {more > 0 && <li className="muted">{t('traject.timeline.moreAnswers', { count: more })}</li>}
        </ul>
      </div>
    </li>
  );
});
