import { useCallback, useState } from 'react';

/**
 * Which of a list's `<details>` are open, kept by the list so it can open the ones with problems after a refused
 * save. `toggle` follows the element's own toggle event and ignores the echo of a change made from here.
 */
export function useOpenSet<Key>() {
  const [open, setOpen] = useState<ReadonlySet<Key>>(new Set());
  const toggle = useCallback(
    (key: Key, isOpen: boolean) =>
      setOpen((current) => {
        if (isOpen === current.has(key)) return current;
        const next = new Set(current);
        if (isOpen) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  return { open, setOpen, toggle };
}
