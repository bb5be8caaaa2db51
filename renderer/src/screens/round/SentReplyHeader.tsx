import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../../shared/domain/dossier';
import { useDateFormat } from '../../app/format-date';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { CheckCircleIcon } from '../../components/icons';

interface SentReplyHeaderProps {
  reply: NonNullable<RoundView['reply']>;
  /** Just sent in this visit: the confirmation is said, not only shown. */
  justSent?: boolean;
  /** "PDF van deze reactie". */
  pdf?: ReactNode;
  /** The ways to the client (an active traject's reply); an archived one has none. */
  delivery?: ReactNode;
}

/**
 * What stands above a sent reply, however it is shown: finished on which date, locked in the dossier, its PDF and
 * the ways to the client. Carries no editor, so the archive's read-only view shows it without loading one.
 */
export function SentReplyHeader({ reply, justSent = false, pdf, delivery }: SentReplyHeaderProps) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const titleRef = useRef<HTMLParagraphElement>(null);
  // Just sent: the reading position moves to the confirmation (and the pane scrolls up to it).
  useFocusOnMount(titleRef, justSent);
  return (
    <>
      <div className="sent-reply__banner" role={justSent ? 'status' : undefined}>
        <CheckCircleIcon />
        <div>
          <p className="sent-reply__title" ref={titleRef} tabIndex={-1}>
            {justSent
              ? t('round.send.done')
              : t('round.answers.earlierReplySent', { date: dates.dateTime(reply.sentAt) })}
          </p>
          <p className="sent-reply__note">
            {justSent && `${t('round.answers.earlierReplySent', { date: dates.dateTime(reply.sentAt) })} · `}
            {t('round.reply.readOnly')}
          </p>
        </div>
      </div>
      {pdf && <div className="sent-reply__actions">{pdf}</div>}
      {delivery}
    </>
  );
}
