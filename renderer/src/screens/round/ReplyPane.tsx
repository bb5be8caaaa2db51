import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftReply, type DraftReplyProps } from './DraftReply';
import { ReplyPdfButton } from '../export/ReplyPdfButton';
import { SentReply } from './SentReply';

interface ReplyPaneProps extends DraftReplyProps {
  justSent: boolean;
}

/** The right pane: the reply being written, or — once sent — the reply as it stands in the dossier. */
export function ReplyPane({ round, ...props }: ReplyPaneProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="reply-pane" aria-labelledby={titleId}>
      <div className="pane-bar">
        <h3 className="pane-bar__title" id={titleId}>
          {t('round.reply.heading')}
        </h3>
      </div>
      <div className="reply-pane__scroll">
        {round.reply ? (
          <SentReply
            reply={round.reply}
            labels={props.labels}
            language={props.language}
            justSent={props.justSent}
            pdf={<ReplyPdfButton trajectId={props.trajectId} roundId={round.id} />}
          />
        ) : (
          <DraftReply round={round} {...props} />
        )}
      </div>
    </section>
  );
}
