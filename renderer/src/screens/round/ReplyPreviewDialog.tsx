import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyBlocks } from '../../../../shared/domain/passie';
import { mailtoLink } from '../../../../shared/email/reply-message';
import { Dialog } from '../../components/Dialog';
import { copyReply, type CopyOutcome } from './copy-reply';
import { CopyOutcomeText } from './CopyOutcomeText';
import { EmailMessageView } from './EmailMessageView';
import { HeadingsToggle } from './HeadingsToggle';
import { openMailto } from './mail-out';
import { messageOf, type MessageContext } from './reply-message-context';

interface ReplyPreviewDialogProps {
  blocks: ReplyBlocks;
  context: MessageContext;
  onHeadings: (on: boolean) => void;
  onClose: () => void;
}

/**
 * The reply before it is finished, as the client will get it: greeting, the blocks as one letter, sign-off and
 * signature, in the client's language. It can be copied or opened as a draft already (nothing is recorded: the
 * reply is not in the dossier yet).
 */
export function ReplyPreviewDialog({ blocks, context, onHeadings, onClose }: ReplyPreviewDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const introId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const [copied, setCopied] = useState<CopyOutcome | null>(null);
  const message = messageOf(blocks, context);

  return (
    <Dialog
      titleId={titleId}
      describedBy={introId}
      onClose={onClose}
      initialFocus={closeRef}
      className="preview-dialog"
    >
      <h2 className="dialog__title" id={titleId}>
        {t('round.preview.title', { client: context.client.name })}
      </h2>
      <p className="dialog__body" id={introId}>
        {t('round.preview.intro')}
      </p>
      <HeadingsToggle on={context.email.headings} onChange={onHeadings} />
      <EmailMessageView message={message} language={context.language} />
      <CopyOutcomeText outcome={copied} />
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void copyReply(message).then(setCopied)}
        >
          {t('round.preview.copy')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const link = mailtoLink(message);
            // Too long for a link: the text goes on the clipboard first, to paste into the new message.
            void (link.withBody ? Promise.resolve() : copyReply(message).then(setCopied)).then(() =>
              openMailto(link.href),
            );
          }}
        >
          {t('round.preview.mailto')}
        </button>
        <button ref={closeRef} type="button" className="button button--primary" onClick={onClose}>
          {t('round.preview.close')}
        </button>
      </div>
    </Dialog>
  );
}
