import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassieKey } from '../../../../shared/domain/passie';
import type { RoundView } from '../../../../shared/domain/dossier';
import { useDateFormat } from '../../app/format-date';
import { ReplyBlocksText } from './ReplyBlocksText';

/** The reply sent in an earlier round, block by block, read-only: context for the reply being written now. */
export function EarlierReply({ round, labels }: { round: RoundView; labels: Record<PassieKey, string> }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const id = useId();
  const reply = round.reply;
  return (
    <section className="earlier-reply" aria-labelledby={id}>
      <h4 className="earlier-reply__title" id={id}>
        {t('round.answers.earlierReply', { number: round.number })}
      </h4>
      {!reply && <p className="earlier-reply__none">{t('round.answers.noEarlierReply')}</p>}
      {reply && (
        <>
          <p className="earlier-reply__date">
            {t('round.answers.earlierReplySent', { date: dates.dateTime(reply.sentAt) })}
          </p>
          <ReplyBlocksText blocks={reply.blocks} labels={labels} />
        </>
      )}
    </section>
  );
}
