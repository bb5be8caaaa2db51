import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface Disclosure {
  open: boolean;
  show: () => void;
  /** Closes, and gives the focus back to the button that opened it (which reappears in the form's place). */
  hide: () => void;
  openerRef: RefObject<HTMLButtonElement | null>;
}

/** A form that opens in place of its button: where the focus goes when it closes is the part easy to forget. */
export function useDisclosure(): Disclosure {
  const [open, setOpen] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);

  useLayoutEffect(() => {
    if (open || !refocus.current) return;
    refocus.current = false;
    openerRef.current?.focus();
  }, [open]);

  const show = useCallback(() => setOpen(true), []);
  const hide = useCallback(() => {
    refocus.current = true;
    setOpen(false);
  }, []);
  return { open, show, hide, openerRef };
}
