import { defineConfig } from '@playwright/test';

import { DISABLE_FEATURES_SWITCH } from '../support/chromium-switches.mjs';
import { findBrowser, NO_BROWSER_MESSAGE } from '../support/find-browser.mjs';

const executablePath = findBrowser();
if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);

// Each spec starts its own browser host on a temp data folder (see fixtures.ts), so tests never
// share a database. The host is the built app: npm test builds before running this suite.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: [['list'], ['json']],
  outputDir: '../../test-results',
  use: {
    browserName: 'chromium',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        DISABLE_FEATURES_SWITCH,
      ],
    },
  },
});
