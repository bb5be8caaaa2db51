import { useTranslation } from 'react-i18next';
import { clientLanguage, salutationName, type Client, type ClientFields } from '../../../../shared/domain/client';
import { useLanguage } from '../../i18n/use-language';
import { useStudio } from '../../app/studio-context';
import { EditableSection } from '../../components/EditableSection';
import { ClientForm } from './ClientForm';
import { clientFormValues } from './client-form';

/** A client's details, and the form to correct them in place. */
export function ClientDetails({ client, onSaved }: { client: Client; onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const coachLanguage = useLanguage();
  const given = (value: string | undefined) =>
    value ? value : <span className="muted">{t('clients.screen.notGiven')}</span>;

  return (
    <EditableSection
      title={t('clients.screen.details')}
      editLabel={t('clients.edit.open')}
      doneLabel={t('clients.edit.done')}
      save={(fields: ClientFields) => studio.client.update({ id: client.id, fields })}
      onSaved={onSaved}
      form={(props) => (
        <ClientForm
          title={t('clients.edit.title')}
          submitLabel={t('clients.edit.submit')}
          initial={clientFormValues(client, coachLanguage)}
          {...props}
        />
      )}
    >
      <dl className="details">
        <div>
          <dt>{t('clients.form.email')}</dt>
          <dd>{given(client.email)}</dd>
        </div>
        <div>
          <dt>{t('clients.form.phone')}</dt>
          <dd>{given(client.phone)}</dd>
        </div>
        <div>
          <dt>{t('clients.form.salutation')}</dt>
          <dd>{salutationName(client)}</dd>
        </div>
        <div>
          <dt>{t('clients.form.language')}</dt>
          <dd>{t(`clients.languages.${clientLanguage(client, coachLanguage)}`)}</dd>
        </div>
        <div className="details__wide">
          <dt>{t('clients.form.notes')}</dt>
          <dd className="details__notes">{given(client.notes)}</dd>
        </div>
      </dl>
    </EditableSection>
  );
}
