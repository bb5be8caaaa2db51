import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../app/format-date';

/**
 * "al gesteld op 3 nov. 2025" beside a question the client answered before: inside the question's label, so a
 * screen reader reads it with the question, and set apart in the coach's language.
 */
export function AskedMark({ at }: { at: string | undefined }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  if (!at) return null;
  return (
    <>
      {' '}
      <span className="asked-mark">{t('traject.addRound.askedOn', { date: dates.date(at) })}</span>
    </>
  );
}
