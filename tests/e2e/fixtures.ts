import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { test as base } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const hostScript = path.join(root, 'dist', 'host', 'host.cjs');
const URL_LINE = /Mở địa chỉ sau \(có mã truy cập\): (\S+)/u;
const START_TIMEOUT_MS = 30_000;

export interface RunningApp {
  /** The address printed by the host, with its access token. */
  url: string;
  dataDir: string;
}

/** Starts the built browser host on a fresh data folder and resolves with the URL it prints. */
function startHost(dataDir: string, province: string | undefined): Promise<{ child: ChildProcess; url: string }> {
  if (!fs.existsSync(hostScript)) throw new Error(`Chưa có ${hostScript}: hãy chạy "npm run build" trước khi chạy e2e.`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    THIDUA_DATA_DIR: dataDir,
    THIDUA_PORT: '0',
    THIDUA_TOKEN: randomBytes(18).toString('base64url'),
  };
  if (province) env.THIDUA_PROVINCE = province;
  else delete env.THIDUA_PROVINCE;
  const child = spawn(process.execPath, [hostScript], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${reason}\n${output}`));
    };
    const timer = setTimeout(() => fail('Máy chủ trình duyệt không in địa chỉ trong thời hạn.'), START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = URL_LINE.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code) => fail(`Máy chủ trình duyệt dừng (mã ${code}) trước khi sẵn sàng.`));
  });
}

function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * `app`: a browser host of the built app on its own temp data folder, a random token and a free
 * port, stopped and removed after the test. `province` (an option) seeds it and skips set-up.
 */
export const test = base.extend<{ province: string | undefined; app: RunningApp }>({
  province: [undefined, { option: true }],
  app: async ({ province }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-e2e-'));
    const { child, url } = await startHost(dataDir, province);
    try {
      await use({ url, dataDir });
    } finally {
      await stopHost(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
