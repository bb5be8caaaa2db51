import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../../shared/domain/dossier';

interface AnsweredOutsideButtonProps {
  round: RoundView;
  /** Marks the round answered outside the studio, or takes that back; resolves when the dossier has it. */
  onChange: (answeredOutside: boolean) => Promise<void>;
}

/**
 * In the reply pane's bar: "answered outside the studio" for a round that waits (a mail from long ago, a reply
 * by phone), or taking that back. Quiet, and pressed once: it stays disabled while the dossier writes.
 */
export function AnsweredOutsideButton({ round, onChange }: AnsweredOutsideButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const marked = round.answeredOutside !== undefined;
  return (
    <button
      type="button"
      className="button button--quiet button--small"
      title={marked ? undefined : t('round.outside.markHint')}
      aria-busy={busy}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void onChange(!marked).finally(() => setBusy(false));
      }}
    >
      {marked ? t('round.outside.undo') : t('round.outside.mark')}
    </button>
  );
}
