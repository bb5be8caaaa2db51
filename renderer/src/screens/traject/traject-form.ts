export interface TrajectFormValues {
  title: string;
  goal: string;
}

export type TrajectFormErrors = Partial<{ title: 'titleEmpty' | 'titleTooLong'; goal: 'goalTooLong' }>;

// The limits of the shared TrajectFieldsSchema, checked first so the coach reads which field and why.
const MAX_TITLE = 200;
const MAX_GOAL = 5_000;

export function checkTrajectForm(
  values: TrajectFormValues,
): { ok: true; fields: { title: string; goal: string } } | { ok: false; errors: TrajectFormErrors } {
  const title = values.title.trim();
  const goal = values.goal.trim();
  const errors: TrajectFormErrors = {};
  if (title === '') errors.title = 'titleEmpty';
  else if (title.length > MAX_TITLE) errors.title = 'titleTooLong';
  if (goal.length > MAX_GOAL) errors.goal = 'goalTooLong';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, fields: { title, goal } };
}
