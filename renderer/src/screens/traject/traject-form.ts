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

/** A `<input type="date">` value as the start of that day on this computer; undefined when it is no real date. */
export function fromDateInput(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return year >= 1970 && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** The local day of an instant, as a date field wants it. */
export function toDateInput(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

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
  const started = values.startedOn === '' ? undefined : fromDateInput(values.startedOn);
  if (values.startedOn !== '' && !started) errors.startedOn = 'startedInvalid';
  else if (started && started.getTime() > now) errors.startedOn = 'startedFuture';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, fields: { title, goal, ...(started ? { startedAt: started.toISOString() } : {}) } };
}
