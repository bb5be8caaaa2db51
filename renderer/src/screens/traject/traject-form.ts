import { localDayStart } from '../../../../shared/domain/local-day';

export interface TrajectFormValues {
  title: string;
  goal: string;
  /** The day the traject began, as a date field speaks it ("2024-03-01"); empty when starting one today. */
  startedOn: string;
}

export interface TrajectFormFields {
  title: string;
  goal: string;
  startedAt?: string;
}

export type TrajectFormErrors = Partial<{
  title: 'titleEmpty' | 'titleTooLong';
  goal: 'goalTooLong';
  startedOn: 'startedInvalid' | 'startedFuture';
}>;

// The limits of the shared TrajectFieldsSchema, checked first so the coach reads which field and why.
const MAX_TITLE = 200;
const MAX_GOAL = 5_000;

export function checkTrajectForm(
  values: TrajectFormValues,
  now = Date.now(),
): { ok: true; fields: TrajectFormFields } | { ok: false; errors: TrajectFormErrors } {
  const title = values.title.trim();
  const goal = values.goal.trim();
  const errors: TrajectFormErrors = {};
  if (title === '') errors.title = 'titleEmpty';
  else if (title.length > MAX_TITLE) errors.title = 'titleTooLong';
  if (goal.length > MAX_GOAL) errors.goal = 'goalTooLong';
  const startedAt = values.startedOn === '' ? undefined : localDayStart(values.startedOn);
  if (values.startedOn !== '' && !startedAt) errors.startedOn = 'startedInvalid';
  else if (startedAt && Date.parse(startedAt) > now) errors.startedOn = 'startedFuture';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, fields: { title, goal, ...(startedAt ? { startedAt } : {}) } };
}
