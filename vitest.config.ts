import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          // The tests run the built command as a coach's shell does, and make packets with the built page.
          globalSetup: ['test/support/ensure-built.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/support/setup.ts'],
          // A guard against hangs, not a speed check: jsdom screens with TipTap take seconds on a busy 2-core runner.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
