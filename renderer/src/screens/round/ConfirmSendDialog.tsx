import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassieKey } from '../../../../shared/domain/passie';
import { AlertIcon } from '../../components/icons';
import { blockName } from './block-name';
import { Dialog } from '../../components/Dialog';

interface ConfirmSendDialogProps {
  client: string;
  /** Blocks other than the two P's that are still empty: listed, and the button says "toch versturen". */
  empty: readonly PassieKey[];
  labels: Record<PassieKey, string>;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The last question before a reply is locked for good in the dossier. "Annuleren" has the focus: nothing by accident. */
export function ConfirmSendDialog({ client, empty, labels, busy, onConfirm, onCancel }: ConfirmSendDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog titleId={titleId} describedBy={bodyId} onClose={onCancel} initialFocus={cancelRef} className="send-dialog">
      <h2 className="dialog__title" id={titleId}>
        {t('round.send.dialogTitle')}
      </h2>
      <div id={bodyId}>
        {empty.length > 0 && (
          <div className="dialog__warning">
            <AlertIcon />
            <div>
              <p>{t('round.send.emptyWarning')}</p>
              <ul>
                {empty.map((key) => (
                  <li key={key}>{blockName(key, labels)}</li>
                ))}
              </ul>
            </div>
          </div>
        )}
        <p className="dialog__body">{t('round.send.dialogBody', { client })}</p>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={busy}>
          {busy ? t('round.send.busy') : empty.length > 0 ? t('round.send.confirmAnyway') : t('round.send.confirm')}
        </button>
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          {t('round.send.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
