/** Apple keyboards lock with ⌘L, all others with Ctrl+L (both work everywhere). */
export function isApplePlatform(nav: Pick<Navigator, 'platform' | 'userAgent'> = navigator): boolean {
  return /Mac|iPhone|iPad/i.test(nav.platform || nav.userAgent);
}

export interface Shortcut {
  /** As the coach reads it: "Ctrl+L" or "⌘L". */
  label: string;
  /** For `aria-keyshortcuts`. */
  aria: string;
}

/** The platform's command key with `key`: ⌘L on a Mac, Ctrl+L elsewhere. */
function commandShortcut(key: string, apple: boolean): Shortcut {
  return apple ? { label: `⌘${key}`, aria: `Meta+${key}` } : { label: `Ctrl+${key}`, aria: `Control+${key}` };
}

export function lockShortcut(apple: boolean = isApplePlatform()): Shortcut {
  return commandShortcut('L', apple);
}

export function pasteShortcut(apple: boolean = isApplePlatform()): Shortcut {
  return commandShortcut('V', apple);
}
