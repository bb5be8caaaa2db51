import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../../shared/domain/dossier';
import type { PassieKey, ReplyBlocks } from '../../../../shared/domain/passie';
import { useDateFormat } from '../../app/format-date';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { CheckCircleIcon } from '../../components/icons';
import { PassieEditor, type EditorLanguage } from '../../editor';
import { CopyAsEmailButton } from './CopyAsEmailButton';

interface SentReplyProps {
  reply: NonNullable<RoundView['reply']>;
  labels: Record<PassieKey, string>;
  language: EditorLanguage;
  /** Just sent in this visit: the confirmation is said, not only shown. */
  justSent: boolean;
  /** "PDF van deze reactie", beside copying it as an e-mail. */
  pdf?: ReactNode;
}

const ignore = (_blocks: ReplyBlocks) => undefined;

/** A sent reply: locked in the dossier, shown read-only with its date, and ready to copy into an e-mail. */
export function SentReply({ reply, labels, language, justSent, pdf }: SentReplyProps) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const titleRef = useRef<HTMLParagraphElement>(null);
  // Just sent: the reading position moves to the confirmation (and the pane scrolls up to it).
  useFocusOnMount(titleRef, justSent);
  return (
    <div className="sent-reply">
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
      <PassieEditor value={reply.blocks} labels={labels} language={language} onChange={ignore} readOnly />
    </div>
  );
}
