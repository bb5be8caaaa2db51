import type { ReactNode } from 'react';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import { DeliveryPanel } from './DeliveryPanel';
import { DraftReply, type DraftReplyProps } from './DraftReply';
import { ReplyPdfButton } from '../export/ReplyPdfButton';
import { ReplyPaneFrame } from './ReplyPaneFrame';
import { SentReply } from './SentReply';

interface ReplyPaneProps extends DraftReplyProps {
  justSent: boolean;
  catalogue: Catalogue;
  /** A way to the client was taken and recorded. */
  onDelivered: () => void;
  /** In the pane's bar, beside its heading (marking the round answered outside the studio). */
  barActions?: ReactNode;
}

/** The right pane: the reply being written, or — once sent — the reply as it stands in the dossier. */
export function ReplyPane({ round, catalogue, onDelivered, barActions, ...props }: ReplyPaneProps) {
  return (
    <ReplyPaneFrame actions={barActions}>
      {round.reply ? (
        <SentReply
          reply={round.reply}
          labels={props.labels}
          language={props.language}
          justSent={props.justSent}
          pdf={<ReplyPdfButton trajectId={props.trajectId} roundId={round.id} />}
          delivery={
            <DeliveryPanel
              trajectId={props.trajectId}
              roundId={round.id}
              reply={round.reply}
              context={props.message}
              catalogue={catalogue}
              onHeadings={props.onHeadings}
              onDelivered={onDelivered}
            />
          }
        />
      ) : (
        <DraftReply round={round} {...props} />
      )}
    </ReplyPaneFrame>
  );
}
