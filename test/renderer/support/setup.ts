// Runs before every renderer test file.
import { configure } from '@testing-library/react';

// findBy… and waitFor wait for what a screen does next. Their default second is a speed check in disguise: on a
// busy 2-core runner (Chromium and the node tests beside these) a lock or a save can take longer, and a test then
// fails for the machine, not the screen. Ten seconds guards against hangs only, like the test timeout.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no ResizeObserver; the split view's resizable panels only need one to exist (jsdom measures nothing).
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
