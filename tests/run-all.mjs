// npm test: every suite in turn (typecheck, lint, build, vitest's unit/integration/component
// projects, Playwright e2e), then one closing line "N passed, N failed" summing them all.
// Typecheck, lint and build count as one check each; the test runners count their tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { findBrowser, NO_BROWSER_MESSAGE } from './support/find-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-reports-'));
const only = process.argv.slice(2);
const results = [];

function run(command, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  return { ok: result.status === 0, seconds: Math.round((Date.now() - started) / 1000) };
}

function wanted(name) {
  return only.length === 0 || only.includes(name);
}

function check(name, command, args) {
  if (!wanted(name)) return;
  console.log(`\n=== ${name} ===`);
  const { ok, seconds } = run(command, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('typecheck', npm, ['run', '--silent', 'typecheck']);
check('lint', npm, ['run', '--silent', 'lint']);
check('build', npm, ['run', '--silent', 'build']);

if (wanted('vitest')) {
  console.log('\n=== unit, integration, component (vitest) ===');
  const outputFile = path.join(reportDir, 'vitest.json');
  const { ok, seconds } = run('npx', [
    'vitest',
    'run',
    '--config',
    'tests/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outputFile}`,
  ]);
  const report = readJson(outputFile);
  if (report) {
    const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
    results.push({ name: 'vitest', passed: report.numPassedTests, failed, seconds });
  } else {
    results.push({ name: 'vitest', passed: 0, failed: 1, seconds });
  }
}

if (wanted('e2e')) {
  console.log('\n=== e2e (Playwright + Chromium through the browser host) ===');
  const browser = findBrowser();
  if (!browser) {
    console.error(NO_BROWSER_MESSAGE);
    results.push({ name: 'e2e', passed: 0, failed: 1, seconds: 0 });
  } else {
    const outputFile = path.join(reportDir, 'playwright.json');
    const { ok, seconds } = run('npx', ['playwright', 'test', '--config', 'tests/e2e/playwright.config.ts'], {
      CHROMIUM_PATH: browser,
      PLAYWRIGHT_JSON_OUTPUT_NAME: outputFile,
    });
    const report = readJson(outputFile);
    if (report?.stats) {
      const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
      // A skipped e2e test counts as failed: every test here must run.
      const failed = unexpected + skipped + (ok || unexpected > 0 ? 0 : 1);
      results.push({ name: 'e2e', passed: expected + flaky, failed, seconds });
    } else {
      results.push({ name: 'e2e', passed: 0, failed: 1, seconds });
    }
  }
}

console.log('\n=== summary ===');
for (const r of results)
  console.log(`${r.name.padEnd(10)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  (${r.seconds}s)`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
