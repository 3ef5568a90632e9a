// npm run start:browser: builds what is missing or out of date, then runs the browser host.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { isStale } from './freshness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script) {
  const result = spawnSync(npm, ['run', '--silent', script], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const sources = ['renderer', 'shared'].map((d) => path.join(root, d));
if (isStale(path.join(root, 'dist/renderer/index.html'), sources)) run('build:renderer');
if (
  isStale(
    path.join(root, 'dist/host/host.cjs'),
    ['electron', 'shared'].map((d) => path.join(root, d)),
  )
)
  run('build:node');

const child = spawn(process.execPath, [path.join(root, 'dist/host/host.cjs')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
