import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../../shared/api/errors';
import type { ClientFields } from '../../../../shared/domain/client';
import { useCheckedForm } from '../../app/use-checked-form';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { languages, type Language } from '../../i18n/language';
import { checkClientForm, type ClientFieldName, type ClientFormValues } from './client-form';

/** Each language named in itself, as the language switch does. */
const endonyms: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

interface ClientFormProps {
  title: string;
  submitLabel: string;
  initial: ClientFormValues;
  /** Sends the checked fields to the studio; the form stays open (with the shared sentence) when that fails. */
  onSubmit: (fields: ClientFields) => Promise<ApiResult<unknown>>;
  onCancel: () => void;
}

/** Name, e-mail, phone and notes of a client: for adding one, and for editing one. */
export function ClientForm({ title, submitLabel, initial, onSubmit, onCancel }: ClientFormProps) {
  const { t } = useTranslation();
  const { values, errors, failure, busy, formRef, firstFieldRef, set, submit } = useCheckedForm({
    initial,
    check: checkClientForm,
    onSubmit,
  });
  const titleId = useId();
  const languageId = useId();
  const languageHintId = useId();

  const error = (name: ClientFieldName) => {
    const code = errors[name];
    return code ? t(`clients.form.errors.${code}`) : undefined;
  };

  return (
    <form ref={formRef} className="form inline-form" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h3 className="inline-form__title" id={titleId}>
        {title}
      </h3>
      <TextField
        label={t('clients.form.name')}
        value={values.name}
        onChange={set('name')}
        error={error('name')}
        autoComplete="off"
        maxLength={400}
        fieldRef={firstFieldRef}
      />
      <div className="form__row">
        <TextField
          label={t('clients.form.salutation')}
          optionalLabel={t('clients.form.optional')}
          hint={t('clients.form.salutationHint')}
          value={values.salutation}
          onChange={set('salutation')}
          error={error('salutation')}
          autoComplete="off"
          maxLength={200}
        />
        <div className="field">
          <label className="field__label" htmlFor={languageId}>
            {t('clients.form.language')}
          </label>
          <p className="field__hint" id={languageHintId}>
            {t('clients.form.languageHint')}
          </p>
          <select
            id={languageId}
            className="field__input"
            aria-describedby={languageHintId}
            value={values.language}
            onChange={(event) => set('language')(event.target.value as Language)}
          >
            {languages.map((language) => (
              <option key={language} value={language} lang={language}>
                {endonyms[language]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form__row">
        <TextField
          label={t('clients.form.email')}
          optionalLabel={t('clients.form.optional')}
          type="email"
          value={values.email}
          onChange={set('email')}
          error={error('email')}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          label={t('clients.form.phone')}
          optionalLabel={t('clients.form.optional')}
          type="tel"
          value={values.phone}
          onChange={set('phone')}
          error={error('phone')}
          autoComplete="off"
        />
      </div>
      <TextField
        label={t('clients.form.notes')}
        optionalLabel={t('clients.form.optional')}
        hint={t('clients.form.notesHint')}
        multiline
        rows={3}
        value={values.notes}
        onChange={set('notes')}
        error={error('notes')}
      />
      {failure && <ErrorAlert code={failure.code} />}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('clients.form.busy') : submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
          {t('clients.form.cancel')}
        </button>
      </div>
    </form>
  );
}
