// Bundles and runs dashboard-probe.ts (see there).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outfile = path.join(root, 'dist/bench/dashboard-probe.cjs');
await build({
  entryPoints: [path.join(root, 'tests/bench/dashboard-probe.ts')],
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
