/**
 * Ctrl+Shift+Q on every platform: ⌘⇧Q would log a Mac user out of the whole computer, so the Control key is used
 * on macOS too.
 */
export const QUOTE_SHORTCUT = { label: 'Ctrl+Shift+Q', aria: 'Control+Shift+Q' } as const;

export function isQuoteShortcut(
  event: Pick<KeyboardEvent, 'code' | 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
) {
  return (
    event.ctrlKey &&
    event.shiftKey &&
    !event.altKey &&
    !event.metaKey &&
    (event.code === 'KeyQ' || event.key.toLowerCase() === 'q')
  );
}
