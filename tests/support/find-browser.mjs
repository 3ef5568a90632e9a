// Finds a Chromium-family browser for the e2e suite: CHROMIUM_PATH, Debian's chromium,
// or an installed Chrome or Edge. Never downloads one.
import fs from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

export const NO_BROWSER_MESSAGE =
  'No browser for the e2e tests: install Debian\'s chromium ("apt-get install chromium") or set CHROMIUM_PATH to a Chrome/Edge/Chromium executable.';

/** The browser executable to drive, or null when there is none. */
export function findBrowser(env = process.env) {
  if (env.CHROMIUM_PATH) return fs.existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return CANDIDATES.find((file) => fs.existsSync(file)) ?? null;
}
