import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiResult } from '../../../../shared/api/errors';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { ReplyDeliveryMethod, RoundView } from '../../../../shared/domain/dossier';
import type { ExportedFile } from '../../../../shared/domain/export';
import { mailtoLink } from '../../../../shared/email/reply-message';
import { useDateFormat } from '../../app/format-date';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnswerPacketDialog, type ChosenPacket } from '../traject/AnswerPacketDialog';
import { copyReply, type CopyOutcome } from './copy-reply';
import { CopyOutcomeText } from './CopyOutcomeText';
import { EmailMessageView } from './EmailMessageView';
import { HeadingsToggle } from './HeadingsToggle';
import { handOverDraft, openMailto } from './mail-out';
import { messageOf, type MessageContext } from './reply-message-context';

interface DeliveryPanelProps {
  trajectId: string;
  roundId: string;
  reply: NonNullable<RoundView['reply']>;
  context: MessageContext;
  catalogue: Catalogue;
  onHeadings: (on: boolean) => void;
  /** A way out was taken and recorded in the dossier: the round is read again to show it. */
  onDelivered: () => void;
}

type Said =
  | { kind: 'copied'; outcome: CopyOutcome }
  | { kind: 'mailto'; copied: boolean; opened: boolean }
  | { kind: 'draft'; outcome: 'opened' | 'downloaded' | 'failed' }
  | { kind: 'error'; error: ApiError };

/**
 * "Naar de cliënt": the finished reply leaves the studio in one of three ways — formatted on the clipboard, as a
 * mailto: link to the mail program, or as an .eml draft with the signed PDF (and perhaps the next answer packet)
 * that opens as a new message — and each time it does, the dossier records when and how.
 */
export function DeliveryPanel({
  trajectId,
  roundId,
  reply,
  context,
  catalogue,
  onHeadings,
  onDelivered,
}: DeliveryPanelProps) {
  const { t } = useTranslation();
  const studio = useStudio();
  const dates = useDateFormat();
  const titleId = useId();
  const [said, setSaid] = useState<Said | null>(null);
  const [busy, setBusy] = useState(false);
  const [withPacket, setWithPacket] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const message = messageOf(reply.blocks, context);

  const record = async (method: Exclude<ReplyDeliveryMethod, 'draft'>) => {
    const result = await studio.reply.recordDelivery({ trajectId, roundId, method });
    if (result.ok) onDelivered();
    else setSaid({ kind: 'error', error: result.error });
  };

  const copy = async () => {
    const outcome = await copyReply(message);
    setSaid({ kind: 'copied', outcome });
    if (outcome !== 'failed') await record('copied');
  };

  const mailto = async () => {
    const link = mailtoLink(message);
    // Too long for a link: the text goes on the clipboard first, to paste into the new message.
    const copied = !link.withBody && (await copyReply(message)) !== 'failed';
    const opened = await openMailto(link.href);
    setSaid({ kind: 'mailto', copied, opened });
    if (opened) await record('mailto');
  };

  const draft = async (packet?: ChosenPacket): Promise<ApiResult<ExportedFile>> => {
    setBusy(true);
    setSaid(null);
    const result = await studio.reply.emailDraft({
      trajectId,
      roundId,
      ...(packet ? { packet: { questions: packet.questions, ...(packet.note ? { note: packet.note } : {}) } } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setSaid({ kind: 'error', error: result.error });
      return result;
    }
    setSaid({ kind: 'draft', outcome: await handOverDraft(result.value) });
    // The studio recorded the draft when it made it.
    onDelivered();
    return result;
  };

  return (
    <section className="delivery" aria-labelledby={titleId}>
      <h3 className="delivery__title" id={titleId}>
        {t('round.deliver.title', { client: context.client.name })}
      </h3>
      <p className="delivery__intro">{t('round.deliver.intro')}</p>
      <HeadingsToggle on={context.email.headings} onChange={onHeadings} />
      <details className="delivery__preview">
        <summary>{t('round.preview.button')}</summary>
        <EmailMessageView message={message} language={context.language} />
      </details>
      <div className="delivery__actions">
        <button type="button" className="button button--primary" onClick={() => void copy()} disabled={busy}>
          {t('round.deliver.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void mailto()} disabled={busy}>
          {t('round.deliver.mailto')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => (withPacket ? setChoosing(true) : void draft())}
        >
          {busy ? t('round.deliver.draftBusy') : t('round.deliver.draft')}
        </button>
        <label className="checkbox">
          <input type="checkbox" checked={withPacket} onChange={(event) => setWithPacket(event.target.checked)} />
          <span>{t('round.deliver.withPacket')}</span>
        </label>
      </div>
      {/* Copying says its outcome in its own live region; the other ways in this one (never one inside another). */}
      {said?.kind === 'copied' && <CopyOutcomeText outcome={said.outcome} />}
      <div role="status" className="delivery__outcome">
        {said?.kind === 'mailto' &&
          (said.opened
            ? said.copied
              ? t('round.deliver.mailtoCopied')
              : t('round.deliver.mailtoOpened')
            : t('round.deliver.mailtoFailed'))}
        {said?.kind === 'draft' &&
          (said.outcome === 'opened'
            ? t('round.deliver.draftOpened')
            : said.outcome === 'downloaded'
              ? t('round.deliver.draftDownloaded')
              : t('round.deliver.draftFailed'))}
      </div>
      {said?.kind === 'error' && <ErrorAlert code={said.error.code} params={said.error.params} />}
      {reply.deliveries && reply.deliveries.length > 0 && (
        <div className="delivery__history">
          <h4 className="delivery__history-title">{t('round.deliver.history')}</h4>
          <ul>
            {reply.deliveries.map((delivery) => (
              <li key={`${delivery.at}-${delivery.method}`}>
                {t('round.deliver.entry', {
                  method: t(`round.deliver.methods.${delivery.method}`),
                  date: dates.dateTime(delivery.at),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {choosing && (
        <AnswerPacketDialog
          trajectId={trajectId}
          catalogue={catalogue}
          language={context.language}
          withReply
          make={draft}
          onClose={() => setChoosing(false)}
          onMade={() => setChoosing(false)}
        />
      )}
    </section>
  );
}
