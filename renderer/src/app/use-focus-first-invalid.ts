import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * After a refused submit, moves the focus to the first field marked invalid (in the order of the form), once the
 * messages are on screen: the keyboard and screen-reader user lands on the problem, its message read along.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>): () => void {
  const [request, setRequest] = useState(0);
  useLayoutEffect(() => {
    if (request === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, request]);
  return useCallback(() => setRequest((previous) => previous + 1), []);
}
