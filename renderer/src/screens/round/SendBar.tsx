import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/api/errors';
import { PASSIE_LETTERS, type PassieKey, type ReplyBlocks } from '../../../../shared/domain/passie';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormAlert } from '../../components/FormAlert';
import { ConfirmSendDialog } from './ConfirmSendDialog';
import { checkReply } from './send-rules';

interface SendBarProps {
  client: string;
  labels: Record<PassieKey, string>;
  /** The reply as it stands, read when the coach presses "Versturen". */
  current: () => ReplyBlocks;
  /** Takes the cursor to a block that still needs writing. */
  onGoTo: (key: PassieKey) => void;
  /** Hears every edit of the reply; returns the unsubscribe. */
  subscribeEdits: (listener: (blocks: ReplyBlocks) => void) => () => void;
  /** Sends the saved draft; resolves with the studio's error code, or undefined once sent. */
  send: (allowEmptyBlocks: boolean) => Promise<ErrorCode | 'not_saved' | undefined>;
  /** Shown beside the button: the saving state. */
  status: ReactNode;
  /** Shows the reply as the client's e-mail, before it is finished. */
  preview: () => void;
}

type Problem = { kind: 'missing'; blocks: PassieKey[] } | { kind: 'error'; code: ErrorCode } | { kind: 'notSaved' };

/**
 * "Versturen" with the PASSIE rule in front of it: blocked, with the reason and a way to each empty P, while the
 * opening or closing P is empty; otherwise a confirmation that warns about other empty blocks ("Toch versturen").
 */
export function SendBar({ client, labels, current, onGoTo, subscribeEdits, send, status, preview }: SendBarProps) {
  const { t } = useTranslation();
  const problemId = useId();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirming, setConfirming] = useState<PassieKey[] | null>(null);
  const [busy, setBusy] = useState(false);

  const missing = problem?.kind === 'missing' ? problem.blocks : null;
  // The refusal goes as soon as the coach writes in a block it named: it has done its job, and on a small screen
  // it takes lines from the editor. Pressing the button again brings back whatever is still missing.
  useEffect(() => {
    if (!missing) return undefined;
    return subscribeEdits((blocks) => {
      if (missing.some((key) => !checkReply(blocks).missing.includes(key))) setProblem(null);
    });
  }, [missing, subscribeEdits]);
  const stillMissing = missing ?? [];

  const start = () => {
    const check = checkReply(current());
    if (check.missing.length > 0) {
      setProblem({ kind: 'missing', blocks: check.missing });
      return;
    }
    setProblem(null);
    setConfirming(check.empty);
  };

  const confirm = async () => {
    if (!confirming || busy) return;
    setBusy(true);
    const failed = await send(confirming.length > 0);
    setBusy(false);
    if (failed === undefined) return;
    setConfirming(null);
    setProblem(failed === 'not_saved' ? { kind: 'notSaved' } : { kind: 'error', code: failed });
  };

  // The reason sits above the button, the button on the bottom row: when the reason goes, the button stays put
  // (the bar is pinned to the bottom of the pane), so a click is never pulled from under the pointer.
  return (
    <div className="send-bar">
      {stillMissing.length > 0 && (
        <div className="send-bar__problem" id={problemId}>
          <FormAlert>{t('errors.reply_needs_positive')}</FormAlert>
          <p className="send-bar__missing">{t('round.send.blockedMissing')}</p>
          <ul className="send-bar__blocks">
            {stillMissing.map((key) => (
              <li key={key}>
                <button type="button" className="link-button" onClick={() => onGoTo(key)}>
                  {t('round.send.goToBlock', { letter: PASSIE_LETTERS[key], label: labels[key] })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {problem?.kind === 'error' && <ErrorAlert id={problemId} code={problem.code} />}
      {problem?.kind === 'notSaved' && <FormAlert id={problemId}>{t('round.send.saveFirst')}</FormAlert>}
      <div className="send-bar__row">
        {status}
        <button type="button" className="button button--secondary send-bar__preview" onClick={preview}>
          {t('round.preview.button')}
        </button>
        <button
          type="button"
          className="button button--primary send-bar__send"
          onClick={start}
          aria-describedby={problem && (problem.kind !== 'missing' || stillMissing.length > 0) ? problemId : undefined}
        >
          {t('round.send.button')}
        </button>
      </div>
      {confirming && (
        <ConfirmSendDialog
          client={client}
          empty={confirming}
          labels={labels}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => {
            if (!busy) setConfirming(null);
          }}
        />
      )}
    </div>
  );
}
