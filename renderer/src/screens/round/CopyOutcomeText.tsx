import { useTranslation } from 'react-i18next';
import { CheckIcon } from '../../components/icons';
import type { CopyOutcome } from './copy-reply';

/** What copying did, said where the coach looks (a live region). */
export function CopyOutcomeText({ outcome }: { outcome: CopyOutcome | null }) {
  const { t } = useTranslation();
  return (
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
  );
}
