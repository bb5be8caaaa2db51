import { useTranslation } from 'react-i18next';
import { AlertIcon, CheckIcon } from '../../components/icons';
import type { SaveStatus as Status } from './use-draft-autosave';

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/**
 * The quiet line beside the send button: "Opgeslagen om 14:32", "Bezig met opslaan…". It is not announced on every
 * save (that would interrupt a screen reader at each pause in typing); a failure is, with the reason and a retry.
 */
export function SaveStatus({ status, onRetry }: { status: Status; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'nl-NL';

  if (status.kind === 'failed') {
    return (
      <div className="save-status save-status--failed" role="alert">
        <AlertIcon />
        <span>{t('round.save.failed', { reason: t(`errors.${status.code}`) })}</span>
        <button type="button" className="link-button" onClick={onRetry}>
          {t('round.save.retry')}
        </button>
      </div>
    );
  }
  let text = '';
  if (status.kind === 'saving') text = t('round.save.saving');
  if (status.kind === 'saved') {
    const at = new Date(status.at);
    text = sameDay(at, new Date())
      ? t('round.save.savedAt', { time: at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }) })
      : t('round.save.savedOn', { date: at.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) });
  }
  return (
    <p className={`save-status save-status--${status.kind}`} data-save-status={status.kind}>
      {status.kind === 'saved' && <CheckIcon />}
      <span>{text}</span>
    </p>
  );
}
