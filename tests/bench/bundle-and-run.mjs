// Bundles a bench entry (tests/bench/<name>.ts) with esbuild into dist/bench/<name>.cjs and runs it with this
// process's arguments: the bench and its probes measure whatever electron/main and shared hold today.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function bundleAndRun(entryName, outName = entryName) {
  const outfile = path.join(repoRoot, `dist/bench/${outName}.cjs`);
  await build({
    entryPoints: [path.join(repoRoot, `tests/bench/${entryName}.ts`)],
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
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, BENCH_REPO_ROOT: repoRoot },
  });
  process.exit(result.status ?? 1);
}
