import { ThemeSchema, type Theme } from '../../../shared/domain/settings';
import { localStorageOrNone } from './browser-storage';

/** This computer's memory of the coach's theme (a word, no personal data), for the screens before the unlock. */
const THEME_KEY = 'passie-studio.theme';
const DARK_SYSTEM = '(prefers-color-scheme: dark)';

let stopFollowingSystem: (() => void) | undefined;

/**
 * Shows the studio in `theme`: `data-theme` on <html> says light or dark (tokens.css), and for "system" it follows
 * the operating system, also when that changes while the studio is open.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  stopFollowingSystem?.();
  stopFollowingSystem = undefined;
  if (theme !== 'system') {
    root.dataset.theme = theme;
    return;
  }
  const media = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_SYSTEM) : undefined;
  const follow = () => (root.dataset.theme = media?.matches ? 'dark' : 'light');
  follow();
  media?.addEventListener('change', follow);
  stopFollowingSystem = () => media?.removeEventListener('change', follow);
}

export function rememberedTheme(storage = localStorageOrNone()): Theme {
  const parsed = ThemeSchema.safeParse(storage?.getItem(THEME_KEY));
  return parsed.success ? parsed.data : 'system';
}

/** Applies the theme and remembers it on this computer, so the next start shows it from the first frame. */
export function showTheme(theme: Theme, storage = localStorageOrNone()): void {
  applyTheme(theme);
  try {
    // The default needs no memory: nothing is written on this computer unless the coach chose a theme.
    if (theme === 'system') storage?.removeItem(THEME_KEY);
    else storage?.setItem(THEME_KEY, theme);
  } catch {
    // A full or refused storage only costs the first frames of the next start.
  }
}
