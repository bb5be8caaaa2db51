import { chromium } from '@playwright/test';
import { findChromium } from '../../main/launcher/find-chromium';

/** PASSIE_CHROMIUM, then /usr/bin/chromium (and the usual places), then Playwright's own browser. */
export function e2eChromium(): string | undefined {
  return findChromium({
    fallback: () => {
      try {
        return chromium.executablePath();
      } catch {
        return undefined;
      }
    },
  });
}

/** Flags for a headless Chromium on a closed network, possibly as root (CI). */
export const chromiumArgs = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
