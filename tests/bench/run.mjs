// npm run bench: builds what is out of date (the app through its own build, the bench with esbuild),
// then runs the benchmark. Options: --province-only, --quick, --runs=N. Not part of npm test.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { isStale } from '../../electron/build/freshness.mjs';
import { bundleAndRun, repoRoot as root } from './bundle-and-run.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script) {
  const result = spawnSync(npm, ['run', '--silent', script], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The bench measures the built renderer and host, as a user gets them.
if (
  isStale(
    path.join(root, 'dist/renderer/index.html'),
    ['renderer', 'shared'].map((d) => path.join(root, d)),
  )
)
  run('build:renderer');
if (
  isStale(
    path.join(root, 'dist/host/host.cjs'),
    ['electron', 'shared'].map((d) => path.join(root, d)),
  )
)
  run('build:node');

// The bench itself bundles today's electron/main and shared sources, so it measures whatever the tree holds.
await bundleAndRun('main', 'bench');
