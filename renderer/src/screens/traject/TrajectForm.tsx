import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../../shared/api/errors';
import { useCheckedForm } from '../../app/use-checked-form';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { checkTrajectForm, type TrajectFormFields, type TrajectFormValues } from './traject-form';

interface TrajectFormProps {
  title: string;
  submitLabel: string;
  initial: TrajectFormValues;
  /** Hints under the labels: worth giving when a traject starts, not when its title is corrected. */
  hints?: { title: string; goal: string };
  onSubmit: (fields: TrajectFormFields) => Promise<ApiResult<unknown>>;
  onCancel: () => void;
}

/** The title, goal and start date of a traject: for starting one, and for editing them later. */
export function TrajectForm({ title, submitLabel, initial, hints, onSubmit, onCancel }: TrajectFormProps) {
  const { t } = useTranslation();
  const { values, errors, failure, busy, formRef, firstFieldRef, set, submit } = useCheckedForm({
    initial,
    check: checkTrajectForm,
    onSubmit,
  });
  const titleId = useId();

  return (
    <form ref={formRef} className="form inline-form" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h3 className="inline-form__title" id={titleId}>
        {title}
      </h3>
      <TextField
        label={t('traject.goal.titleLabel')}
        hint={hints?.title}
        value={values.title}
        onChange={set('title')}
        error={errors.title ? t(`traject.goal.errors.${errors.title}`) : undefined}
        autoComplete="off"
        fieldRef={firstFieldRef}
      />
      <TextField
        label={t('traject.goal.goalLabel')}
        hint={hints?.goal}
        multiline
        rows={3}
        value={values.goal}
        onChange={set('goal')}
        error={errors.goal ? t(`traject.goal.errors.${errors.goal}`) : undefined}
      />
      <TextField
        label={t('traject.goal.startedLabel')}
        hint={t('traject.goal.startedHint')}
        type="date"
        value={values.startedOn}
        onChange={set('startedOn')}
        error={errors.startedOn ? t(`traject.goal.errors.${errors.startedOn}`) : undefined}
      />
      {failure && <ErrorAlert code={failure.code} />}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('traject.goal.busy') : submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
          {t('traject.goal.cancel')}
        </button>
      </div>
    </form>
  );
}
