import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassieKey, ReplyBlocks } from '../../../../shared/domain/passie';
import { CheckIcon } from '../../components/icons';
import { copyReply, type CopyOutcome } from './copy-reply';
import { replyBody } from '../../../../shared/email/reply-body';

/** "Kopieer als e-mail": the sent reply on the clipboard, formatted (HTML) and plain, for the coach's mail program. */
export function CopyAsEmailButton({ blocks, labels }: { blocks: ReplyBlocks; labels: Record<PassieKey, string> }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);

  const copy = async () => {
    const email = replyBody(blocks, (key: PassieKey, letter: string) => t('round.copy.heading', { letter, label: labels[key] }));
    setOutcome(await copyReply(email));
  };

  return (
    <div className="copy-email">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('round.copy.button')}
      </button>
      <p className="copy-email__outcome" role="status">
        {outcome === 'rich' && (
          <>
            <CheckIcon />
            {t('round.copy.done')}
          </>
        )}
        {outcome === 'plain' && t('round.copy.plainOnly')}
        {outcome === 'failed' && t('round.copy.failed')}
      </p>
    </div>
  );
}
