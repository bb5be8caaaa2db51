import { defineConfig } from '@playwright/test';
import { chromiumArgs, e2eChromium } from './chromium';

const executablePath = e2eChromium();
if (!executablePath && process.env.CI === 'true') {
  throw new Error('No Chromium found for the end-to-end tests: install chromium or set PASSIE_CHROMIUM.');
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: process.env.CI === 'true',
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    locale: 'nl-NL',
    launchOptions: { executablePath, args: chromiumArgs },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
