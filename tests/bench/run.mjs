// npm run bench: builds what is out of date (the app through its own build, the bench with esbuild),
// then runs the benchmark. Options: --province-only, --quick, --runs=N. Not part of npm test.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

import { isStale } from '../../electron/build/freshness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
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
const outfile = path.join(root, 'dist/bench/bench.cjs');
await build({
  entryPoints: [path.join(root, 'tests/bench/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3', 'pdfmake', 'exceljs', 'archiver', 'unzipper', 'playwright-core'],
});

const result = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BENCH_REPO_ROOT: root },
});
process.exit(result.status ?? 1);
