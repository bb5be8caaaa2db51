import { DraftReply, type DraftReplyProps } from './DraftReply';
import { ReplyPdfButton } from '../export/ReplyPdfButton';
import { ReplyPaneFrame } from './ReplyPaneFrame';
import { SentReply } from './SentReply';

interface ReplyPaneProps extends DraftReplyProps {
  justSent: boolean;
}

/** The right pane: the reply being written, or — once sent — the reply as it stands in the dossier. */
export function ReplyPane({ round, ...props }: ReplyPaneProps) {
  return (
    <ReplyPaneFrame>
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
    </ReplyPaneFrame>
  );
}
