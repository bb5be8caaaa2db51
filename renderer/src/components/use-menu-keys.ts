import { useState, type KeyboardEvent } from 'react';

interface MenuKeysOptions {
  count: number;
  /** Enter and Space choose the active item; left out where the items are buttons that do that themselves. */
  onChoose?: (index: number) => void;
  /** `restoreFocus` is false when the focus already went elsewhere (Tab). */
  onClose: (restoreFocus: boolean) => void;
}

/**
 * The keyboard of a small popup menu or listbox (WAI-ARIA): arrow keys wrap around, Home and End jump, Escape
 * closes and gives the focus back, Tab closes and lets the focus move on.
 */
export function useMenuKeys({ count, onChoose, onClose }: MenuKeysOptions) {
  const [active, setActive] = useState(0);

  const onKeyDown = (event: KeyboardEvent) => {
    const last = count - 1;
    switch (event.key) {
      case 'ArrowDown':
        setActive((index) => (index >= last ? 0 : index + 1));
        break;
      case 'ArrowUp':
        setActive((index) => (index <= 0 ? last : index - 1));
        break;
      case 'Home':
        setActive(0);
        break;
      case 'End':
        setActive(last);
        break;
      case 'Enter':
      case ' ':
        if (!onChoose) return;
        if (active < count) onChoose(active);
        break;
      case 'Escape':
        onClose(true);
        break;
      case 'Tab':
        onClose(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return { active, setActive, onKeyDown };
}
