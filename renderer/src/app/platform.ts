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

export function lockShortcut(apple: boolean = isApplePlatform()): Shortcut {
  return apple ? { label: '⌘L', aria: 'Meta+L' } : { label: 'Ctrl+L', aria: 'Control+L' };
}
