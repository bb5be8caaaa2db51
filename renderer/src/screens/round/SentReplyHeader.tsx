import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../../shared/domain/dossier';
import type { PassieKey } from '../../../../shared/domain/passie';
import { useDateFormat } from '../../app/format-date';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { CheckCircleIcon } from '../../components/icons';
import { CopyAsEmailButton } from './CopyAsEmailButton';

interface SentReplyHeaderProps {
  reply: NonNullable<RoundView['reply']>;
  labels: Record<PassieKey, string>;
  /** Just sent in this visit: the confirmation is said, not only shown. */
  justSent?: boolean;
  /** "PDF van deze reactie", beside copying it as an e-mail. */
  pdf?: ReactNode;
}

/**
 * What stands above a sent reply, however it is shown: sent on which date, locked in the dossier, and copying it
 * into an e-mail. Carries no editor, so the archive's read-only view shows it without loading one.
 */
export function SentReplyHeader({ reply, labels, justSent = false, pdf }: SentReplyHeaderProps) {
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
      <div className="sent-reply__actions">
        <CopyAsEmailButton blocks={reply.blocks} labels={labels} />
        {pdf}
      </div>
    </>
  );
}
