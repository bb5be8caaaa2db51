import { useTranslation } from 'react-i18next';
import type { ClientFields } from '../../../../shared/domain/client';
import { navigate, paths } from '../../app/router';
import { useStudio } from '../../app/studio-context';
import { ClientForm } from './ClientForm';
import { useLanguage } from '../../i18n/use-language';
import { clientFormValues } from './client-form';

/** Adds a client, then opens their screen: starting their first traject is what comes next. */
export function NewClientForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const coachLanguage = useLanguage();
  const add = async (fields: ClientFields) => {
    const result = await studio.client.add(fields);
    if (result.ok) navigate(paths.client(result.value.id));
    return result;
  };
  return (
    <ClientForm
      title={t('clients.add.title')}
      submitLabel={t('clients.add.submit')}
      initial={clientFormValues({}, coachLanguage)}
      onSubmit={add}
      onCancel={onCancel}
    />
  );
}
