import { useTranslation } from 'react-i18next';

/** Block headings in the e-mail or not: the coach's stored choice, changed here for every e-mail from now on. */
export function HeadingsToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <label className="checkbox email-headings">
      <input type="checkbox" checked={on} onChange={(event) => onChange(event.target.checked)} />
      <span>{t('round.email.headings')}</span>
    </label>
  );
}
