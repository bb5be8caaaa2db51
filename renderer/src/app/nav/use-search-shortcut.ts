import { useEffect, type RefObject } from 'react';

/** Ctrl+K or ⌘K, without Alt or Shift: the shortcut most desktop apps use for "search". */
export function isSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>) {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/** While mounted, Ctrl+K / ⌘K puts the focus in the search field, with its text selected to type over. */
export function useSearchShortcut(field: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || !isSearchShortcut(event) || !field.current) return;
      // Browsers would otherwise open their own search bar.
      event.preventDefault();
      field.current.focus();
      field.current.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [field]);
}
