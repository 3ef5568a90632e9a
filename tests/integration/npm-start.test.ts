import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { makeTempDir, repoRoot } from '../support/temp-dir';

/**
 * `npm start` on a machine where Electron's binary could not be installed (offline installs, CI): it says
 * so and opens the same app through the browser host, instead of stopping. ELECTRON_OVERRIDE_DIST_PATH
 * (Electron's own variable) points at an empty folder, so the binary is missing whatever this machine has.
 */
const temp = makeTempDir('npm-start');
let child: ChildProcess | null = null;
afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  temp.cleanup();
});

describe('npm start without Electron', () => {
  it('says Electron is missing and serves the app in the browser host', { timeout: 240_000 }, async () => {
    const token = 'npm-start-token-0123456789';
    const started = spawn(process.execPath, [path.join(repoRoot, 'electron/build/start-electron.mjs')], {
      cwd: repoRoot,
      env: {
        ...process.env,
        ELECTRON_OVERRIDE_DIST_PATH: path.join(temp.dir, 'no-electron'),
        THIDUA_DATA_DIR: path.join(temp.dir, 'data'),
        THIDUA_PORT: '0',
        THIDUA_TOKEN: token,
        THIDUA_PROVINCE: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    let output = '';
    const address = await new Promise<URL>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed\n${output}`)), 230_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/u.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(new URL(match[0]));
        }
      };
      started.stdout?.on('data', read);
      started.stderr?.on('data', read);
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start ended (${code}) before serving the app\n${output}`));
      });
    });
    expect(output).toContain('Không tìm thấy chương trình Electron trên máy này');
    expect(address.searchParams.get('token')).toBe(token);

    // The printed address itself: the page needs its token.
    const page = await fetch(address);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Thi đua</title>');
    const status = await fetch(new URL('/api/setup.status', address), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(((await status.json()) as { ok: boolean }).ok).toBe(true);
  });
});
