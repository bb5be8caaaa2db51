import { useRef, useState, type FormEvent, type RefObject } from 'react';
import type { ApiError, ApiResult } from '../../../shared/api/errors';
import { useFocusFirstInvalid } from './use-focus-first-invalid';
import { useFocusOnMount } from './use-focus-on-mount';

type Checked<Fields, Errors> = { ok: true; fields: Fields } | { ok: false; errors: Errors };

interface CheckedFormOptions<Values, Fields, Errors> {
  initial: Values;
  /** The form's own check, field by field, before anything is sent. */
  check: (values: Values) => Checked<Fields, Errors>;
  /** Sends the checked fields; on success the owner closes the form, a failure keeps it open with its sentence. */
  onSubmit: (fields: Fields) => Promise<ApiResult<unknown>>;
}

export interface CheckedForm<Values, Errors> {
  values: Values;
  errors: Errors;
  failure: ApiError | undefined;
  busy: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  /** The field that has the focus when the form opens. */
  firstFieldRef: RefObject<(HTMLInputElement & HTMLTextAreaElement) | null>;
  /** The change handler of one field; a corrected field stops being marked at once. */
  set: <Name extends keyof Values & keyof Errors>(name: Name) => (value: Values[Name]) => void;
  submit: (event: FormEvent) => void;
}

/** The life of a small form: values, the check before sending, busy while sending, the studio's answer. */
export function useCheckedForm<Values extends object, Fields, Errors extends object>({
  initial,
  check,
  onSubmit,
}: CheckedFormOptions<Values, Fields, Errors>): CheckedForm<Values, Errors> {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Errors>({} as Errors);
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const firstFieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useFocusOnMount(firstFieldRef);

  const set =
    <Name extends keyof Values & keyof Errors>(name: Name) =>
    (value: Values[Name]) => {
      setValues((previous) => ({ ...previous, [name]: value }));
      // The others keep their message until the next try.
      if (errors[name]) setErrors((previous) => ({ ...previous, [name]: undefined }));
    };

  const send = async () => {
    if (busy) return;
    const checked = check(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid();
      return;
    }
    setErrors({} as Errors);
    setFailure(undefined);
    setBusy(true);
    const result = await onSubmit(checked.fields);
    if (!result.ok) {
      setBusy(false);
      setFailure(result.error);
    }
  };

  return {
    values,
    errors,
    failure,
    busy,
    formRef,
    firstFieldRef,
    set,
    submit: (event) => {
      event.preventDefault();
      void send();
    },
  };
}
