import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormAlert } from '../../components/FormAlert';
import { CheckIcon } from '../../components/icons';
import type { SectionStatus } from './use-section-save';

interface SettingsCardProps {
  title: string;
  intro?: string;
  status: SectionStatus;
  onSave: () => void;
  /** The save button's text, when "Opslaan" is not enough ("Catalogus opslaan"). */
  saveLabel?: string;
  /** Below the save button: things that act on their own (an import). */
  after?: ReactNode;
  children: ReactNode;
}

/** One part of the settings: a form of its own, saved on its own, with its outcome said right beside the button. */
export function SettingsCard({ title, intro, status, onSave, saveLabel, after, children }: SettingsCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (status.kind !== 'saving') onSave();
  };
  return (
    <section className="card page-section settings-card" aria-labelledby={titleId}>
      <h3 className="section-title" id={titleId}>
        {title}
      </h3>
      {intro && <p className="section-intro settings-card__intro">{intro}</p>}
      <form className="form settings-card__form" onSubmit={submit} noValidate aria-busy={status.kind === 'saving'}>
        {children}
        <div className="settings-card__actions">
          <button type="submit" className="button button--primary" disabled={status.kind === 'saving'}>
            {status.kind === 'saving' ? t('settings.saving') : (saveLabel ?? t('settings.save'))}
          </button>
          <div className="settings-card__outcome" role="status">
            {status.kind === 'saved' && (
              <span className="settings-card__saved">
                <CheckIcon />
                {t('settings.saved')}
              </span>
            )}
          </div>
        </div>
        {status.kind === 'invalid' && <FormAlert>{t('settings.fixFields')}</FormAlert>}
        {status.kind === 'failed' && <ErrorAlert code={status.code} />}
      </form>
      {after}
    </section>
  );
}
